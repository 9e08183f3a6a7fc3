#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds from the repository. Safe to re-run: files are named by
# content hash, so nothing is duplicated, and what the fuzzers found is kept.
#
# Targets that take a selector byte (registration, document, table, evaluator) get it prefixed
# here, chosen from the seed's extension (see each fuzz_targets/*.rs for the byte's meaning).
# Seeds over 1 MiB are skipped: libFuzzer truncates inputs to -max_len (at most 1 MiB) anyway.
set -euo pipefail
cd "$(dirname "$0")"
repo=..
corpus=corpus
max=$((1 << 20))
mkdir -p "$corpus"/{rules,registration,document,table,spreadsheet,matcher,evaluator}

# add TARGET FILE [PREFIX-BYTE-IN-OCTAL]
add() {
    local target=$1 file=$2 prefix=${3:-} tmp hash
    [ -f "$file" ] || return 0
    [ "$(stat -c %s "$file")" -le "$max" ] || return 0
    tmp=$(mktemp)
    if [ -n "$prefix" ]; then printf "\\$prefix" >"$tmp"; fi
    cat "$file" >>"$tmp"
    hash=$(sha1sum "$tmp" | cut -c1-16)
    mv "$tmp" "$corpus/$target/seed-$hash"
}

shopt -s nullglob globstar
bad=$repo/tests/bad-input   # hostile inputs, when present

# rules: rule files (selector-free).
for f in $repo/rules/*.rl $repo/tests/fixtures/**/*.rl $bad/**/*.rl; do add rules "$f"; done

# registration: byte 0 even = YAML, odd = JSON.
for f in $repo/examples/registrations/* $repo/tests/fixtures/**/*.yaml $repo/tests/fixtures/**/*.yml \
         $bad/yaml/* $bad/**/*.yaml; do add registration "$f" 000; done
for f in $repo/examples/registrations/*.json $repo/tests/fixtures/**/*.json $bad/json/* $bad/**/*.json; do
    add registration "$f" 001
done

# document: byte 0 % 3 = 0 Markdown, 1 HTML, 2 text.
for f in $repo/examples/documents/*.md $bad/md/* $bad/**/*.md; do add document "$f" 000; done
for f in $repo/examples/documents/*.html $bad/html/* $bad/**/*.html; do add document "$f" 001; done
for f in $bad/txt/* $bad/**/*.txt; do add document "$f" 002; done

# table: byte 0 % 3 = 0 CSV, 1 TSV, 2 JSONL; byte 0 / 3 % 11 = forced encoding, 0 = autodetect
# (1 UTF-8, 2 GB18030, 3 GBK, 4 Big5, 5 UTF-16LE, 6 UTF-16BE, 7 windows-1251, 8 windows-1252,
# 9 Shift_JIS, 10 EUC-KR). Each file autodetected, GB18030 ones also forced.
for f in $repo/examples/entities/*.csv $bad/csv/*; do add table "$f" 000; done
for f in $bad/tsv/*; do add table "$f" 001; done
for f in $repo/examples/entities/*.jsonl $bad/jsonl/*; do add table "$f" 002; done
for f in $repo/examples/entities/*gb18030*.csv $bad/csv/*gb18030*; do add table "$f" 006; done  # 0 + 3*2
for f in $bad/csv/*utf16le* $bad/tsv/*utf16le*; do add table "$f" 017; done                     # 0 + 3*5 = 15
for f in $bad/csv/*utf16be* $bad/tsv/*utf16be*; do add table "$f" 022; done                     # 0 + 3*6 = 18
for f in $bad/csv/*1251*; do add table "$f" 025; done                                           # 0 + 3*7 = 21
for f in $bad/csv/*big5*; do add table "$f" 014; done                                           # 0 + 3*4 = 12

# spreadsheet: workbooks as they are.
for f in $repo/examples/entities/*.xlsx $repo/tests/**/*.xlsx $repo/tests/**/*.xls $repo/tests/**/*.ods \
         $repo/tests/**/*.xlsb; do
    add spreadsheet "$f"
