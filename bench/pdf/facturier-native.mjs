// Facturier's native build on the same invoice: bench_pdf times the renderer in-process and prints the
// harness's JSON line (cold = first document including font parsing; warm = mean of N after W).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { facturierDocument } from './invoice-document.mjs';

const N = Number(process.env.BENCH_N || 200), W = Number(process.env.BENCH_WARMUP || 20);
mkdirSync(new URL('../out/', import.meta.url), { recursive: true });
const docFile = new URL('../out/facturier-native-doc.json', import.meta.url).pathname;
writeFileSync(docFile, JSON.stringify(facturierDocument(0)));
const out = new URL('../out/facturier-native.pdf', import.meta.url).pathname;
process.stdout.write(execFileSync(process.env.FACTURIER_BENCH_PDF, [docFile, String(N), String(W), out], { encoding: 'utf8' }));
