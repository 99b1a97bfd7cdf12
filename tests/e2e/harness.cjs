// Shared pieces of the browser tests: the Debian chromium launch, a server for the built site, a
// record of every request (none may leave the page's origin), console errors, and a tiny runner that
// prints "N passed, N failed".
'use strict';
const path = require('path');
const fs = require('fs');

const NODE_MODULES = process.env.FACTURIER_NODE_MODULES;
const { chromium } = require(path.join(NODE_MODULES, 'playwright-core'));
const { listen } = require('../../tools/static-server.cjs');

const ROOT = path.resolve(__dirname, '../..');
const SITE = process.env.FACTURIER_SITE || path.join(ROOT, 'build/wasm/site');
const ARTIFACTS = process.env.FACTURIER_ARTIFACTS || path.join(ROOT, 'build/e2e-artifacts');

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// `options` are added to the context's (e.g. { timezoneId: 'Europe/Paris' }).
async function startBrowser(options = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'facturier-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS,
    viewport: { width: 1280, height: 800 }, acceptDownloads: true, ...options,
  });
  return { context, userDataDir };
}

// Watches a page: console errors, page errors and every request's origin.
function watch(page, origin) {
  const w = { errors: [], foreign: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') w.errors.push(m.text()); });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    w.requests.push(url);
    if (!url.startsWith(origin + '/') && !url.startsWith('blob:' + origin) && !url.startsWith('data:')) w.foreign.push(url);
  });
  return w;
}

// The first frame is drawn, and every stored document has been loaded.
async function waitReady(page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1' && document.documentElement.dataset.loaded === '1',
    null, { timeout: 60000 });
}

async function run(tests) {
  let passed = 0, failed = 0;
  const server = await listen(SITE, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { context, userDataDir } = await startBrowser();
  try {
    for (const [name, fn] of tests) {
      const t0 = Date.now();
      try {
        await fn({ context, origin, artifacts: ARTIFACTS });
        passed++;
        console.log(`ok   ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split('\n').join('\n     ')}`);
      }
    }
  } finally {
    await context.close();
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

function assert(cond, message) { if (!cond) throw new Error(message); }

module.exports = { run, watch, waitReady, assert, startBrowser, ARTIFACTS };
