/* Knotmap embed loader. Paste once per page:
 *   <div data-knotmap data-zone="ql-left" data-theme="light"></div>
 *   <script src="https://YOUR-SITE/knotmap/embed.js" async></script>
 * Each [data-knotmap] element becomes an iframe of the widget, loaded when it comes near the
 * viewport, as tall as its content. Options (data attributes, passed on as URL parameters):
 * data-zone, data-families, data-theme, data-accent, data-compact, data-progress, data-lang.
 * Host events: the element receives "knotmap:ready", "knotmap:zone-selected",
 * "knotmap:session-logged" and "knotmap:height" CustomEvents (detail: the widget's message).
 * No dependencies; nothing is sent anywhere but to the widget's own site. */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('.', script ? script.src : location.href);
  var OPTIONS = ['zone', 'families', 'theme', 'accent', 'compact', 'progress', 'lang'];
  var MIN_HEIGHT = 320, MAX_HEIGHT = 6000, FIRST_HEIGHT = 720;

  function widgetUrl(host) {
    var url = new URL(host.getAttribute('data-knotmap-src') || 'index.html', base);
    OPTIONS.forEach(function (name) {
      var value = host.getAttribute('data-' + name);
      if (value !== null) url.searchParams.set(name, value);
    });
    url.searchParams.set('embed', '1');
    return url;
  }

  function mount(host) {
    if (host.getAttribute('data-knotmap-mounted')) return;
    host.setAttribute('data-knotmap-mounted', '1');
    var url = widgetUrl(host);
    var frame = document.createElement('iframe');
    frame.title = host.getAttribute('data-title') || 'Knotmap: an interactive map of back and hip knots, with massage-ball guidance';
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + FIRST_HEIGHT + 'px;color-scheme:normal';
    host.appendChild(frame);

    window.addEventListener('message', function (event) {
      // Only this frame's own messages, from the widget's origin, in the documented format.
      if (event.source !== frame.contentWindow || event.origin !== url.origin) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || data.knotmap !== 1 || typeof data.type !== 'string') return;
      if (data.type === 'height' && typeof data.height === 'number' && isFinite(data.height)) {
        frame.style.height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.round(data.height))) + 'px';
      }
      host.dispatchEvent(new CustomEvent('knotmap:' + data.type, { detail: data }));
    });

    // Load when it comes near the viewport; older browsers load it at once.
    var load = function () { if (!frame.src) frame.src = url.href; };
    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) { observer.disconnect(); load(); }
      }, { rootMargin: '600px 0px' });
      observer.observe(host);
    } else {
      load();
    }
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-knotmap]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
