// Faults found by trying real-world bug reports, in the browser: "today" is the local calendar day
// (Paris at 00:30, Kiritimati, Los Angeles; midnight passing while the app is open), and a workspace
// holding a number used twice and one missing is named as soon as the app has loaded it.
'use strict';
const path = require('path');
const fs = require('fs');
const { run, watch, waitReady, assert, startBrowser, ARTIFACTS } = require('./harness.cjs');

const ROOT = path.resolve(__dirname, '../..');
const api = (page, cmd) => page.evaluate((c) => JSON.parse(Module.ccall('facturier_api', 'string', ['string'], [JSON.stringify(c)])), cmd);
const saved = (page) => page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);

// Opens the app in a fresh profile set to `timezoneId`, its clock at `instant`; gives the page.
async function openAt(timezoneId, instant, fn) {
  const { context, userDataDir } = await startBrowser({ timezoneId });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(instant));
    await fn(page);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

run([
  ['today is the local day: 00:30 in Paris, Kiritimati and Los Angeles at 2026-11-29T23:30Z', async ({ origin }) => {
    for (const [zone, day] of [['Europe/Paris', '2026-11-30'], ['Pacific/Kiritimati', '2026-11-30'], ['America/Los_Angeles', '2026-11-29']]) {
      await openAt(zone, '2026-11-29T23:30:00Z', async (page) => {
        await page.goto(origin + '/');
        await waitReady(page);
        const ws = await api(page, { op: 'workspace' });
        assert(ws.today === day, `${zone}: today is ${ws.today}, expected ${day}`);
        // A new invoice is dated that day.
        const draft = await api(page, { op: 'draft', type: 'invoice', lines: [] });
        assert(draft.ok, JSON.stringify(draft));
        const doc = await api(page, { op: 'document', id: draft.id });
        assert(doc.document.issueDate === day, `${zone}: a new invoice is dated ${doc.document.issueDate}`);
      });
    }
  }],
  ['midnight passing while the app is open moves it to the new day', async ({ origin }) => {
    await openAt('America/Los_Angeles', '2026-11-30T07:59:00Z', async (page) => {  // 23:59 on the 29th
      await page.goto(origin + '/');
      await waitReady(page);
      assert((await api(page, { op: 'workspace' })).today === '2026-11-29', 'not the 29th before midnight');
      await page.clock.setFixedTime(new Date('2026-11-30T08:00:30Z'));             // 00:00:30 on the 30th
      await page.waitForFunction(() => JSON.parse(Module.ccall('facturier_api', 'string', ['string'], ['{"op":"workspace"}'])).today === '2026-11-30',
        null, { timeout: 10000 });
    });
  }],
  ['a number used twice and one missing are named as soon as the app has loaded the workspace', async ({ context, origin, artifacts }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    const fault = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/cli/numbering-fault.json'), 'utf8'));
    const r = await api(page, { op: 'replaceUnchecked', workspace: fault });  // as an older version left it
    assert(r.ok, JSON.stringify(r));
    await saved(page);
    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => Module.ccall('facturier_item_rect', 'string', ['string'], ['integrity.banner']) !== '', null, { timeout: 10000 });
    const ws = await api(page, { op: 'workspace' });
    assert(JSON.stringify(ws.integrity) === JSON.stringify(['F-2026-0120 is used by 2 documents',
      'F-2026-0121 is missing between F-2026-0120 and F-2026-0122']), 'integrity: ' + JSON.stringify(ws.integrity));
    await page.screenshot({ path: path.join(artifacts, 'numbering-fault.png') });
    // Both documents numbered F-2026-0120 download under their own names.
    const names = [];
    for (const d of fault.documents) names.push((await api(page, { op: 'pdf', id: d.id })).fileName);
    assert(new Set(names).size === names.length, 'shared file names: ' + names.join(', '));
    assert(w.foreign.length === 0, 'foreign requests: ' + w.foreign.join(', '));
    assert(w.errors.length === 0, 'console errors: ' + w.errors.join(' | '));
    await page.close();
  }],
]);
