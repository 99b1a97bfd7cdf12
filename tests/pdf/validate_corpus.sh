#!/usr/bin/env bash
# Runs the official validators on the whole corpus, through the CLI a user would use:
#   - every factur-x.xml embedded in a PDF equals the XML written beside it, and passes the CEN
#     EN 16931 and Factur-X 1.09 XSD + schematron (../shared/validators/validate-cii.sh);
#   - every PDF passes PDFBox Preflight except the PDF/A-1-only findings (preflight is a PDF/A-1b
#     validator: embedded files 1.2.9/1.4.7, pdfaid:part 7.11.2 are what PDF/A-3 adds).
# Usage: validate_corpus.sh FACTURIER-BINARY WORK-DIR
set -uo pipefail
BIN=$1; WORK=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VALIDATORS=${FACTURIER_VALIDATORS:-$ROOT/../shared/validators}
[ -x "$VALIDATORS/validate-cii.sh" ] || [ -f "$VALIDATORS/validate-cii.sh" ] || { echo "validators not found in $VALIDATORS"; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK/out" "$WORK/logs"
"$BIN" sample --corpus -o "$WORK/corpus.json" || exit 1
"$BIN" batch "$WORK/corpus.json" -o "$WORK/out" || exit 1
fail=0; xmls=0; pdfs=0
for pdf in "$WORK"/out/*.pdf; do
  base=${pdf%.pdf}; pdfs=$((pdfs + 1))
  if [ -f "$base.xml" ]; then
    qpdf --show-attachment=factur-x.xml "$pdf" > "$base.embedded.xml" || { echo "FAIL $pdf: no factur-x.xml attachment"; fail=1; }
    cmp -s "$base.xml" "$base.embedded.xml" || { echo "FAIL $pdf: embedded XML differs"; fail=1; }
  fi
done
export VALIDATORS WORK
ls "$WORK"/out/*.xml | grep -v embedded | xargs -P 2 -I{} bash -c \
  'n=$(basename {} .xml); bash "$VALIDATORS/validate-cii.sh" {} "$WORK/logs/$n" > "$WORK/logs/$n.cii.txt" 2>&1; echo $? > "$WORK/logs/$n.cii.rc"'
for rc in "$WORK"/logs/*.cii.rc; do
  xmls=$((xmls + 1)); n=$(basename "$rc" .cii.rc)
  [ "$(cat "$rc")" = 0 ] || { echo "FAIL $n.xml:"; grep -E "error|fatal|INVALID" "$WORK/logs/$n.cii.txt" | head -5; fail=1; }
done
ls "$WORK"/out/*.pdf | xargs -P 2 -I{} bash -c \
  'n=$(basename {} .pdf); (cd "$WORK/logs" && bash "$VALIDATORS/preflight.sh" {} > "$n.preflight.txt" 2>&1); true'
checked=0
for log in "$WORK"/logs/*.preflight.txt; do
  n=$(basename "$log" .preflight.txt); checked=$((checked + 1))
  findings=$(grep -E "^[0-9]+(\.[0-9]+)+ : " "$log" | grep -vE "^(1\.2\.9|1\.4\.7|7\.11\.2) : " || true)
  if [ -n "$findings" ]; then echo "FAIL $n.pdf preflight:"; echo "$findings" | head -5; fail=1; fi
  grep -qE "is a valid PDF/A-1b|not a valid PDF/A-1b" "$log" || { echo "FAIL $n.pdf: preflight did not run"; tail -3 "$log"; fail=1; }
done
[ "$checked" = "$pdfs" ] || { echo "FAIL: preflight checked $checked of $pdfs PDFs"; fail=1; }
[ "$xmls" -ge 25 ] || { echo "FAIL: only $xmls XML files"; fail=1; }
echo "validated $xmls Factur-X XML files and $pdfs PDF files: $([ $fail = 0 ] && echo all valid || echo FAILURES)"
exit $fail
