// Broader cases through the exported JS test API (facturier_api), made and rendered inside the
// browser: reverse charge for a foreign client, quote → deposit → final invoice, a partial credit
// note, payments; each PDF/XML produced in the page is checked with pdftotext and the validators.
'use strict';
const path = require('path');
const fs = require('fs');
const { execFileSync } = require('child_process');
const { run, watch, waitReady, assert } = require('./harness.cjs');

const ROOT = path.resolve(__dirname, '../..');
const VALIDATORS = process.env.FACTURIER_VALIDATORS || path.join(ROOT, '../shared/validators');

run([
  ['reverse charge, deposit and final invoice, partial credit note, a dollar invoice paid at issue, a consumer: made in the browser and valid', async ({ context, origin, artifacts }) => {
    const page = await context.newPage();
    const w = watch(page, origin);
    await page.goto(origin + '/');
    await waitReady(page);
    const api = async (cmd) => {
      const r = JSON.parse(await page.evaluate((c) => Module.ccall('facturier_api', 'string', ['string'], [JSON.stringify(c)]), cmd));
      assert(r.ok, `${cmd.op}: ${r.error} ${r.detail || ''} ${JSON.stringify(r.issues || [])}`);
      return r;
    };
    const saved = () => page.waitForFunction(() => Module.ccall('facturier_save_state', 'number', [], []) === 0);
    const validate = async (id, name) => {
      const xml = (await api({ op: 'xml', id })).xml;
      const file = path.join(artifacts, `api-${name}.xml`);
      fs.writeFileSync(file, xml);
      // As a French platform checks it: XSD, CEN EN 16931, Factur-X and BR-FR v1.4 (validate-einvoice.sh).
      execFileSync('bash', [path.join(VALIDATORS, 'validate-einvoice.sh'), file, path.join(artifacts, `api-${name}-validation`)], { stdio: 'pipe' });
      const pdf = Buffer.from((await api({ op: 'pdf', id })).base64, 'base64');
      const pdfFile = path.join(artifacts, `api-${name}.pdf`);
      fs.writeFileSync(pdfFile, pdf);
      assert(execFileSync('qpdf', ['--show-attachment=factur-x.xml', pdfFile]).toString() === xml, `${name}: embedded XML differs`);
      return execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-']).toString().replace(/[\u00a0\u202f]/g, ' ');
    };
    await page.evaluate(() => Module.ccall('facturier_load_sample', 'number', [], []));
    await saved();

    // Reverse charge to a German business, in English.
    const client = await api({ op: 'addClient', client: { id: 'x', kind: 'business', name: 'Bäckerei Müller GmbH', vatNumber: 'DE123456789', email: 'rechnungen@baeckerei-mueller.example',
      language: 'en', address: { line1: 'Königstraße 1', postcode: '70173', city: 'Stuttgart', country: 'DE' } } });
    const rc = await api({ op: 'draft', type: 'invoice', clientId: client.id, lines: [
      { description: 'Beratung (reverse charge)', quantity: '3', unitCode: 'DAY', unitPrice: '700', vatCategory: 'AE', vatRate: '0' }] });
    const rcNumber = (await api({ op: 'issue', id: rc.id })).number;
    const rcText = await validate(rc.id, 'reverse-charge');
    assert(rcText.includes(rcNumber) && rcText.includes('€2,100.00') && rcText.includes('Reverse charge'), 'reverse charge PDF text');

    // Quote → 30 % deposit → final invoice deducting it.
    const quote = await api({ op: 'draft', type: 'quote', clientId: client.id, lines: [
      { description: 'Ladeneinrichtung', quantity: '1', unitPrice: '10000', vatCategory: 'AE', vatRate: '0' }] });
    await api({ op: 'issue', id: quote.id });
    const deposit = await api({ op: 'deposit', id: quote.id, percent: '30' });
    await api({ op: 'issue', id: deposit.id });
    await validate(deposit.id, 'deposit');
    const final = await api({ op: 'convert', id: quote.id });
    await api({ op: 'issue', id: final.id });
    const finalDoc = await api({ op: 'document', id: final.id });
    assert(finalDoc.document.type === 'finalInvoice' && finalDoc.totals.prepaid === 300000 && finalDoc.totals.due === 700000,
      'final invoice totals ' + JSON.stringify(finalDoc.totals));
    await validate(final.id, 'final');

    // A partial credit note on the reverse-charge invoice, then payment of the rest.
    const credit = await api({ op: 'credit', id: rc.id, amount: 50000 });
    await api({ op: 'issue', id: credit.id });
    await validate(credit.id, 'credit-note');
    // A dollar invoice to a French business with its rate (BT-6, BT-111: BR-FR-CO-12), paid at the counter (S2).
    const fr = await api({ op: 'addClient', client: { id: 'x', kind: 'business', name: 'Studio Lumière SARL', siren: '443061841',
      vatNumber: 'FR64443061841', address: { line1: '3 rue Oberkampf', postcode: '75011', city: 'Paris', country: 'FR' } } });
    const usd = await api({ op: 'draft', type: 'invoice', clientId: fr.id, currency: 'USD', paidAtIssue: true,
      exchangeRate: { perEuro: '1.0823', date: '2026-11-20', source: 'BCE' },
      lines: [{ description: 'Licence annuelle', quantity: '1', unitCode: 'C62', unitPrice: '1250', vatCategory: 'S', vatRate: '20' }] });
    await api({ op: 'issue', id: usd.id });
    const usdXml = (await api({ op: 'xml', id: usd.id })).xml;
    assert(usdXml.includes('<ram:TaxTotalAmount currencyID="EUR">') && usdXml.includes('<ram:ID>S2</ram:ID>'), 'USD XML: BT-111 and S2');
    const usdText = await validate(usd.id, 'usd-paid');
    assert(usdText.includes('TVA en euros') && usdText.includes('Facture acquittée le'), 'USD PDF: VAT in euros, paid');
    // A consumer reached by e-mail (B2C, BT-49 as EM).
    const person = await api({ op: 'addClient', client: { id: 'x', kind: 'consumer', name: 'Gaëlle Dupré', email: 'gaelle.dupre@example.org',
      address: { line1: '8 rue Émile Zola', postcode: '33000', city: 'Bordeaux', country: 'FR' } } });
    const b2c = await api({ op: 'draft', type: 'invoice', clientId: person.id,
      lines: [{ description: 'Retouches — robe', quantity: '1', unitCode: 'C62', unitPrice: '145', vatCategory: 'S', vatRate: '20' }] });
    await api({ op: 'issue', id: b2c.id });
    await validate(b2c.id, 'b2c');

    await api({ op: 'pay', id: rc.id, amount: 160000, reference: 'SEPA-42' });
    await saved();
    await page.reload();
    await waitReady(page);
    const after = await api({ op: 'document', id: rc.id });
    assert(after.document.status === 'paid' && after.totals.balance === 0, 'after reload ' + JSON.stringify(after.totals) + ' ' + after.document.status);
    assert(w.foreign.length === 0, 'foreign requests: ' + w.foreign.join(', '));
    await page.close();
  }],
]);
