// The installable, offline app: manifest and service worker accepted by Chromium, an offline reload
// works and keeps the data, and the Content-Security-Policy allows only the page's own origin.
'use strict';
const path = require('path');
const { run, watch, waitReady, assert } = require('./harness.cjs');

run([
  ['Chromium reports no installability error', async ({ context, origin }) => {
    const page = await context.newPage();
    await page.goto(origin + '/');
    await waitReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert(installabilityErrors.length === 0, 'installability errors: ' + JSON.stringify(installabilityErrors));
    await page.close();
  }],
  ['after a first visit the app reloads offline, with its data', async ({ context, origin, artifacts }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();  // now controlled by the service worker
    await waitReady(page);
    assert(await page.evaluate(() => !!navigator.serviceWorker.controller), 'page not controlled by the service worker');
    await page.evaluate(() => Module.ccall('facturier_load_sample', 'number', [], []));
    await page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);
    const count = await page.evaluate(() => Module.ccall('facturier_document_count', 'number', [], []));
    await context.setOffline(true);
    try {
      await page.reload();
      await waitReady(page);
      const after = await page.evaluate(() => Module.ccall('facturier_document_count', 'number', [], []));
      assert(after === count, `offline reload: ${after} documents instead of ${count}`);
      await page.screenshot({ path: path.join(artifacts, 'offline-reload.png') });
    } finally {
      await context.setOffline(false);
    }
    assert(w.foreign.length === 0, 'foreign requests: ' + w.foreign.join(', '));
    await page.close();
  }],
  ['the Content-Security-Policy blocks a request to another origin', async ({ context, origin }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    const blocked = await page.evaluate(() => fetch('http://127.0.0.2:9/').then(() => false, () => true));
    assert(blocked, 'a cross-origin fetch was not blocked');
    assert(w.foreign.length === 0, 'the browser sent a request to another origin: ' + w.foreign.join(', '));
    await page.close();
  }],
]);
