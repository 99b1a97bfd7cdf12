// The anchors' invoice (lib/invoice.mjs: same seller, buyer, 15 lines, rates and DejaVu faces) as a
// Facturier document, so Facturier renders the same content as the JavaScript libraries.
import { invoice } from '../lib/invoice.mjs';

const plain = (s) => s.replace(/\u00a0/g, '').replace(/\s/g, '').replace('%', '').replace(',', '.');

export function facturierDocument(n) {
  const inv = invoice(n);
  return {
    id: 'bench-' + n, type: 'invoice', status: 'issued', number: inv.number.replace('N° ', ''),
    seriesId: 'invoice', language: 'fr', currency: 'EUR', clientId: 'cli-1',
    seller: {
      name: inv.seller.name, legalForm: 'company', legalFormName: 'SARL', capital: '10 000 €', rcs: 'RCS Lyon',
      siren: '123456789', siret: '12345678900012', vatNumber: 'FR12123456789', vatRegime: 'registered',
      address: { line1: '12 rue de la Forêt', postcode: '69002', city: 'Lyon', country: 'FR' },
      email: 'contact@atelier-lumiere.fr', phone: '04 72 00 00 00',
      iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP',
    },
    buyer: {
      id: 'cli-1', kind: 'business', name: inv.buyer.name, siren: '987654321', vatNumber: 'FR98987654321',
      address: { line1: '3 place du Général-de-Gaulle', line2: "À l'attention de M. François Dupré", postcode: '35000', city: 'Rennes', country: 'FR' },
      language: 'fr', paymentTermDays: 30,
    },
    issueDate: '2025-03-15', deliveryDate: '2025-03-15', dueDate: '2025-04-14',
    terms: { days: 30, penaltyRate: '12.15' },
    notes: inv.subject,
    lines: inv.rows.map(([description, qty, pu, vat]) => ({
      description, quantity: plain(qty), unitCode: 'C62', unitPrice: plain(pu), vatCategory: 'S', vatRate: plain(vat),
    })),
  };
}
