#!/usr/bin/env bash
# PDF benchmark: Facturier (wasm in Node, and native) beside the JavaScript PDF libraries of
# ../shared/anchors/pdf-js, same invoice, same DejaVu faces, runs interleaved, in one table.
#   bench/pdf.sh                       # 3 runs, N=200 warm documents each
#   RUNS=5 BENCH_N=500 bench/pdf.sh
#   LIBS="facturier facturier-native pdfmake" bench/pdf.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source tools/env.sh
ANCHORS=${ANCHORS:-$ROOT/../shared/anchors/pdf-js}
W=$ROOT/build/bench/pdf-js
RUNS=${RUNS:-3}
read -r -a LIBS <<< "${LIBS:-facturier facturier-native jspdf pdfmake pdf-lib react-pdf pdfme}"

tools/setup >/dev/null
cmake --preset native >/dev/null && cmake --build --preset native --target bench_pdf facturier >/dev/null
cmake --preset wasm >/dev/null && cmake --build --preset wasm >/dev/null
export FACTURIER_NODE_DIR=$ROOT/build/wasm/node FACTURIER_BENCH_PDF=$ROOT/build/native/bench/bench_pdf

# A copy of the harness with its pinned npm packages, and Facturier's two entries added to it.
if [ ! -d "$W/node_modules" ] || ! cmp -s "$ANCHORS/package-lock.json" "$W/package-lock.json"; then
  rm -rf "$W"; mkdir -p "$(dirname "$W")"; cp -r "$ANCHORS" "$W"
  (cd "$W" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
cp bench/pdf/*.mjs "$W/bench/"
grep -q "'facturier'" "$W/lib/report.mjs" || sed -i \
  -e "s/^const LIBS = \[/const LIBS = ['facturier', 'facturier-native', /" \
  -e "s/^const PDFA = {/const PDFA = {\n  'facturier': 'Yes: PDF\/A-3b, pdfaid + fx XMP, sRGB OutputIntent, factur-x.xml EmbeddedFile + \/AF, trailer \/ID (EN 16931 XML validated)',\n  'facturier-native': 'Yes: same bytes as the wasm build',/" \
  "$W/lib/report.mjs"

cd "$W"
STAMP=$(date +%Y%m%d-%H%M%S); RES=results/$STAMP; mkdir -p "$RES" out
for ((run = 1; run <= RUNS; run++)); do
  for lib in "${LIBS[@]}"; do
    echo "run $run/$RUNS: $lib" >&2
    node bench/$lib.mjs >> "$RES/bench-$lib.jsonl"
  done
done
for lib in "${LIBS[@]}"; do node lib/check-pdf.mjs out/$lib.pdf > "$RES/check-$lib.json"; done

# Download size: for Facturier the whole browser app (wasm + js, gzip -9); for the libraries their
# browser bundle (esbuild --minify, gzip -9), as the anchors' run-all.sh measures it.
ESB=node_modules/.bin/esbuild
{
  echo '{'
  first=1
  for lib in "${LIBS[@]}"; do
    case $lib in
      facturier|facturier-native)
        raw=$(cat "$ROOT"/build/wasm/site/facturier.{js,wasm} | wc -c)
        gz=$(( $(gzip -9 -c "$ROOT/build/wasm/site/facturier.js" | wc -c) + $(gzip -9 -c "$ROOT/build/wasm/site/facturier.wasm" | wc -c) ))
        note="whole app: ImGui UI + core; renderer only in bench" ;;
      *)
        extra=(); note=""
        [ "$lib" = jspdf ] && extra=(--external:html2canvas --external:dompurify --external:canvg) && note="optional html2canvas/dompurify/canvg external"
        $ESB bundle/entry-$lib.mjs --bundle --minify --platform=browser "${extra[@]}" --outfile=bundle/$lib.min.js --log-level=error
        raw=$(wc -c < bundle/$lib.min.js); gz=$(gzip -9 -c bundle/$lib.min.js | wc -c) ;;
    esac
    [ $first = 1 ] || echo ','
    first=0
    printf '"%s": {"raw": %s, "gz": %s, "note": "%s"}' "$lib" "$raw" "$gz" "$note"
  done
  echo '}'
} > "$RES/bundle.json"

echo "Command: ${LIBS:+LIBS=\"${LIBS[*]}\" }RUNS=$RUNS BENCH_N=${BENCH_N:-200} bench/pdf.sh"
node lib/report.mjs "$RES" | tee "$RES/table.md"
echo
echo "Raw results: $W/$RES"
