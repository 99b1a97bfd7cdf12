// A small static file server for the built site, bound to 127.0.0.1 only. Used by tools/serve and
// the browser tests. Usage: node tools/static-server.cjs DIR [PORT]   (PORT 0 = any free port)
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.ttf': 'font/ttf',
};

function createServer(root) {
  root = path.resolve(root);
  return http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, '.' + rel);
    if (!file.startsWith(root + path.sep)) { res.writeHead(403); res.end('forbidden'); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(data);
    });
  });
}

function listen(root, port) {
  return new Promise((resolve, reject) => {
    const server = createServer(root);
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

module.exports = { listen };

if (require.main === module) {
  const [dir, port] = process.argv.slice(2);
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
    console.error('usage: node tools/static-server.cjs SITE-DIR [PORT]  (SITE-DIR must hold index.html)');
    process.exit(2);
  }
  listen(dir, Number(port || 8080)).then((s) => {
    console.log(`Facturier is served at http://127.0.0.1:${s.address().port}/  (Ctrl+C to stop)`);
  }, (e) => { console.error(`cannot listen: ${e.message}`); process.exit(1); });
}
