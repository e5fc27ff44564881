// JavaScript side of src/platform/web_page.h. The page glue (web/app.js) owns the DOM; these
// functions only hand data across and call hooks it installs on Module.knotmapPage.
mergeInto(LibraryManager.library, {
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
  knotmap_page_scroll_y: function () {
    return window.scrollY || 0;
  },
  knotmap_page_update_layout: function (contentHeight, x, y, w, h) {
    if (Module.knotmapPage) Module.knotmapPage.layout(contentHeight, { x: x, y: y, w: w, h: h });
  },
  knotmap_page_update_state: function (selectedPtr, markedPtr, guidePtr) {
    if (Module.knotmapPage) {
      Module.knotmapPage.state(UTF8ToString(selectedPtr), JSON.parse(UTF8ToString(markedPtr)),
                               JSON.parse(UTF8ToString(guidePtr)));
    }
  },
  knotmap_page_load_setting: function (keyPtr) {
    var value = Module.knotmapPage ? Module.knotmapPage.loadSetting(UTF8ToString(keyPtr)) : null;
    if (value === null || value === undefined) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },
  knotmap_page_save_setting: function (keyPtr, valuePtr) {
    if (Module.knotmapPage) Module.knotmapPage.saveSetting(UTF8ToString(keyPtr), UTF8ToString(valuePtr));
  },
  knotmap_page_prefers_reduced_motion: function () {
    return (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) ? 1 : 0;
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
});
