// Browser app benchmark (Debian chromium headless, software GL): load to first frame with 0, 1,000
// and 10,000 stored documents, UI CPU time per frame in the documents list, save latency, payload.
// Run through bench/app.sh. Prints a Markdown table; no assertion on time.
'use strict';
const path = require('path');
const fs = require('fs');
const zlib = require('zlib');
const { chromium } = require(path.join(process.env.FACTURIER_NODE_MODULES, 'playwright-core'));
const { listen } = require('../tools/static-server.cjs');

const ROOT = path.resolve(__dirname, '..');
const SITE = path.join(ROOT, 'build/wasm/site');
const RUNS = Number(process.env.RUNS || 3);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const call = (page, fn, ret = 'number', types = [], args = []) => page.evaluate(([f, r, t, a]) => Module.ccall(f, r, t, a), [fn, ret, types, args]);

async function measure(origin, documents) {
  const dir = fs.mkdtempSync('/tmp/facturier-bench-');
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', args: ARGS, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  // The sample workspace (6 documents, 3 clients) plus `documents` issued invoices.
  await call(page, 'facturier_seed_documents', 'number', ['number'], [documents]);
  await page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0, null, { timeout: 600000 });
  const stored = await call(page, 'facturier_document_count');
  const loads = [], interactive = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1' && document.documentElement.dataset.loaded === '1', null, { timeout: 120000 });
    const t = await page.evaluate(() => ({ first: window.facturierFirstFrameAt, main: window.facturierLoadedAt }));
    loads.push(t.first);
    interactive.push(t.main);
  }
  await call(page, 'facturier_show', 'void', ['number'], [2]);  // the documents list
  await page.waitForTimeout(300);
  await call(page, 'facturier_ui_frame_ms');
  await page.waitForTimeout(2000);
  const frameMs = await call(page, 'facturier_ui_frame_ms');
  const saves = [], confirmed = [];
  for (let i = 0; i < 7; i++) {
    const [cpu, total] = await page.evaluate(async (n) => {
      const t0 = performance.now();
      Module.ccall('facturier_rename_first_client', 'number', ['string'], ['Client ' + n]);
      const t1 = performance.now();  // change applied, records diffed, IndexedDB transaction queued
      while (Module.ccall('facturier_save_state', 'number', [], []) !== 0) await new Promise((r) => setTimeout(r, 0));
      return [t1 - t0, performance.now() - t0];
    }, i);
    saves.push(cpu);
    confirmed.push(total);
  }
  // The dashboard recomputes its figures (reports, reminders due) once per change: its slowest frame.
  await call(page, 'facturier_show', 'void', ['number'], [1]);
  const dashboard = [];
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(300);
    await call(page, 'facturier_ui_frame_max_ms');
    await call(page, 'facturier_rename_first_client', 'number', ['string'], ['Tableau ' + i]);
    await page.waitForTimeout(300);
    dashboard.push(await call(page, 'facturier_ui_frame_max_ms'));
  }
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { documents: stored, first: median(loads), interactive: median(interactive), frameMs, save: median(saves), confirmed: median(confirmed),
           dashboard: median(dashboard) };
}

(async () => {
  const server = await listen(SITE, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const rows = [];
  for (const n of (process.env.DOCS || '0,1000,10000').split(',').map(Number)) rows.push(await measure(origin, n));
  server.close();
  const size = (f) => fs.statSync(path.join(SITE, f)).size;
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(SITE, f)), { level: 9 }).length;
  const files = ['facturier.wasm', 'facturier.js', 'index.html', 'boot.js', 'style.css', 'sw.js', 'manifest.webmanifest'];
  console.log(`Command: RUNS=${RUNS} bench/app.sh  (chromium headless, SwiftShader, ${require('os').cpus().length} cores; medians)`);
  console.log('');
  console.log('| stored documents | first frame ms | every document loaded ms | UI CPU ms / frame (documents list) | save: change to transaction queued, ms | save: until IndexedDB confirms, ms | dashboard: slowest frame after a change, ms |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.documents.toLocaleString('en-US')} | ${r.first.toFixed(0)} | ${r.interactive.toFixed(0)} | ${r.frameMs.toFixed(2)} | ${r.save.toFixed(2)} | ${r.confirmed.toFixed(1)} | ${r.dashboard.toFixed(1)} |`);
  console.log('');
  console.log('| file | bytes | gzip -9 |');
  console.log('|---|---:|---:|');
  let raw = 0, packed = 0;
  for (const f of files) { raw += size(f); packed += gz(f); console.log(`| ${f} | ${size(f).toLocaleString('en-US')} | ${gz(f).toLocaleString('en-US')} |`); }
  console.log(`| total | ${raw.toLocaleString('en-US')} | ${packed.toLocaleString('en-US')} |`);
})().catch((e) => { console.error(e); process.exit(1); });
