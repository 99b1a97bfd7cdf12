// Facturier's WebAssembly build in the anchors' harness: the same invoice, rendered as a PDF/A-3b with
// its Factur-X XML embedded, by the same C++ code as the browser app and the native CLI.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { run } from '../lib/harness.mjs';
import { facturierDocument } from './invoice-document.mjs';

const NODE_DIR = process.env.FACTURIER_NODE_DIR;

await run({
  name: 'facturier',
  pkg: [],
  defaultN: 200,
  importLib: async () => {
    const createFacturier = createRequire(import.meta.url)(`${NODE_DIR}/facturier-node.js`);
    return createFacturier({ wasmBinary: readFileSync(`${NODE_DIR}/facturier-node.wasm`) });
  },
  // Fonts are read by the module itself (the same DejaVu files); nothing to prepare.
  setup: (m) => m,
  makeDoc: (m, n) => {
    const json = JSON.stringify(facturierDocument(n));
    const len = m.lengthBytesUTF8(json) + 1, p = m._malloc(len);
    m.stringToUTF8(json, p, len);
    const size = m._fct_render_document(p);
    m._free(p);
    if (size < 0) throw new Error(m.UTF8ToString(m._fct_error()));
    return m.HEAPU8.slice(m._fct_result(), m._fct_result() + size);
  },
});
