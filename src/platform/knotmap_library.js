// JavaScript side of src/platform/web_page.h. The page glue (web/js/) owns the DOM; these
// functions only hand data across and call hooks it installs on Module.knotmapPage.
// Status codes match knotmap::StorageResult: 0 Ok, 1 Missing, 2 Blocked, 3 QuotaExceeded, 4 Failed.
mergeInto(LibraryManager.library, {
  $knotmapStorage: function () {
    // Reading window.localStorage itself throws where storage is blocked.
    try { return window.localStorage; } catch (e) { return null; }
  },
  $knotmapStorageError: function (e) {
    if (e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)) return 3;
    if (e && e.name === 'SecurityError') return 2;
    return 4;
  },
  $knotmapString: function (value) {
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },
  knotmap_storage_read__deps: ['$knotmapStorage', '$knotmapStorageError', '$knotmapString'],
  knotmap_storage_read: function (keyPtr, statusPtr) {
    var storage = knotmapStorage();
    if (!storage) { HEAP32[statusPtr >> 2] = 2; return 0; }
    try {
      var value = storage.getItem(UTF8ToString(keyPtr));
      HEAP32[statusPtr >> 2] = value === null ? 1 : 0;
      return value === null ? 0 : knotmapString(value);
    } catch (e) {
      HEAP32[statusPtr >> 2] = knotmapStorageError(e);
      return 0;
    }
  },
  knotmap_storage_write__deps: ['$knotmapStorage', '$knotmapStorageError'],
  knotmap_storage_write: function (keyPtr, valuePtr) {
    var storage = knotmapStorage();
    if (!storage) return 2;
    try { storage.setItem(UTF8ToString(keyPtr), UTF8ToString(valuePtr)); return 0; } catch (e) { return knotmapStorageError(e); }
  },
  knotmap_storage_remove__deps: ['$knotmapStorage', '$knotmapStorageError'],
  knotmap_storage_remove: function (keyPtr) {
    var storage = knotmapStorage();
    if (!storage) return 2;
    try { storage.removeItem(UTF8ToString(keyPtr)); return 0; } catch (e) { return knotmapStorageError(e); }
  },
  knotmap_storage_keys__deps: ['$knotmapStorage', '$knotmapString'],
  knotmap_storage_keys: function () {
    var storage = knotmapStorage();
    if (!storage) return 0;
    try {
      var keys = [];
      for (var i = 0; i < storage.length; i++) keys.push(storage.key(i));
      return knotmapString(JSON.stringify(keys));
    } catch (e) { return 0; }
  },
  knotmap_page_take_asset: function (namePtr, lengthPtr) {
    var name = UTF8ToString(namePtr);
    var bytes = Module.knotmapAssets && Module.knotmapAssets[name];
    if (!bytes) { HEAP32[lengthPtr >> 2] = 0; return 0; }
    var ptr = _malloc(bytes.length);
    HEAPU8.set(bytes, ptr);
    HEAP32[lengthPtr >> 2] = bytes.length;
    delete Module.knotmapAssets[name];  // the wasm copy is the only one kept
    return ptr;
  },
  // Kept up to date by a scroll listener: reading window.scrollY inside a frame would force the
  // browser to lay out any DOM the page changed since the last one.
  knotmap_page_scroll_y: function () {
    return Module.knotmapPage ? Module.knotmapPage.scrollY() : 0;
  },
  knotmap_page_update_layout: function (contentHeight, x, y, w, h) {
    if (Module.knotmapPage) Module.knotmapPage.layout(contentHeight, { x: x, y: y, w: w, h: h });
  },
  knotmap_page_update: function (snapshotPtr) {
    if (Module.knotmapPage) Module.knotmapPage.update(JSON.parse(UTF8ToString(snapshotPtr)));
  },
  knotmap_page_setup: function (setupPtr) {
    if (Module.knotmapPage) Module.knotmapPage.setup(JSON.parse(UTF8ToString(setupPtr)));
  },
  knotmap_page_warn: function (messagePtr) {
    console.warn(UTF8ToString(messagePtr));
  },
  knotmap_page_events: function (eventsPtr) {
    if (Module.knotmapPage) Module.knotmapPage.events(JSON.parse(UTF8ToString(eventsPtr)));
  },
  knotmap_page_now_ms: function (offsetPtr) {
    var now = new Date();
    HEAP32[offsetPtr >> 2] = -now.getTimezoneOffset();
    return now.getTime();
  },
  knotmap_page_download: function (namePtr, textPtr) {
    if (Module.knotmapPage) Module.knotmapPage.download(UTF8ToString(namePtr), UTF8ToString(textPtr));
  },
  knotmap_page_pick_import_file: function () {
    if (Module.knotmapPage) Module.knotmapPage.pickImportFile();
  },
  knotmap_page_ask_note: function (fieldPtr) {
    if (Module.knotmapPage) Module.knotmapPage.askNote(JSON.parse(UTF8ToString(fieldPtr)));
  },
  knotmap_page_open: function (urlPtr) {
    if (Module.knotmapPage) Module.knotmapPage.open(UTF8ToString(urlPtr));
  },
  knotmap_page_scroll_to: function (y) {
    if (Module.knotmapPage) Module.knotmapPage.scrollTo(y);
  },
  // Asked every drawn frame: the media query is created once and read after that.
  $knotmapReducedMotion: null,
  knotmap_page_prefers_reduced_motion__deps: ['$knotmapReducedMotion'],
  knotmap_page_prefers_reduced_motion: function () {
    if (!knotmapReducedMotion && window.matchMedia) knotmapReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
    return knotmapReducedMotion && knotmapReducedMotion.matches ? 1 : 0;
  },
  // The device's main pointer is a finger (phones, tablets): the words say "tap", else "click".
  knotmap_page_touch_screen: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },
  knotmap_page_text_scale: function () {
    return Module.knotmapPage ? Module.knotmapPage.textScale() : 1;
  },
  knotmap_page_fail: function (messagePtr) {
    if (Module.knotmapPage) Module.knotmapPage.fail(UTF8ToString(messagePtr));
  },
  knotmap_page_fail_data: function (messagesPtr) {
    if (Module.knotmapPage) Module.knotmapPage.failData(UTF8ToString(messagesPtr));
  },
  knotmap_page_first_map_frame: function () {
    if (Module.knotmapPage) Module.knotmapPage.firstFrame();
  },
  knotmap_page_history_shown: function () {
    performance.mark('knotmap-history-shown');
  },
  knotmap_page_mark: function (namePtr) {
    performance.mark('knotmap-' + UTF8ToString(namePtr));
  },
});
