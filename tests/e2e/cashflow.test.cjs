// Getting paid and keeping control, in the browser by real clicks: a reminder opens the user's own
// mail client (a mailto: link, no request) and downloads the PDF, then is logged and survives a
// reload; recurring invoices are caught up on opening, once, across reloads; the 10-year archive made
// in the page passes `facturier verify-archive` and a flipped byte is named; the CSV export is a ZIP
// of four files; a CSV of clients is imported after its preview. No request leaves the origin.
'use strict';
const path = require('path');
const fs = require('fs');
const { execFileSync, spawnSync } = require('child_process');
const { run, watch, waitReady, assert } = require('./harness.cjs');

const ROOT = path.resolve(__dirname, '../..');
const CLI = process.env.FACTURIER_CLI || path.join(ROOT, 'build/native/src/cli/facturier');
const call = (page, fn, ret = 'number', types = [], args = []) => page.evaluate(([f, r, t, a]) => Module.ccall(f, r, t, a), [fn, ret, types, args]);
const api = async (page, cmd) => JSON.parse(await call(page, 'facturier_api', 'string', ['string'], [JSON.stringify(cmd)]));
const saved = (page) => page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0, null, { timeout: 30000 });
async function click(page, name) {
  const h = await page.waitForFunction((n) => Module.ccall('facturier_item_rect', 'string', ['string'], [n]) || null, name, { timeout: 30000 });
  const [x, y, w, hh] = (await h.jsonValue()).split(' ').map(Number);
  await page.waitForTimeout(200);
  await page.mouse.click(x + Math.min(w / 2, 30), y + hh / 2);
  await page.waitForTimeout(200);
}
async function freshSample(context, origin) {
  const page = await context.newPage();
  const w = watch(page, origin);
  await page.goto(origin + '/');
  await waitReady(page);
  await call(page, 'facturier_load_sample');
  await saved(page);
  return { page, w };
}
function noForeign(w) { assert(w.foreign.length === 0, 'requests to another origin: ' + w.foreign.join(', ')); }
function noErrors(w) { assert(w.errors.length === 0, 'console errors: ' + w.errors.join(' | ')); }

