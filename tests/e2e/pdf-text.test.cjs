// The PDF made in the browser (the app's own cut of DejaVu) prints exactly the characters the native
// one prints (the CLI, the system's whole DejaVu): one text-heavy document rendered both ways, its
// pdftotext compared. A character the fonts cannot draw is refused before issuing, naming the field;
// typed and pasted control characters are normalised by the text bridge.
'use strict';
const path = require('path');
const fs = require('fs');
const { execFileSync } = require('child_process');
const { run, watch, waitReady, assert } = require('./harness.cjs');

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'build/native/src/cli/facturier');

const pdftotext = (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();

function apiOf(page) {
  return async (cmd, mayFail) => {
    const r = JSON.parse(await page.evaluate((c) => Module.ccall('facturier_api', 'string', ['string'], [JSON.stringify(c)]), cmd));
    if (!mayFail) assert(r.ok, `${cmd.op}: ${r.error} ${r.detail || ''} ${JSON.stringify(r.issues || [])}`);
    return r;
  };
}

const LONG = 'Restauration complète d’un secrétaire à abattant Louis XV en marqueterie, dorure à la feuille, ' +
  'cire d’abeille et vernis au tampon — « travail d’Œuvre » par l’Atelier Świętokrzyski ; ';

run([
  ['a text-heavy document prints the same characters in the browser and natively', async ({ context, origin, artifacts }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    const api = apiOf(page);
    await page.evaluate(() => Module.ccall('facturier_load_sample', 'number', [], []));
    await page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);

    const client = await api({ op: 'addClient', client: { id: 'x', kind: 'consumer', name: 'Zuzanna Wróblewska-Dvořáková',
      language: 'fr', address: { line1: '5 rue de l’Église', line2: 'Bâtiment « Œ »', postcode: '75011', city: 'Paris', country: 'FR' } } });
    const lines = [
      'Création graphique « Été » — “Cœur” n° 3 – 1 200 € convenus, l’œuvre',
      'Zażółć gęślą jaźń — Łódź; Příliš žluťoučký kůň úpěl ďábelské ódy; Șoseaua Ștefan cel Mare; Árvíztűrő',
      'Ελληνικά: Ωμέγα — Съешь же ещё этих мягких французских булок',
      (LONG + LONG + LONG + LONG).slice(0, 600),
    ].map((description, i) => ({ description, quantity: String(i + 1), unitCode: i ? 'H87' : 'DAY', unitPrice: '123.45', vatCategory: 'S', vatRate: '20' }));
    const draft = await api({ op: 'draft', type: 'invoice', clientId: client.id, lines });
    const number = (await api({ op: 'issue', id: draft.id })).number;

    // A draft with an emoji: refused at issue, naming the field and the character.
    const withEmoji = await api({ op: 'draft', type: 'invoice', clientId: client.id, lines: [
      { description: 'Gâteau d’anniversaire 🎂', quantity: '1', unitPrice: '30', vatCategory: 'S', vatRate: '20' }] });
    const refused = await api({ op: 'issue', id: withEmoji.id }, true);
    assert(!refused.ok, 'a line with an emoji was issued');
    const issue = (refused.issues || []).find((i) => i.key === 'legal.unprintable');
    assert(issue && issue.path === 'lines[0].description' && issue.detail === '🎂 (U+1F382)', 'unprintable issue ' + JSON.stringify(refused.issues));

    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'facturier-text-'));
    fs.writeFileSync(path.join(dir, 'ws.json'), (await api({ op: 'backup' })).json);
    for (const [id, name] of [[draft.id, number], [withEmoji.id, 'draft-emoji']]) {
      const browserPdf = path.join(artifacts, `pdf-text-${name}-browser.pdf`);
      fs.writeFileSync(browserPdf, Buffer.from((await api({ op: 'pdf', id })).base64, 'base64'));
      const nativePdf = path.join(artifacts, `pdf-text-${name}-native.pdf`);
      execFileSync(CLI, ['render', path.join(dir, 'ws.json'), id, '-o', nativePdf]);
      const browserText = pdftotext(browserPdf), nativeText = pdftotext(nativePdf);
      fs.writeFileSync(path.join(artifacts, `pdf-text-${name}-browser.txt`), browserText);
      fs.writeFileSync(path.join(artifacts, `pdf-text-${name}-native.txt`), nativeText);
      assert(browserText === nativeText, `${name}: the browser's PDF text differs from the native one (see ${artifacts}/pdf-text-${name}-*.txt)`);
      if (id === draft.id) {
        const flat = browserText.replace(/\s+/g, ' ');
        for (const l of lines.slice(0, 3)) assert(flat.includes(l.description), 'missing: ' + l.description);
        assert(flat.includes('Zuzanna Wróblewska-Dvořáková') && flat.includes('3 pièces'), 'buyer or unit');
        assert(!browserText.includes('\uFFFD'), 'a replacement character in the issued invoice');
      } else {
        assert(browserText.includes('Gâteau d’anniversaire \uFFFD'), 'the emoji is drawn as U+FFFD in both');
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    assert(w.errors.length === 0, 'console errors: ' + w.errors.join('; '));
    assert(w.foreign.length === 0, 'foreign requests: ' + w.foreign.join(', '));
    await page.close();  // one tab at a time: a second one opens read-only
  }],

  ['a tab or control character typed or pasted into a field is normalised by the text bridge', async ({ context, origin }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    const api = apiOf(page);
    await page.evaluate(() => Module.ccall('facturier_load_sample', 'number', [], []));
    await page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);
    const frames = (n) => page.waitForTimeout(40 * n);
    const click = async (name) => {
      const h = await page.waitForFunction((n) => Module.ccall('facturier_item_rect', 'string', ['string'], [n]) || null, name, { timeout: 30000 })
        .catch((e) => { throw new Error(`${name} is not on screen: ${e.message}`); });
      const [x, y, wd, ht] = (await h.jsonValue()).split(' ').map(Number);
      await frames(3);
      await page.mouse.click(x + Math.min(wd / 2, 30), y + ht / 2);
      await frames(4);
    };
    await click('nav.newInvoice');
    await click('editor.addLine');
    await click('line0.description');
    // Typed through the hidden textarea: a tab and an escape code.
    await page.keyboard.insertText('Forfait\tsite\u001b');
    await frames(3);
    // Pasted (the browser's paste event): CR LF, a tab and a C1 control into a one-line field.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', ' web\r\nvitrine\tv2\u0085');
      document.getElementById('text-bridge').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await frames(4);
    await page.keyboard.press('Enter');
    await frames(6);
    const ws = JSON.parse((await api({ op: 'backup' })).json);
    const drafts = ws.documents.filter((d) => d.status === 'draft' && d.lines.length === 1);
    const description = drafts.length ? drafts[drafts.length - 1].lines[0].description : '(no draft)';
    assert(description === 'Forfait site web vitrine v2', 'description kept: ' + JSON.stringify(description));
    assert(w.errors.length === 0, 'console errors: ' + w.errors.join('; '));
  }],
]);
