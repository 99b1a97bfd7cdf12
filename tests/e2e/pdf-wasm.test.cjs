// The PDFs made by the WebAssembly build are byte-identical to the native ones, for the whole corpus.
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'build/native/src/cli/facturier');
const createFacturier = require(path.join(ROOT, 'build/wasm/node/facturier-node.js'));

async function main() {
  let passed = 0, failed = 0;
  const check = (ok, name, detail) => {
    if (ok) { passed++; } else { failed++; console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`); }
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facturier-wasm-'));
  const corpus = path.join(dir, 'corpus.json');
  execFileSync(CLI, ['sample', '--corpus', '-o', corpus]);
  execFileSync(CLI, ['batch', corpus, '-o', path.join(dir, 'native')]);
  // Handing the bytes over avoids emscripten 3.1.6 trying fetch() on a file path under Node 20.
  const m = await createFacturier({ wasmBinary: fs.readFileSync(path.join(ROOT, 'build/wasm/node/facturier-node.wasm')) });
  const json = fs.readFileSync(corpus, 'utf8');
  const withString = (s, fn) => { const n = m.lengthBytesUTF8(s) + 1, p = m._malloc(n); m.stringToUTF8(s, p, n); try { return fn(p); } finally { m._free(p); } };
  check(withString(json, (p) => m._fct_load_workspace(p)) === 1, 'the corpus workspace loads in wasm', m.UTF8ToString(m._fct_error()));
  const numbers = fs.readdirSync(path.join(dir, 'native')).filter((f) => f.endsWith('.pdf')).map((f) => f.slice(0, -4));
  let identical = 0;
  for (const number of numbers) {
    const size = withString(number, (p) => m._fct_render_workspace_document(p));
    if (size < 0) { check(false, `wasm renders ${number}`, m.UTF8ToString(m._fct_error())); continue; }
    const wasmPdf = Buffer.from(m.HEAPU8.subarray(m._fct_result(), m._fct_result() + size));
    const nativePdf = fs.readFileSync(path.join(dir, 'native', number + '.pdf'));
    const same = wasmPdf.equals(nativePdf);
    if (same) identical++;
    check(same, `${number}: wasm PDF is byte-identical to the native one`, `${wasmPdf.length} vs ${nativePdf.length} bytes`);
  }
  check(identical >= 25, 'at least 25 documents compared', `${identical} identical`);
  console.log(`ok   ${identical} of ${numbers.length} corpus PDFs are byte-identical between wasm and native`);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
main().catch((e) => { console.log(`FAIL ${e.stack}`); console.log('0 passed, 1 failed'); process.exitCode = 1; });
