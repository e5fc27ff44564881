/* Knotmap embed loader: turns every <div data-knotmap> into a lazily loaded iframe of the widget
 * and keeps its height in step with the widget's content. No dependencies. */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('.', script ? script.src : location.href);
  var OPTIONS = ['zone', 'theme'];

  function mount(host) {
    if (host.getAttribute('data-knotmap-mounted')) return;
    host.setAttribute('data-knotmap-mounted', '1');
    var url = new URL('index.html', base);
    OPTIONS.forEach(function (name) {
      var value = host.getAttribute('data-' + name);
      if (value) url.searchParams.set(name, value);
    });
    url.searchParams.set('embed', '1');
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = 'Knotmap: interactive back and hip massage map';
    frame.loading = 'lazy';
    frame.style.cssText = 'display:block;width:100%;border:0;height:640px';
    host.appendChild(frame);
    window.addEventListener('message', function (event) {
      if (event.origin !== base.origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.knotmap !== 1 || data.type !== 'height' || typeof data.height !== 'number') return;
      frame.style.height = Math.max(320, Math.min(4000, Math.round(data.height))) + 'px';
    });
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-knotmap]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
