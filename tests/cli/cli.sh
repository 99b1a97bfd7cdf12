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

# [Archive] 10 years: every issued document, the JSON, the FEC, the journal, SHA-256 of each file.
expect "archive holds every issued document" 0 "5 document\(s\)" -- "$BIN" archive "$WORK/ws.json" -o "$WORK/archive.zip" --date 2026-11-23
expect "a fresh archive verifies" 0 "OK — .* 5 issued documents, journal of [0-9]+ entries intact" -- "$BIN" verify-archive "$WORK/archive.zip"
( cd "$WORK" && rm -rf unz && mkdir unz && cd unz && python3 -m zipfile -e ../archive.zip . && sha256sum -c --quiet SHA256SUMS ) \
  && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL standard tools (python zipfile, sha256sum -c) read the archive"; }
# Flip one byte inside the first PDF's data: verification fails and names that file.
python3 - "$WORK/archive.zip" "$WORK/flipped.zip" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
data = bytearray(open(src, 'rb').read())
info = next(i for i in zipfile.ZipFile(src).infolist() if i.filename.endswith('.pdf'))
at = info.header_offset + 30 + len(info.filename.encode()) + 500
data[at] ^= 0x01
open(dst, 'wb').write(data)
PY
first_pdf=$(python3 -c "import zipfile,sys; print(next(i.filename for i in zipfile.ZipFile(sys.argv[1]).infolist() if i.filename.endswith('.pdf')))" "$WORK/archive.zip")
expect "one flipped byte fails and names the file" 1 "FAILED.$first_pdf: SHA-256 mismatch" -- "$BIN" verify-archive "$WORK/flipped.zip"
head -c 100000 "$WORK/archive.zip" > "$WORK/truncated.zip"
expect "a truncated archive is reported" 1 "archive: no end of central directory" -- "$BIN" verify-archive "$WORK/truncated.zip"
expect "a yearly archive holds that year's documents" 0 "archive-2026.zip: 5 document" -- "$BIN" archive "$WORK/ws.json" --year 2026 -o "$WORK/archive-2026.zip"
expect "a yearly archive verifies" 0 "OK — .* 5 issued documents" -- "$BIN" verify-archive "$WORK/archive-2026.zip"
expect "a year must be a year" 2 "usage: facturier archive" -- "$BIN" archive "$WORK/ws.json" --year vingt -o "$WORK/x.zip"
expect "an archive of a tampered workspace is refused" 2 "does not hold together" -- "$BIN" archive "$WORK/tampered.json" -o "$WORK/t.zip"

# [Local day] Without --date the archive is dated today in the user's time zone, never the UTC day:
# at 2026-11-29T23:30Z it is 00:30 on the 30th in Paris, and the FEC then holds the invoice of the 30th.
"$BIN" sample --date 2026-12-05 -o "$WORK/december.json"   # its F-2026-0004 is dated 2026-11-30
archive_day() {  # archive_day ZONE → "<manifest created> <FEC holds F-2026-0004>"
  TZ=$1 FACTURIER_NOW=2026-11-29T23:30:00Z "$BIN" archive "$WORK/december.json" -o "$WORK/day.zip" >/dev/null || return 2
  python3 - "$WORK/day.zip" <<'PY'
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
fec = next(n for n in z.namelist() if n.startswith('comptabilite/') and 'FEC' in n)
print(json.loads(z.read('manifest.json'))['created'], 'F-2026-0004' in z.read(fec).decode())
PY
}
expect "archive near midnight in Paris is dated the local day" 0 "^2026-11-30 True$" -- archive_day Europe/Paris
expect "archive in Kiritimati (UTC+14) is dated its local day" 0 "^2026-11-30 True$" -- archive_day Pacific/Kiritimati
expect "archive in Los Angeles is still dated the 29th" 0 "^2026-11-29 False$" -- archive_day America/Los_Angeles
expect "FACTURIER_NOW must be an instant" 2 "FACTURIER_NOW=demain is not an ISO instant" -- env FACTURIER_NOW=demain "$BIN" archive "$WORK/december.json" -o "$WORK/x.zip"

