// A user's first invoice, by real input on the canvas: clicks where the widgets are drawn and typing
// through the text bridge. Onboarding, a client with accents, an invoice with three lines at two VAT
// rates, issued; the PDF downloaded and checked (totals via pdftotext, the embedded Factur-X XML via
// the validators); a payment; a reload; an offline reload.
'use strict';
const path = require('path');
const fs = require('fs');
const { execFileSync } = require('child_process');
const { run, watch, waitReady, assert } = require('./harness.cjs');

const ROOT = path.resolve(__dirname, '../..');
const VALIDATORS = process.env.FACTURIER_VALIDATORS || path.join(ROOT, '../shared/validators');

function ui(page) {
  const frames = (n) => page.waitForTimeout(40 * n);
  const rect = async (name) => {
    const h = await page.waitForFunction((n) => {
      const r = Module.ccall('facturier_item_rect', 'string', ['string'], [n]);
      return r ? r : null;
    }, name, { timeout: 30000 });  // generous: under load (CI, 2 cores) frames can be slow
    const [x, y, w, hgt] = (await h.jsonValue()).split(' ').map(Number);
    return { x, y, w, h: hgt };
  };
  const click = async (name) => {
    const r = await rect(name);
    await frames(3);  // popups and combos ignore clicks in the frame they appear
    await page.mouse.click(r.x + Math.min(r.w / 2, 30), r.y + r.h / 2);
    await frames(4);
  };
  const type = async (name, text) => {
    await click(name);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text, { delay: 5 });
    await frames(2);
    await page.keyboard.press('Enter');
    await frames(3);
  };
  return { rect, click, type, frames };
}

run([
  ['a first invoice from onboarding to payment, by clicks and typing', async ({ context, origin, artifacts }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    const u = ui(page);

    // Onboarding: the business.
    await u.type('onboarding.name', 'Atelier Éloïse Crème');
    await u.type('onboarding.siren', '732829320');
    await u.type('onboarding.line1', '12 rue des Lilas');
    await u.type('onboarding.postcode', '69001');
    await u.type('onboarding.city', 'Lyon');
    await page.screenshot({ path: path.join(artifacts, 'journey-1-onboarding.png') });
    await u.click('onboarding.start');

    // A client with accents.
    await u.click('nav.clients');
    await u.click('clients.add');
    await u.type('client.name', 'Société Générale des Œuvres');
    await u.type('client.siren', '443061841');
    await u.type('client.line1', "1 avenue de l'Opéra");
    await u.type('client.postcode', '75001');
    await u.type('client.city', 'Paris');
    await u.click('client.save');
    await page.screenshot({ path: path.join(artifacts, 'journey-2-client.png') });

    // An invoice: three lines, two VAT rates (20 % and 5.5 %).
    await u.click('nav.newInvoice');
    const lines = [['Conception graphique « Été »', '2', '450'], ['Mise en page', '3,5', '80'], ['Livres reliés', '10', '24,90']];
    for (let i = 0; i < lines.length; i++) {
      await u.click('editor.addLine');
      await u.type(`line${i}.description`, lines[i][0]);
      await u.type(`line${i}.quantity`, lines[i][1]);
      await u.type(`line${i}.price`, lines[i][2]);
    }
    await u.click('line2.vat');
    await u.click('option.vat.s55');
    await u.frames(6);
    await page.screenshot({ path: path.join(artifacts, 'journey-3-editor.png') });
    await u.click('editor.issue');
    await u.click('editor.confirm');
    await page.waitForFunction(() => Module.ccall('facturier_document_status', 'string', ['string'], ['F-' + new Date().getFullYear() + '-0001']) === 'issued');
    const number = 'F-' + new Date().getFullYear() + '-0001';

    // The PDF, as the user downloads it.
    const [download] = await Promise.all([page.waitForEvent('download'), u.click('document.downloadPdf')]);
    const pdfPath = path.join(artifacts, 'journey-invoice.pdf');
    await download.saveAs(pdfPath);
    assert(download.suggestedFilename() === `${number}_Societe_Generale_des_OEuvres.pdf`, 'file name: ' + download.suggestedFilename());
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).toString().replace(/[\u00a0\u202f]/g, ' ');
    // 2 × 450 + 3.5 × 80 = 1180.00 at 20 % → 236.00; 10 × 24.90 = 249.00 at 5.5 % → 13.70; total 1678.70
    for (const s of [number, 'Société Générale des Œuvres', '1 429,00 €', '236,00 €', '13,70 €', '1 678,70 €', 'Indemnité forfaitaire pour frais de recouvrement : 40 €'])
      assert(text.includes(s), `PDF text lacks ${s}`);
    const xmlPath = path.join(artifacts, 'journey-factur-x.xml');
    fs.writeFileSync(xmlPath, execFileSync('qpdf', [`--show-attachment=factur-x.xml`, pdfPath]));
    // The PDF as downloaded, checked as a French platform does (its factur-x.xml: XSD, CEN, Factur-X, BR-FR).
    execFileSync('bash', [path.join(VALIDATORS, 'validate-einvoice.sh'), pdfPath, path.join(artifacts, 'journey-validation')], { stdio: 'pipe' });

    // A payment of the whole amount.
    await u.click('document.recordPayment');
    await u.click('document.savePayment');
    await page.waitForFunction((n) => Module.ccall('facturier_document_status', 'string', ['string'], [n]) === 'paid', number);
    await page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);
    await page.screenshot({ path: path.join(artifacts, 'journey-4-paid.png') });

    // Everything is back after a reload, and after an offline reload.
    await page.reload();
    await waitReady(page);
    assert(await page.evaluate((n) => Module.ccall('facturier_document_status', 'string', ['string'], [n]), number) === 'paid', 'lost after reload');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await waitReady(page);
    await context.setOffline(true);
    try {
      await page.reload();
      await waitReady(page);
      assert(await page.evaluate((n) => Module.ccall('facturier_document_status', 'string', ['string'], [n]), number) === 'paid', 'lost offline');
      assert(await page.evaluate(() => Module.ccall('facturier_first_client_name', 'string', [], [])) === 'Société Générale des Œuvres', 'client name lost');
    } finally {
      await context.setOffline(false);
    }
    assert(w.errors.length === 0, 'console errors: ' + w.errors.join(' | '));
    assert(w.foreign.length === 0, 'foreign requests: ' + w.foreign.join(', '));
    await page.close();
  }],
]);