run([
  ['a reminder opens the mail client with the message, downloads the PDF, and is logged for good', async ({ context, origin, artifacts }) => {
    const { page, w } = await freshSample(context, origin);
    await page.evaluate(() => { window.facturierNoMailClient = true; });  // headless chromium has no mail client
    const due = await api(page, { op: 'remindersDue' });
    assert(due.ok && due.due.length >= 1, 'nothing to remind in the sample: ' + JSON.stringify(due));
    const first = due.due[0];
    await click(page, 'nav.reminders');
    await click(page, 'reminders.row.' + first.number);
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'reminders.prepare')]);
    assert(/\.pdf$/.test(download.suggestedFilename()), 'the PDF to attach was not downloaded: ' + download.suggestedFilename());
    const file = path.join(artifacts, 'reminder.pdf');
    await download.saveAs(file);
    assert(fs.readFileSync(file).subarray(0, 5).toString() === '%PDF-', 'the download is not a PDF');
    const mailto = await page.evaluate(() => window.facturierMailto || []);
    assert(mailto.length === 1 && mailto[0].startsWith('mailto:'), 'no mailto link: ' + JSON.stringify(mailto));
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(mailto[0])[1]);
    assert(subject.includes(first.number), 'the subject does not name the invoice: ' + subject);
    const body = decodeURIComponent(/body=([^&]*)/.exec(mailto[0])[1]);
    assert(body.includes('\r\n') && body.length > 200, 'the body is missing: ' + body.slice(0, 80));
    await page.screenshot({ path: path.join(artifacts, 'reminders.png') });
    const before = (await api(page, { op: 'document', id: first.id })).document.reminders.length;
    await click(page, 'reminders.log');
    await saved(page);
    await page.reload();
    await waitReady(page);
    const after = (await api(page, { op: 'document', id: first.id })).document.reminders;
    assert(after.length === before + 1 && after[after.length - 1].level === first.level, 'the reminder was not logged: ' + JSON.stringify(after));
    const still = await api(page, { op: 'remindersDue' });
    assert(!still.due.some((d) => d.id === first.id), 'the reminded invoice is still to remind today');
    noForeign(w);
    noErrors(w);
    await page.close();
  }],

  ['recurring invoices are caught up when the app opens, each period once, across reloads', async ({ context, origin, artifacts }) => {
    const { page, w } = await freshSample(context, origin);
    const today = new Date();
    const start = new Date(today.getFullYear(), today.getMonth() - 2, 1);
    const iso = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-01`;
    const clients = JSON.parse(await call(page, 'facturier_api', 'string', ['string'], [JSON.stringify({ op: 'workspace' })]));
    const count = clients.documents;
    const firstClient = (await api(page, { op: 'document', id: (await api(page, { op: 'remindersDue' })).due[0].id })).document.clientId;
    const added = await api(page, { op: 'addRecurring', template: { name: 'Hébergement', clientId: firstClient, frequency: 'monthly', interval: 1,
      start: iso, lines: [{ description: 'Hébergement du site', quantity: '1', unitPrice: '30', vatCategory: 'S', vatRate: '20' }] } });
    assert(added.ok, 'template refused: ' + JSON.stringify(added));
    await saved(page);
    await page.reload();
    await waitReady(page);
    await page.waitForFunction((n) => JSON.parse(Module.ccall('facturier_api', 'string', ['string'], [JSON.stringify({ op: 'workspace' })])).documents >= n + 3,
      count, { timeout: 30000 });
    await saved(page);
    let ws = await api(page, { op: 'workspace' });
    assert(ws.documents === count + 3, `expected 3 catch-up drafts, got ${ws.documents - count}`);
    const tpl = ws.recurring.find((t) => t.id === added.id);
    assert(tpl && tpl.generated === 3, 'the cursor did not move: ' + JSON.stringify(tpl));
    await page.screenshot({ path: path.join(artifacts, 'recurring-caught-up.png') });
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await waitReady(page);
      await page.waitForTimeout(500);
      ws = await api(page, { op: 'workspace' });
      assert(ws.documents === count + 3, `reload ${i + 1} made documents again: ${ws.documents - count}`);
    }
    await click(page, 'nav.recurring');
    await click(page, 'recurring.row.Hébergement');
    await page.screenshot({ path: path.join(artifacts, 'recurring.png') });
    noForeign(w);
    noErrors(w);
    await page.close();
  }],

  ['the archive made in the page verifies with the CLI; a flipped byte is named; CSV export and import', async ({ context, origin, artifacts }) => {
    const { page, w } = await freshSample(context, origin);
    await click(page, 'nav.data');
    const [zipDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'data.downloadArchive')]);
    const zip = path.join(artifacts, zipDownload.suggestedFilename());
    await zipDownload.saveAs(zip);
    assert(/^facturier-archive-\d{9}-\d{4}-\d{2}-\d{2}\.zip$/.test(zipDownload.suggestedFilename()), 'archive name ' + zipDownload.suggestedFilename());
    const ok = spawnSync(CLI, ['verify-archive', zip], { encoding: 'utf8' });
    assert(ok.status === 0 && /OK — .* 5 issued documents/.test(ok.stdout), 'verify-archive: ' + ok.stdout + ok.stderr);
    const bytes = fs.readFileSync(zip);
    const pdfAt = bytes.indexOf(Buffer.from('%PDF-'));
    bytes[pdfAt + 1000] ^= 0x04;
    const flipped = path.join(artifacts, 'archive-flipped.zip');
    fs.writeFileSync(flipped, bytes);
    const bad = spawnSync(CLI, ['verify-archive', flipped], { encoding: 'utf8' });
    assert(bad.status === 1 && /FAILED\tdocuments\/[^:]+\.pdf: SHA-256 mismatch/.test(bad.stdout), 'flipped byte: ' + bad.stdout);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'data.exportCsv')]);
    const csvZip = path.join(artifacts, 'export-csv.zip');
    await csvDownload.saveAs(csvZip);
    const listing = execFileSync('python3', ['-m', 'zipfile', '-l', csvZip], { encoding: 'utf8' });
    for (const f of ['documents.csv', 'lignes.csv', 'paiements.csv', 'clients.csv']) assert(listing.includes(f), f + ' missing: ' + listing);

    const before = (await api(page, { op: 'workspace' })).clients;
    const csv = path.join(artifacts, 'import-clients.csv');
    fs.writeFileSync(csv, '\ufeffRaison sociale;SIREN;Adresse;Code postal;Ville;E-mail\r\n' +
      'Boulangerie Lefèvre;552100554;3 rue du Four;35000;Rennes;contact@lefevre.example\r\n' +
      'Garage Martin;123456789;1 route;44000;Nantes;\r\n' +
      'Hôtel « Les Tilleuls »;443061841;2 place;33000;Bordeaux;mauvais@\r\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'data.chooseCsv')]);
    await chooser.setFiles(csv);
    await page.waitForFunction(() => Module.ccall('facturier_item_rect', 'string', ['string'], ['data.importValid']), null, { timeout: 30000 });
    await page.screenshot({ path: path.join(artifacts, 'import-preview.png') });
    await click(page, 'data.importValid');
    await saved(page);
    const after = (await api(page, { op: 'workspace' })).clients;
    assert(after === before + 1, `expected 1 valid client imported, got ${after - before}`);
    noForeign(w);
    noErrors(w);
    await page.close();
  }],

  ['the reports view draws its charts in both languages', async ({ context, origin, artifacts }) => {
    const { page, w } = await freshSample(context, origin);
    await click(page, 'nav.reports');
    const rect = await page.waitForFunction(() => Module.ccall('facturier_item_rect', 'string', ['string'], ['reports.revenueChart']) || null);
    const [, , width, height] = (await rect.jsonValue()).split(' ').map(Number);
    assert(width > 300 && height > 80, 'the revenue chart is too small: ' + width + '×' + height);
    await page.screenshot({ path: path.join(artifacts, 'reports.png') });
    await click(page, 'lang.switch');
    await page.waitForTimeout(300);
    assert(await page.evaluate(() => Module.ccall('facturier_item_rect', 'string', ['string'], ['reports.revenueChart']) !== ''), 'no chart in English');
    await page.screenshot({ path: path.join(artifacts, 'reports-en.png') });
    await page.setViewportSize({ width: 480, height: 800 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(artifacts, 'reports-narrow.png') });
    noForeign(w);
    noErrors(w);
    await page.close();
  }],
]);