expect "export json writes a checked backup" 0 "6 document\(s\), 3 client\(s\)" -- "$BIN" export json "$WORK/ws.json" -o "$WORK/exported.json"
expect "export json refuses a tampered workspace" 2 "cannot be exported \(backup.integrity\)" -- "$BIN" export json "$WORK/tampered.json" -o "$WORK/x.json"

# [Currencies] yen and Kuwaiti dinars (0 and 3 minor digits) through every command: render, CSV,
# archive, backup and restore once aborted on them (std::length_error in the decimal formatting).
"$BIN" sample --corpus -o "$WORK/corpus.json"
number_in() { python3 -c 'import json,sys; w=json.load(open(sys.argv[1])); print(next(d["number"] for d in w["documents"] if d["currency"]==sys.argv[2]))' "$WORK/corpus.json" "$1"; }
jpy=$(number_in JPY); kwd=$(number_in KWD)
expect "render a yen invoice" 0 "1 page\(s\)" -- "$BIN" render "$WORK/corpus.json" "$jpy" -o "$WORK/jpy.pdf" --xml "$WORK/jpy.xml"
grep -q "<ram:GrandTotalAmount>22140</ram:GrandTotalAmount>" "$WORK/jpy.xml" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL yen total 22140 in the XML"; }
expect "render a Kuwaiti dinar invoice" 0 "1 page\(s\)" -- "$BIN" render "$WORK/corpus.json" "$kwd" -o "$WORK/kwd.pdf" --xml "$WORK/kwd.xml"
grep -q "<ram:GrandTotalAmount>37.04</ram:GrandTotalAmount>" "$WORK/kwd.xml" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL dinar total 37.04 in the XML"; }
pdftotext "$WORK/jpy.pdf" - | grep -q "22,140" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the yen PDF prints 22,140"; }
expect "CSV export of yen and dinars" 0 "^4 CSV files written" -- "$BIN" export csv "$WORK/corpus.json" -o "$WORK/corpus-csv"
grep "^[^;]*;$jpy;" "$WORK/corpus-csv/documents.csv" | grep -q ";JPY;22140;0;22140;" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL yen row of documents.csv"; }
expect "archive with yen and dinars" 0 "document\(s\)" -- "$BIN" archive "$WORK/corpus.json" -o "$WORK/corpus.zip" --date 2026-11-23
expect "that archive verifies" 0 "OK — " -- "$BIN" verify-archive "$WORK/corpus.zip"
expect "backup with yen and dinars" 0 "document\(s\)" -- "$BIN" export json "$WORK/corpus.json" -o "$WORK/corpus-backup.json"
expect "restore of that backup" 0 "restored [0-9]+ document\(s\)" -- "$BIN" restore "$WORK/corpus-backup.json" -o "$WORK/corpus-restored.json"
sed 's/"currency": "JPY"/"currency": "YEN"/' "$WORK/corpus-backup.json" > "$WORK/corpus-yen.json"
expect "an unknown currency code is refused by restore with its path" 2 "documents\[[0-9]+\]\.currency: unknown currency" -- "$BIN" restore "$WORK/corpus-yen.json" -o "$WORK/x.json"

# [Restore] checked completely first; nothing written when damaged; replace only when asked.
cp "$WORK/ws.json" "$WORK/backup.json"
echo '{"keep": "me"}' > "$WORK/existing.json"
head -c 3000 "$WORK/backup.json" > "$WORK/backup-truncated.json"
expect "a truncated backup is refused" 2 "cannot be restored \(backup.invalid\): not valid JSON; nothing was written" -- "$BIN" restore "$WORK/backup-truncated.json" -o "$WORK/existing.json" --replace
sed 's/"vatRate": "20"/"vatRate": "vingt"/' "$WORK/backup.json" > "$WORK/backup-corrupt.json"
expect "a corrupted backup names the field" 2 "[a-z]+\[[0-9]+\](\.lines\[[0-9]+\])?\.vatRate: \"vingt\" is not a decimal" -- "$BIN" restore "$WORK/backup-corrupt.json" -o "$WORK/existing.json" --replace
grep -q '"keep": "me"' "$WORK/existing.json" && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL the existing workspace was changed"; }
expect "restore does not replace without --replace" 2 "already exists: add --replace" -- "$BIN" restore "$WORK/backup.json" -o "$WORK/existing.json"
expect "restore writes a checked backup" 0 "restored [0-9]+ document\(s\)" -- "$BIN" restore "$WORK/backup.json" -o "$WORK/existing.json" --replace
expect "the restored workspace validates" 0 "" -- "$BIN" validate "$WORK/existing.json"

