#!/usr/bin/env bash
# The facturier command line: help, version, and a clear error (never a crash) for bad input.
# Usage: cli.sh FACTURIER-BINARY WORK-DIR      Prints "N passed, N failed".
set -u
BIN=$1; WORK=$2
rm -rf "$WORK"; mkdir -p "$WORK"
passed=0; failed=0
expect() {  # expect NAME EXPECTED-EXIT PATTERN -- command...
  local name=$1 code=$2 pattern=$3; shift 4
  local out rc
  out=$("$@" 2>&1); rc=$?
  if [ "$rc" = "$code" ] && grep -qE "$pattern" <<<"$out"; then passed=$((passed + 1));
  else failed=$((failed + 1)); echo "FAIL $name (exit $rc): $(head -3 <<<"$out")"; fi
}
expect "help lists the commands" 0 "render WORKSPACE.json" -- "$BIN" --help
expect "version" 0 "^facturier [0-9]+\.[0-9]+\.[0-9]+" -- "$BIN" --version
expect "unknown command" 2 "unknown command \"fly\"" -- "$BIN" fly
"$BIN" sample -o "$WORK/ws.json"
expect "render by number" 0 "1 page\(s\)" -- "$BIN" render "$WORK/ws.json" F-2026-0001 -o "$WORK/f1.pdf" --xml "$WORK/f1.xml"
expect "unknown document id" 2 "no document with id or number \"F-1999-0001\"" -- "$BIN" render "$WORK/ws.json" F-1999-0001 -o "$WORK/x.pdf"
echo '{"documents": [' > "$WORK/broken.json"
expect "malformed workspace" 2 "is not a valid workspace: not valid JSON" -- "$BIN" render "$WORK/broken.json" F-2026-0001 -o "$WORK/x.pdf"
expect "missing file" 2 "cannot read" -- "$BIN" validate "$WORK/missing.json"
expect "quotes have no XML" 2 "quotes have no e-invoice XML" -- "$BIN" render "$WORK/ws.json" D-2026-0001 -o "$WORK/q.pdf" --xml "$WORK/q.xml"
expect "sample workspace validates" 0 "" -- "$BIN" validate "$WORK/ws.json"
sed 's/"unitPrice": "650"/"unitPrice": "6500"/' "$WORK/ws.json" > "$WORK/tampered.json"
expect "an edited issued invoice is reported" 1 "F-2026-0001: changed after it was issued" -- "$BIN" validate "$WORK/tampered.json"
expect "batch renders every issued document" 0 "^5 document\(s\) rendered" -- "$BIN" batch "$WORK/ws.json" -o "$WORK/out"
[ -f "$WORK/out/F-2026-0002.xml" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL batch wrote no XML"; }
expect "CSV export writes four files" 0 "^4 CSV files written" -- "$BIN" export csv "$WORK/ws.json" -o "$WORK/csv"
head -1 "$WORK/csv/documents.csv" | grep -q "id;number;type" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL documents.csv header"; }
expect "FEC export names its file SIREN + FEC + closing date" 0 "732829320FEC20261231.txt" -- "$BIN" export fec "$WORK/ws.json" --closing 2026-12-31 -o "$WORK/fec"
expect "export needs a format" 2 "usage: facturier export csv" -- "$BIN" export "$WORK/ws.json" -o "$WORK/csv"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
