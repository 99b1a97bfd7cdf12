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
  // A mailto: link opens the user's mail client; no request is made. Tests read facturierMailto.
  fct_open_mailto: function (urlPtr) {
    var url = UTF8ToString(urlPtr);
    (window.facturierMailto = window.facturierMailto || []).push(url);
    if (window.facturierNoMailClient) return;
    var a = document.createElement('a');
    a.href = url;
    document.body.appendChild(a);
    a.click();
    a.remove();
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
  // [IndexedDB] records were read by boot.js before main(); commits go to the "records" store.
  // Hands every record to C++ one by one (no JSON wrapping of JSON); the list summaries ("sum/…")
  // are for readers that do not decode documents and are left out.
  fct_idb_each_record: function () {
    var records = Module.facturierRecords || [];
    Module.facturierRecords = null;  // the session keeps them from now on
    for (var i = 0; i < records.length; i++) {
      var k = records[i][0], v = records[i][1];
      if (typeof k !== 'string' || typeof v !== 'string' || k.indexOf('sum/') === 0) continue;
      var kn = lengthBytesUTF8(k) + 1, kp = _malloc(kn), vn = lengthBytesUTF8(v) + 1, vp = _malloc(vn);
      stringToUTF8(k, kp, kn);
      stringToUTF8(v, vp, vn);
      Module._facturier_record(kp, vp);
      _free(kp);
      _free(vp);
    }
  },
  // After the first frame: every document record, handed to C++ (decoded a few at a time per frame).
  fct_idb_load_documents: function () {
    function end() { Module._facturier_documents_end(); }
    function each(values, fn) {
      values.forEach(function (v) {
        var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
        stringToUTF8(v, p, n);
        fn(p);
        _free(p);
      });
    }
    try {
      var t = Module.facturierDb.transaction('records', 'readonly');
      var os = t.objectStore('records');
      // The small summaries first, so the list shows at once; then the documents themselves.
      var sums = os.getAll(IDBKeyRange.bound('sum/', 'sum/\uffff'));
      sums.onsuccess = function () { each(sums.result, Module._facturier_summary_record); };
      var req = os.getAll(IDBKeyRange.bound('doc/', 'doc/\uffff'));
      req.onsuccess = function () {
        each(req.result, Module._facturier_document_record);
        end();
      };
      req.onerror = function () { console.warn('documents could not be read: ' + (req.error && req.error.name)); end(); };
    } catch (e) { console.warn('documents could not be read: ' + e); end(); }
  },
  fct_storage_problem: function () {
    var s = Module.facturierStorageProblem || '';
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },
  fct_read_only_tab: function () { return Module.facturierReadOnly ? 1 : 0; },
  fct_idb_commit: function (id, jsonPtr) {
    var tx = JSON.parse(UTF8ToString(jsonPtr));
    function done(ok, key, detail) {
      var k = lengthBytesUTF8(key) + 1, kp = _malloc(k), d = lengthBytesUTF8(detail) + 1, dp = _malloc(d);
      stringToUTF8(key, kp, k);
      stringToUTF8(detail, dp, d);
      Module._facturier_store_done(id, ok ? 1 : 0, kp, dp);
      _free(kp);
      _free(dp);
      if (ok && window.facturierChannel) window.facturierChannel.postMessage({ saved: Date.now() });
    }
    // Test hook: window.facturierFailNextCommit = 'QuotaExceededError' makes the next commit fail.
    if (window.facturierFailNextCommit) {
      var name = window.facturierFailNextCommit;
      window.facturierFailNextCommit = null;
      setTimeout(function () { done(false, name === 'QuotaExceededError' ? 'store.quota' : 'store.io', name); }, 0);
      return;
    }
    try {
      var t = Module.facturierDb.transaction('records', 'readwrite');
      var os = t.objectStore('records');
      tx.puts.forEach(function (kv) { os.put(kv[1], kv[0]); });
      tx.removes.forEach(function (k) { os.delete(k); });
      t.oncomplete = function () { done(true, '', ''); };
      t.onabort = t.onerror = function (e) {
        var err = t.error || (e && e.target && e.target.error);
        var n = err && err.name || 'Error';
        done(false, n === 'QuotaExceededError' ? 'store.quota' : 'store.io', n);
        if (e && e.preventDefault) e.preventDefault();
      };
    } catch (e) {
      setTimeout(function () { done(false, e && e.name === 'QuotaExceededError' ? 'store.quota' : 'store.io', String(e && e.name || e)); }, 0);
    }
  },
  fct_pick_file: function (id, acceptPtr) {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(acceptPtr);
    input.onchange = function () {
      var file = input.files && input.files[0];
      if (!file) return;
      file.arrayBuffer().then(function (buf) {
        var bytes = new Uint8Array(buf), p = _malloc(Math.max(1, bytes.length));
        HEAPU8.set(bytes, p);
        var n1 = lengthBytesUTF8(file.name) + 1, np = _malloc(n1), n2 = lengthBytesUTF8(file.type) + 1, mp = _malloc(n2);
        stringToUTF8(file.name, np, n1);
        stringToUTF8(file.type, mp, n2);
        Module._facturier_file_picked(id, np, mp, p, bytes.length);
        _free(p); _free(np); _free(mp);
      });
    };
    input.click();
  },
  fct_first_frame: function () {
    window.facturierFirstFrameAt = performance.now();
    document.documentElement.dataset.ready = '1';
    var loading = document.getElementById('loading');
    if (loading) loading.remove();
    window.dispatchEvent(new Event('facturier-ready'));
  },
});