# [Numbering] Two issued invoices numbered F-2026-0120 and none numbered F-2026-0121, every journal entry
# and hash intact (tests/cli/numbering-fault.json, made by test_app): every entry point names both
# numbers, and no export writes two documents to one file.
FAULT=$(cd "$(dirname "$0")" && pwd)/numbering-fault.json
DUP="F-2026-0120 is used by 2 documents"; GAP="F-2026-0121 is missing between F-2026-0120 and F-2026-0122"
expect "validate names a number used twice" 1 "^integrity.error.$DUP$" -- "$BIN" validate "$FAULT"
expect "validate names a number missing" 1 "^integrity.error.$GAP$" -- "$BIN" validate "$FAULT"
expect "the backup check names both" 2 "cannot be exported \(backup.integrity\): $DUP; $GAP" -- "$BIN" export json "$FAULT" -o "$WORK/x.json"
expect "restore refuses a backup with a number used twice and one missing" 2 "cannot be restored \(backup.integrity\): $DUP; $GAP; nothing was written" -- "$BIN" restore "$FAULT" -o "$WORK/restored-fault.json"
[ ! -e "$WORK/restored-fault.json" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL restore wrote a workspace with numbering problems"; }
expect "archive refuses, both numbers named" 2 "does not hold together \($DUP; $GAP\): archive refused" -- "$BIN" archive "$FAULT" -o "$WORK/fault.zip" --date 2026-11-23
expect "render by a number used twice asks which" 2 "F-2026-0120 is used by several documents \(doc-1, doc-2\)" -- "$BIN" render "$FAULT" F-2026-0120 -o "$WORK/x.pdf"
expect "batch names the numbers and renders all three" 1 "^3 document\(s\) rendered into .*, 2 integrity problem\(s\)" -- "$BIN" batch "$FAULT" -o "$WORK/fault-batch"
expect "batch says which number is used twice" 1 "$DUP" -- "$BIN" batch "$FAULT" -o "$WORK/fault-batch"
[ "$(ls "$WORK/fault-batch"/*.pdf | wc -l)" = 3 ] && [ -f "$WORK/fault-batch/F-2026-0120_doc-1.pdf" ] && [ -f "$WORK/fault-batch/F-2026-0120_doc-2.xml" ] \
  && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "FAIL batch wrote two documents to one file: $(ls "$WORK/fault-batch")"; }
# An archive of that workspace made elsewhere (an older version): its hashes all match, yet it does not verify.
python3 - "$FAULT" "$WORK/fault-archive.zip" <<'PY'
import hashlib, json, sys, zipfile
ws_text = open(sys.argv[1], 'rb').read()
ws = json.loads(ws_text)
files = [('documents/%s-%s.pdf' % (d['number'], d['id']), b'%PDF-1.7 pretend ' + d['id'].encode())
         for d in ws['documents'] if d.get('status') != 'draft']
files += [('workspace.json', ws_text), ('journal.json', json.dumps(ws['journal']).encode())]
manifest = json.dumps({'format': 'facturier-archive', 'version': 1, 'created': '2026-11-23', 'year': None,
                       'issuedDocuments': len(files) - 2,
                       'journal': {'entries': len(ws['journal']), 'head': ws['journal'][-1]['hash']},
                       'files': [{'path': p, 'size': len(b), 'sha256': hashlib.sha256(b).hexdigest()} for p, b in files]}).encode()
sums = ''.join('%s  %s\n' % (hashlib.sha256(b).hexdigest(), p) for p, b in files + [('manifest.json', manifest)])
with zipfile.ZipFile(sys.argv[2], 'w') as z:
    for p, b in files + [('manifest.json', manifest), ('SHA256SUMS', sums.encode())]: z.writestr(p, b)
PY
expect "verify-archive names a number used twice" 1 "FAILED.workspace.json: $DUP" -- "$BIN" verify-archive "$WORK/fault-archive.zip"
expect "verify-archive names a number missing" 1 "FAILED.workspace.json: $GAP" -- "$BIN" verify-archive "$WORK/fault-archive.zip"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
