// Smoke test: the app loads, draws its first frame, shows French text and euro amounts, logs no error
// and sends no request to another origin.
'use strict';
const path = require('path');
const { run, watch, waitReady, assert } = require('./harness.cjs');

run([
  ['the app opens in French with its first frame, no console error and no foreign request', async ({ context, origin, artifacts }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    const t0 = Date.now();
    await page.goto(origin + '/');
    await waitReady(page);
    const firstFrameMs = Date.now() - t0;
    assert(await page.evaluate(() => document.documentElement.lang) === 'fr', 'page language is not fr');
    const loaded = await page.evaluate(() => Module.ccall('facturier_load_sample', 'number', [], []));
    assert(loaded === 1, 'sample workspace did not load');
    const count = await page.evaluate(() => Module.ccall('facturier_document_count', 'number', [], []));
    assert(count >= 5, `expected the sample documents, got ${count}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, 'smoke-dashboard.png') });
    const canvas = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });
    assert(canvas[0] > 0 && canvas[1] > 0, 'canvas has no size');
    assert(w.errors.length === 0, 'console errors: ' + w.errors.join(' | '));
    assert(w.foreign.length === 0, 'requests to other origins: ' + w.foreign.join(', '));
    assert(w.requests.some((u) => u.endsWith('/facturier.wasm')), 'the wasm was not requested');
    console.log(`     first frame after ${firstFrameMs} ms; ${w.requests.length} requests, all to ${origin}`);
    await page.close();
  }],
]);
