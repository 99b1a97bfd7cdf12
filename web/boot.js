// Runs before facturier.js: sets up the Module, opens IndexedDB and reads every record before main(),
// takes the workspace lock (a second tab opens read-only), and wires the hidden textarea that carries
// typed and pasted text (accents, dead keys, IME, mobile keyboards) to the app.
'use strict';
var Module = {
  canvas: document.getElementById('canvas'),
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
  facturierRecords: [],
  facturierStorageProblem: '',
  facturierReadOnly: false,
  preRun: [function () {
    addRunDependency('facturier-storage');
    openStorage().then(function () { removeRunDependency('facturier-storage'); });
  }],
};

// [Storage] database "facturier", object store "records" (key → JSON text).
function openStorage() {
  function problem(text) { Module.facturierStorageProblem = text; }
  var lock = new Promise(function (resolve) {
    if (!navigator.locks) { resolve(true); return; }
    navigator.locks.request('facturier-workspace', { ifAvailable: true }, function (held) {
      if (!held) { resolve(false); return undefined; }
      resolve(true);
      return new Promise(function () {});  // keep the lock while this tab lives
    });
  });
  return lock.then(function (owner) {
    Module.facturierReadOnly = !owner;
    if ('BroadcastChannel' in window) {
      window.facturierChannel = new BroadcastChannel('facturier');
      window.facturierChannel.onmessage = function () { Module.facturierOtherTabSaved = true; };
    }
    if (!window.indexedDB) { problem('indexedDB unavailable'); return; }
    return new Promise(function (resolve) {
      var req;
      try { req = indexedDB.open('facturier', 1); } catch (e) { problem(String(e && e.name || e)); resolve(); return; }
      req.onupgradeneeded = function () { req.result.createObjectStore('records'); };
      req.onblocked = function () { problem('blocked'); resolve(); };
      req.onerror = function () { problem(req.error ? req.error.name : 'open failed'); resolve(); };
      req.onsuccess = function () {
        var db = req.result;
        Module.facturierDb = db;
        // Before main(): the profile, clients and catalogue. Documents are read after the first
        // frame (fct_idb_load_documents) and list summaries are not read at all.
        var t = db.transaction('records', 'readonly'), os = t.objectStore('records');
        var keys = os.getAllKeys(), records = [];
        keys.onsuccess = function () {
          Module.facturierDocumentCount = 0;
          keys.result.forEach(function (k) {
            if (k.indexOf('doc/') === 0) { Module.facturierDocumentCount++; return; }
            if (k.indexOf('sum/') === 0) return;
            var r = os.get(k);
            r.onsuccess = function () { records.push([k, r.result]); };
          });
        };
        t.oncomplete = function () {
          Module.facturierRecords = records;
          window.facturierStorageReadAt = performance.now();
          resolve();
        };
        t.onerror = function () { problem(t.error ? t.error.name : 'read failed'); resolve(); };
      };
    });
  });
}

// [Text bridge]
(function () {
  var ta = document.getElementById('text-bridge');
  var composing = false;
  function call(fn, text) {
    if (!text || !Module[fn]) return;
    var n = lengthBytesUTF8(text) + 1, p = Module._malloc(n);
    stringToUTF8(text, p, n);
    Module[fn](p);
    Module._free(p);
  }
  ta.addEventListener('compositionstart', function () { composing = true; });
  ta.addEventListener('compositionend', function (e) { composing = false; call('_facturier_text_input', e.data); ta.value = ''; });
  ta.addEventListener('input', function (e) {
    if (composing || e.isComposing) return;
    if (e.inputType === 'insertFromPaste') { ta.value = ''; return; }  // handled by the paste event
    call('_facturier_text_input', ta.value);
    ta.value = '';
  });
  ta.addEventListener('keydown', function (e) {
    // Paste goes through the paste event (the browser's clipboard), not through GLFW's Ctrl+V.
    if ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) e.stopPropagation();
  });
  ta.addEventListener('paste', function (e) {
    var text = (e.clipboardData || window.clipboardData).getData('text');
    e.preventDefault();
    call('_facturier_paste', text);
  });
})();

// [Offline] the service worker caches the app; a new version waits until the user chooses to reload.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').then(function (reg) {
      function offer(worker) {
        if (!worker || !navigator.serviceWorker.controller) return;  // first install: nothing to update
        Module.facturierUpdate = worker;
      }
      if (reg.waiting) offer(reg.waiting);
      reg.addEventListener('updatefound', function () {
        var w = reg.installing;
        w.addEventListener('statechange', function () { if (w.state === 'installed') offer(w); });
      });
    }).catch(function (e) { console.warn('service worker not registered: ' + e); });
    var reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (Module.facturierUpdateAccepted && !reloading) { reloading = true; location.reload(); }
    });
  });
}
