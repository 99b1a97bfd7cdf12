// Backup in the browser: export downloads the whole workspace as JSON; restoring a truncated file
// shows the error and changes nothing; restoring the real file into another profile brings it all back.
'use strict';
const path = require('path');
const fs = require('fs');
const { run, watch, waitReady, assert } = require('./harness.cjs');

const call = (page, fn, ret = 'number', types = [], args = []) => page.evaluate(([f, r, t, a]) => Module.ccall(f, r, t, a), [fn, ret, types, args]);
async function click(page, name) {
  const h = await page.waitForFunction((n) => Module.ccall('facturier_item_rect', 'string', ['string'], [n]) || null, name, { timeout: 10000 });
  const [x, y, w, hh] = (await h.jsonValue()).split(' ').map(Number);
  await page.waitForTimeout(200);  // a popup ignores clicks while it appears
  await page.mouse.click(x + Math.min(w / 2, 30), y + hh / 2);
  await page.waitForTimeout(150);
}

run([
  ['export a backup, refuse a truncated one, restore the real one after confirmation', async ({ context, origin, artifacts }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    await call(page, 'facturier_load_sample');
    await page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);
    const count = await call(page, 'facturier_document_count');
    await click(page, 'nav.data');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'backup.export')]);
    const file = path.join(artifacts, 'backup.json');
    await download.saveAs(file);
    assert(/^facturier-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()), 'file name ' + download.suggestedFilename());
    const text = fs.readFileSync(file, 'utf8');
    assert(JSON.parse(text).documents.length === count, 'backup does not hold every document');

    // A truncated backup: an error, nothing changed.
    const truncated = path.join(artifacts, 'backup-truncated.json');
    fs.writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    await call(page, 'facturier_rename_first_client', 'number', ['string'], ['Avant restauration']);
    await page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'backup.restore')]);
    await chooser.setFiles(truncated);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(artifacts, 'backup-truncated.png') });
    assert(await call(page, 'facturier_first_client_name', 'string') === 'Avant restauration', 'a truncated backup changed the workspace');

    // The real backup: asks to replace, then restores.
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'backup.restore')]);
    await chooser2.setFiles(file);
    await page.waitForFunction(() => Module.ccall('facturier_item_rect', 'string', ['string'], ['backup.replace']) !== '');
    await page.screenshot({ path: path.join(artifacts, 'backup-confirm.png') });
    await click(page, 'backup.replace');
    await page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);
    assert(await call(page, 'facturier_first_client_name', 'string') === 'Société Générale des Œuvres', 'restore did not replace the workspace');
    assert(await call(page, 'facturier_document_count') === count, 'restore lost documents');
    assert(w.foreign.length === 0, 'foreign requests: ' + w.foreign.join(', '));
    await page.close();
  }],
]);
