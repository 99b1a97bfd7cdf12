// IndexedDB storage in the browser: saved before the UI says so, back after a reload, a second tab is
// read-only, and a full quota shows the error and loses nothing.
'use strict';
const path = require('path');
const { run, watch, waitReady, assert } = require('./harness.cjs');

const call = (page, fn, ret = 'number', types = [], args = []) =>
  page.evaluate(([f, r, t, a]) => Module.ccall(f, r, t, a), [fn, ret, types, args]);
const waitState = (page, state) =>
  page.waitForFunction((s) => Module.ccall('facturier_save_state', 'number', [], []) === s, state, { timeout: 10000 });

run([
  ['a change is in IndexedDB when the status says saved, and everything is back after a reload', async ({ context, origin }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    assert(await call(page, 'facturier_load_sample') === 1, 'sample not loaded');
    await waitState(page, 0);
    const count = await call(page, 'facturier_document_count');
    assert(await call(page, 'facturier_rename_first_client', 'number', ['string'], ['Société « Àçcents » & Œuvres']) === 1, 'rename refused');
    await waitState(page, 0);
    const stored = await page.evaluate(() => new Promise((resolve) => {
      const t = Module.facturierDb.transaction('records', 'readonly');
      const r = t.objectStore('records').getAllKeys();
      t.oncomplete = () => resolve(r.result.length);
    }));
    assert(stored > count, `expected one record per entity, got ${stored}`);
    await page.reload();
    await waitReady(page);
    assert(await call(page, 'facturier_document_count') === count, 'documents lost on reload');
    const name = await call(page, 'facturier_first_client_name', 'string');
    assert(name === 'Société « Àçcents » & Œuvres', `client name after reload: ${name}`);
    assert(w.errors.length === 0, 'console errors: ' + w.errors.join(' | '));
    assert(w.foreign.length === 0, 'foreign requests: ' + w.foreign.join(', '));
    await page.close();
  }],
  ['a second tab on the same workspace is read-only and cannot overwrite the first', async ({ context, origin, artifacts }) => {
    const first = await context.newPage();
    await first.goto(origin + '/');
    await waitReady(first);
    const second = await context.newPage();
    await second.goto(origin + '/');
    await waitReady(second);
    assert(await call(second, 'facturier_save_state') === 3, 'second tab is not read-only');
    assert(await call(second, 'facturier_rename_first_client', 'number', ['string'], ['Écrasé']) === 0, 'read-only tab accepted a change');
    assert(await call(first, 'facturier_save_state') !== 3, 'first tab lost its lock');
    await second.screenshot({ path: path.join(artifacts, 'second-tab-read-only.png') });
    await second.close();
    await first.close();
  }],
  ['a full quota shows the error, keeps the change in memory and saves it on retry', async ({ context, origin, artifacts }) => {
    const page = await context.newPage();
    await page.goto(origin + '/');
    await waitReady(page);
    await page.evaluate(() => { window.facturierFailNextCommit = 'QuotaExceededError'; });
    assert(await call(page, 'facturier_rename_first_client', 'number', ['string'], ['Après quota']) === 1, 'change refused');
    await waitState(page, 2);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(artifacts, 'quota-exceeded.png') });
    assert(await call(page, 'facturier_first_client_name', 'string') === 'Après quota', 'change lost in memory');
    assert(await call(page, 'facturier_rename_first_client', 'number', ['string'], ['Après quota, bis']) === 1, 'second change refused');
    await waitState(page, 0);
    await page.reload();
    await waitReady(page);
    assert(await call(page, 'facturier_first_client_name', 'string') === 'Après quota, bis', 'retry did not save');
    await page.close();
  }],
]);
