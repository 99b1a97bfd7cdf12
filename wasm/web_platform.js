// The browser side of Facturier's platform (emscripten --js-library). No network: downloads are
// blob: URLs of bytes made in this page.
mergeInto(LibraryManager.library, {
  fct_download: function (namePtr, mimePtr, dataPtr, size) {
    var name = UTF8ToString(namePtr), mime = UTF8ToString(mimePtr);
    var bytes = HEAPU8.slice(dataPtr, dataPtr + size);
    var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  },
  fct_open_tab: function (mimePtr, dataPtr, size) {
    var bytes = HEAPU8.slice(dataPtr, dataPtr + size);
    var url = URL.createObjectURL(new Blob([bytes], { type: UTF8ToString(mimePtr) }));
    window.open(url, '_blank', 'noopener');
    setTimeout(function () { URL.revokeObjectURL(url); }, 600000);
  },
  fct_today: function (outPtr, size) {
    var d = window.facturierToday ? new Date(window.facturierToday + 'T12:00:00') : new Date();
    var iso = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
    stringToUTF8(iso, outPtr, size);
  },
  fct_set_text_focus: function (wanted) {
    var ta = document.getElementById('text-bridge');
    if (!ta) return;
    if (wanted && document.activeElement !== ta) ta.focus({ preventScroll: true });
    else if (!wanted && document.activeElement === ta) ta.blur();
  },
  fct_clipboard_write: function (textPtr) {
    var text = UTF8ToString(textPtr);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function () {});
  },
  // Sets the canvas backing store (device pixels) and tells GLFW, without GLFW's setWindowSize, which
  // asks for fullscreen when the size equals the screen's.
  fct_set_canvas_size__deps: ['$Browser'],
  fct_set_canvas_size: function (w, h) {
    Browser.setCanvasSize(w, h);
  },
  fct_first_frame: function () {
    window.facturierFirstFrameAt = performance.now();
    document.documentElement.dataset.ready = '1';
    var loading = document.getElementById('loading');
    if (loading) loading.remove();
    window.dispatchEvent(new Event('facturier-ready'));
  },
});
