// Sets up the Module before facturier.js runs, and the hidden textarea that carries typed and pasted
// text (accents, dead keys, IME, mobile keyboards) to the app.
'use strict';
var Module = {
  canvas: document.getElementById('canvas'),
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
};
(function () {
  var ta = document.getElementById('text-bridge');
  var composing = false;
  function send(text) {
    if (!text || !Module._facturier_text_input) return;
    var n = lengthBytesUTF8(text) + 1, p = Module._malloc(n);
    stringToUTF8(text, p, n);
    Module._facturier_text_input(p);
    Module._free(p);
  }
  ta.addEventListener('compositionstart', function () { composing = true; });
  ta.addEventListener('compositionend', function (e) { composing = false; send(e.data); ta.value = ''; });
  ta.addEventListener('input', function (e) {
    if (composing || e.isComposing) return;
    if (e.inputType === 'insertFromPaste') { ta.value = ''; return; }  // handled by the paste event
    send(ta.value);
    ta.value = '';
  });
  ta.addEventListener('keydown', function (e) {
    // Paste goes through the paste event (the browser's clipboard), not through GLFW's Ctrl+V.
    if ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) e.stopPropagation();
  });
  ta.addEventListener('paste', function (e) {
    var text = (e.clipboardData || window.clipboardData).getData('text');
    e.preventDefault();
    if (!text || !Module._facturier_paste) return;
    var n = lengthBytesUTF8(text) + 1, p = Module._malloc(n);
    stringToUTF8(text, p, n);
    Module._facturier_paste(p);
    Module._free(p);
  });
  window.addEventListener('resize', function () { /* the app re-fits the canvas every frame */ });
})();