done
# ... plus minimal hand-made workbooks (XLSX with shared and inline strings, ODS), small enough
# for mutations to reach the XML.
if command -v python3 >/dev/null; then
    python3 - "$corpus/spreadsheet" <<'PY'
import hashlib, io, os, sys, zipfile
out = sys.argv[1]
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
WBRELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
SST = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">'
       '<si><t>name</t></si><si><t>business_scope</t></si><si><t>深圳市稳定币科技有限公司</t></si><si><r><t>虚拟货币</t></r><r><t>兑换</t></r></si></sst>')
def sheet(rows):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + rows + '</sheetData></worksheet>')
SHARED = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
               '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
               '<row r="4"><c r="C4" t="n"><v>91440300</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" t="e"><v>#N/A</v></c></row>')
INLINE = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>scope</t></is></c></row>'
               '<row r="2"><c r="A2" t="inlineStr"><is><t>RWA Ltd</t></is></c><c r="XFD2" t="str"><v>USDT</v></c></row>')
def xlsx(sheet_xml, method):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as z:
        for name, text in [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("xl/workbook.xml", WB),
                           ("xl/_rels/workbook.xml.rels", WBRELS), ("xl/sharedStrings.xml", SST),
                           ("xl/worksheets/sheet1.xml", sheet_xml)]:
            z.writestr(name, text)
    return b.getvalue()
ODS_CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>'
    '<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>name</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>scope</text:p></table:table-cell></table:table-row>'
    '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>比特币矿机</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="3"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>')
def ods(method):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", ODS_CONTENT)
    return b.getvalue()
books = [xlsx(SHARED, zipfile.ZIP_DEFLATED), xlsx(SHARED, zipfile.ZIP_STORED),
         xlsx(INLINE, zipfile.ZIP_DEFLATED), xlsx(INLINE, zipfile.ZIP_STORED),
         ods(zipfile.ZIP_DEFLATED), ods(zipfile.ZIP_STORED)]
for data in books:
    with open(os.path.join(out, "seed-" + hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)
PY
fi

# matcher: every text file, as it is; evaluator: the same, with the kind picked by extension
# (byte 0 % 3 = 0 YAML, 1 Markdown, 2 HTML; JSON is read as YAML, text as Markdown).
texts=($repo/rules/*.rl $repo/examples/registrations/* $repo/examples/documents/* \
       $repo/examples/entities/*.csv $repo/examples/entities/*.jsonl $repo/tests/fixtures/**/*.* \
       $bad/**/*.yaml $bad/**/*.json $bad/**/*.md $bad/**/*.html $bad/**/*.txt $bad/**/*.csv \
       $bad/**/*.tsv $bad/**/*.jsonl $bad/**/*.rl)
for f in "${texts[@]}"; do
    add matcher "$f"
    case "$f" in
        *.yaml | *.yml | *.json) add evaluator "$f" 000 ;;
        *.md | *.txt) add evaluator "$f" 001 ;;
        *.html) add evaluator "$f" 002 ;;
    esac
done
# Registrations from the test corpus, one JSON object each (first 300).
if command -v python3 >/dev/null && [ -f $repo/tests/corpus/registrations.jsonl ]; then
    python3 - $repo/tests/corpus/registrations.jsonl "$corpus" <<'PY'
import hashlib, json, os, sys
src, out = sys.argv[1], sys.argv[2]
for line in open(src, encoding="utf-8").readlines()[:300]:
    record = json.loads(line)["record"]
    text = json.dumps(record, ensure_ascii=False, indent=1).encode()
    prose = "\n".join(str(v) for v in record.values()).encode()
    for target, data in [("registration", b"\x01" + text), ("evaluator", b"\x00" + text), ("matcher", prose)]:
        with open(os.path.join(out, target, "seed-" + hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
            f.write(data)
PY
fi

for t in rules registration document table spreadsheet matcher evaluator; do
    printf '%-13s %5d seeds\n' "$t" "$(ls "$corpus/$t" | wc -l)"
done
