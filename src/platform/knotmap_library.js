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
  knotmap_page_update_state: function (selectedPtr, markedPtr) {
    if (Module.knotmapPage) Module.knotmapPage.state(UTF8ToString(selectedPtr), JSON.parse(UTF8ToString(markedPtr)));
  },
  knotmap_page_fail: function (messagePtr) {
    if (Module.knotmapPage) Module.knotmapPage.fail(UTF8ToString(messagePtr));
  },
  knotmap_page_first_map_frame: function () {
    if (Module.knotmapPage) Module.knotmapPage.firstFrame();
  },
});
