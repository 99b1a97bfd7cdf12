#!/usr/bin/env bash
# Runs the official validators on the whole corpus, through the CLI a user would use:
#   - every factur-x.xml embedded in a PDF equals the XML written beside it, and the PDF passes what a
#     French platform checks (../shared/validators/validate-einvoice.sh: Factur-X XSD, CEN EN 16931,
#     Factur-X 1.09, BR-FR v1.4 FATAL), except the rules listed below that cannot apply;
#   - every PDF passes PDFBox Preflight except the PDF/A-1-only findings (preflight is a PDF/A-1b
#     validator: embedded files 1.2.9/1.4.7, pdfaid:part 7.11.2 are what PDF/A-3 adds).
# Usage: validate_corpus.sh FACTURIER-BINARY WORK-DIR
set -uo pipefail
BIN=$1; WORK=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VALIDATORS=${FACTURIER_VALIDATORS:-$ROOT/../shared/validators}
[ -f "$VALIDATORS/validate-einvoice.sh" ] || { echo "validators not found in $VALIDATORS"; exit 1; }
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
# Like a French platform (PA): validate-einvoice.sh on each Factur-X PDF (its factur-x.xml, equal to the
# XML beside it as checked above): Factur-X XSD, CEN EN 16931, Factur-X and the French rules BR-FR v1.4.
ls "$WORK"/out/*.pdf | xargs -P 2 -I{} bash -c \
  'n=$(basename {} .pdf); [ -f "$WORK/out/$n.xml" ] || exit 0; bash "$VALIDATORS/validate-einvoice.sh" {} "$WORK/logs/$n" > "$WORK/logs/$n.einvoice.txt" 2>&1; echo $? > "$WORK/logs/$n.einvoice.rc"'
# Rules that cannot apply to a document, by its BAR treatment, each with its reason:
#   B2C  BR-FR-12_BT-49  a consumer has no electronic invoicing address: B2C sales are e-reported
#                        (transaction data sent by the seller's platform), never e-invoiced to the buyer.
allowed_for() { case "$1" in B2C) echo "BR-FR-12_BT-49" ;; *) echo "" ;; esac; }
for rc in "$WORK"/logs/*.einvoice.rc; do
  xmls=$((xmls + 1)); n=$(basename "$rc" .einvoice.rc); log="$WORK/logs/$n.einvoice.txt"
  grep -q "\[sch-br-fr\]" "$log" || { echo "FAIL $n: the French rules did not run"; fail=1; }
  treatment=$(xmlstarlet sel -t -v "//*[local-name()='IncludedNote'][*[local-name()='SubjectCode']='BAR']/*[local-name()='Content']" "$WORK/out/$n.xml")
  allowed=$(allowed_for "$treatment")
  errors=$(grep -E "^    (fatal|error) " "$log" | awk '{print $2}' | tr -d ':' | grep -vxF -e "${allowed:-^}" || true)
  other=$(grep -E "errors:|not well-formed|saxon failed|no factur-x.xml" "$log" || true)
  if [ -n "$errors" ] || [ -n "$other" ]; then echo "FAIL $n ($treatment):"; { echo "$other"; grep -E "^    (fatal|error) " "$log"; } | head -6; fail=1; fi
  [ -n "$allowed" ] && grep -q "$allowed" "$log" && echo "  $n ($treatment): $allowed does not apply (listed above)"
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
