#!/usr/bin/env bash
# Property: documents validate() accepts are accepted by a French platform. Generates COUNT documents
# over every case (tests/generators/generate_einvoices.cpp) and runs validate-einvoice.sh (XSD, CEN, BR-FR) on
# each; the rules that cannot apply are those of validate_corpus.sh (B2C: BR-FR-12_BT-49).
# Usage: validate_generated.sh GENERATOR WORK-DIR [COUNT] [SEED]      Prints "N passed, N failed".
set -uo pipefail
GEN=$1; WORK=$2; COUNT=${3:-40}; SEED=${4:-$(date +%Y%m%d)}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VALIDATORS=${FACTURIER_VALIDATORS:-$ROOT/../shared/validators}
rm -rf "$WORK"; mkdir -p "$WORK/out" "$WORK/logs"
echo "seed $SEED (re-run: validate_generated.sh GENERATOR DIR $COUNT $SEED)"
"$GEN" "$WORK/out" "$COUNT" "$SEED" > "$WORK/cases.txt" || { echo "generator made too few documents"; echo "0 passed, 1 failed"; exit 1; }
awk '{print $2" "$3" "$4" "$5}' "$WORK/cases.txt" | sort | uniq -c
export VALIDATORS WORK
ls "$WORK"/out/*.xml | xargs -P 2 -I{} bash -c \
  'n=$(basename {} .xml); bash "$VALIDATORS/validate-einvoice.sh" {} "$WORK/logs/$n" > "$WORK/logs/$n.txt" 2>&1'
passed=0; failed=0
while read -r path type currency treatment _; do
  n=$(basename "$path" .xml); log="$WORK/logs/$n.txt"
  allowed=""; [ "$treatment" = B2C ] && allowed="BR-FR-12_BT-49"
  errors=$(grep -E "^    (fatal|error) " "$log" | awk '{print $2}' | tr -d ':' | grep -vxF -e "${allowed:-^}" || true)
  other=$(grep -E "errors:|not well-formed|saxon failed" "$log" || true)
  grep -q "\[sch-br-fr\]" "$log" || other="the French rules did not run"
  if [ -z "$errors" ] && [ -z "$other" ]; then passed=$((passed + 1));
  else failed=$((failed + 1)); echo "FAIL $n ($type $currency $treatment):"; { echo "$other"; grep -E "^    (fatal|error) " "$log"; } | head -5; fi
done < "$WORK/cases.txt"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -ge "$COUNT" ]
