#!/usr/bin/env python3
"""Writes the hostile inputs under tests/bad-input/ and their manifest, cases.toml.

Every file here is generated, byte for byte, by this script (stdlib only) so that BOMs, CR-only
line ends, NULs, invalid bytes, other encodings and zip parts survive editors and git settings.
The script is deterministic: running it again rewrites identical bytes. Edit the cases here, not
in cases.toml.

    python3 tests/bad-input/make.py          # (re)write every file and cases.toml
    python3 tests/bad-input/run.py           # run target/release/redline over every case

The contract every case tests: no panic (exit 101), no hang, no silent pass (an unreadable input or
a violation hidden by an encoding or format trick never yields exit 0 with nothing reported),
bounded memory, time roughly linear in the input.
"""

import base64
import json
import os
import struct
import zipfile
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = []
# Files allowed past the 200 KB cap: zip bombs need about 1 KB of deflate per MB inflated.
BIG_OK = {"xlsx/sharedstrings-bomb.xlsx", "xlsx/sharedstrings-size-lie.xlsx"}


def case(path, data, run, exit, why, finds=(), args=(), exit_also=()):
    """Writes one input file and records its manifest entry."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert run in ("audit", "check", "rules"), run
    assert len(data) < 200_000 or path in BIG_OK, (path, len(data))
    assert path not in {c["file"] for c in CASES}, path
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    old = None
    if os.path.exists(full):
        with open(full, "rb") as f:
            old = f.read()
    if old != data:
        with open(full, "wb") as f:
            f.write(data)
    CASES.append(dict(file=path, run=run, args=list(args), exit=exit, exit_also=list(exit_also),
                      why=why, finds=list(finds)))


def enc(text, encoding):
    return text.encode(encoding)


def gb(text):
    return text.encode("gb18030")


# ─── Shared entity rows ─────────────────────────────────────────────────────────────────────

CLEAN = [
    ("91440300MA5GAAAA1K", "深圳市前海云帆软件科技有限公司", "软件开发；信息系统集成服务；数据处理和存储支持服务"),
    ("91310115MA1HBBBB2X", "上海浦东新区明远物流有限公司", "普通货物仓储服务；国内货物运输代理"),
    ("91110108MA01CCCC3Y", "北京中关村智算科技有限公司", "技术服务、技术开发、技术咨询；计算机系统服务"),
    ("91330106MA2DDDD45Z", "杭州西湖区青禾茶叶有限公司", "茶叶销售；食用农产品零售"),
    ("91440101MA5EEEE56A", "广州天河区南粤餐饮管理有限公司", "餐饮管理；餐饮服务"),
]
# (id, name, scope, term the row must be reported for)
BAD = [
    ("91440300MA5GFFFF6B", "深圳市稳定币科技有限公司", "软件开发；技术服务", "稳定币"),
    ("91310000MA1GGGG78C", "上海浦江数字科技有限公司", "区块链技术服务；虚拟货币交易撮合", "虚拟货币"),
    ("91110105MA01HHHH9D", "北京朝阳比特币矿业有限公司", "矿山机械销售", "比特币"),
    ("91320500MA1KKKK12F", "苏州工业园区加密資產服务有限公司", "信息咨询服务", "加密资产"),
    ("91350200MA2LLLL23G", "厦门鹭岛信息技术有限公司", "泰达币场外交易；软件开发", "泰达币"),
]
HEADER = "统一社会信用代码,企业名称,经营范围"
BAD_TERMS = [b[3] for b in BAD]


def table(rows, sep=",", eol="\n", header=HEADER):
    lines = [header.replace(",", sep)] + [sep.join(r[:3]) for r in rows]
    return eol.join(lines) + eol


def mixed(clean=CLEAN, bad=BAD):
    """Clean and violating rows interleaved."""
    out = []
    for i in range(max(len(clean), len(bad))):
        if i < len(clean):
            out.append(clean[i])
        if i < len(bad):
            out.append(bad[i])
    return out


DOC_BTC = "本平台提供比特币兑换服务。"          # vc-business: 比特币 near 兑换
DOC_STABLE = "本平台提供稳定币兑换服务。"       # vc-business: 稳定币 near 兑换


# ─── 1. CSV ─────────────────────────────────────────────────────────────────────────────────

def csv_cases():
    # GB18030 with 0x80 (the euro sign in GBK/GB18030's one-byte range) all over a long row.
    rows = [gb(HEADER)]
    for r in CLEAN[:3]:
        rows.append(gb(",".join(r)))
    long_scope = (gb("进口商品零售（标价单位：") + b"\x80" * 40 + gb("）；")
                  + gb("日用百货销售；五金产品零售；") * 60 + gb("比特币矿机销售；家用电器销售"))
    rows.append(gb("91440300MA5GEUR01X,深圳市欧元汇商贸有限公司,") + long_scope)
    for i in range(20):
        rows.append(gb(f"9144030{i:02d}MA5GEUR{i:02d},深圳市第{i}欧贸易有限公司,") + b"\x80".join(
            gb(s) for s in ["服装零售", "箱包销售", "钟表销售", "化妆品零售", "珠宝首饰零售"]))
    case("csv/gb18030-euro-bytes.csv", b"\r\n".join(rows) + b"\r\n", "audit", 1,
         "GB18030 export whose long row holds 40 × byte 0x80 (€ in GBK/GB18030) and 20 rows with "
         "€ between items; every row decodes, so nothing is an error; the encoding must still be "
         "detected as GB18030 (not windows-1252) and 比特币 in the long row's scope found",
         finds=["比特币"])

    rows = [gb(HEADER)] + [gb(",".join(r[:3])) for r in mixed()]
    rows[3] = rows[3][:20] + b"\x81\x20" + rows[3][20:]
    case("csv/gb18030-bad-trail-byte.csv", b"\r\n".join(rows) + b"\r\n", "audit", 2,
         "GB18030 list where one clean row holds 0x81 0x20 (a lead byte without a trail byte): that "
         "row is an undecodable error (exit 2), every other row is read and the five violating "
         "rows are reported", finds=BAD_TERMS)

    ru_long = ("Оптовая торговля цветами и растениями; розничная торговля в специализированных "
               "магазинах; деятельность агентов по оптовой торговле; ") * 25
    rows = [
        "id,name,name_en,business_scope",
        f"1027700000001,ООО «Ромашка»,Romashka LLC,{ru_long}",
        f"1027700000002,ООО «Восток Обмен»,Vostok Сrурtо Ехсhаngе LLC,{ru_long}",
        f"1027700000003,ООО «Биткоин Майнинг»,Bitcoin Mining Rus LLC,Майнинг; {ru_long}",
        f"1027700000004,АО «Стейблкоин Платежи»,Stablecoin Payments JSC,{ru_long}",
        f"1027700000005,ООО «Кедр»,Kedr LLC,{ru_long}",
    ]
    case("csv/windows-1251-long-rows.csv", enc("\r\n".join(rows) + "\r\n", "cp1251"), "audit", 1,
         "windows-1251 registry export with 4 KB rows of Russian; name_en of row 2 writes “Crypto "
         "Exchange” with Cyrillic С р у о Е х с а е; must be detected as windows-1251 (not GB18030 "
         "mojibake) and find crypto exchange, bitcoin, stablecoin",
         finds=["crypto exchange", "bitcoin", "stablecoin"])

    fr_long = ("Négoce de café vert; torréfaction; dégustation; importation de thé; ventes "
               "à l'export; conseil en qualité; ") * 20
    rows = [
        "name,name_en,business_scope,id",
        f"Société Générale de Négoce SARL,Societe Generale de Negoce,{fr_long},FR001",
        f"Zürich Tether Verwaltung AG,Zurich Tether Management,Vermögensverwaltung; {fr_long},CH002",
        f"Kryptowährung Müller GmbH,Crypto\xa0Asset Müller GmbH,Beratung; {fr_long},DE003",
        f"Rwanda Café Import SARL,Rwanda Coffee Import,{fr_long},FR004",
        f"Émission Stablecoin SAS,Stablecoin Émission,{fr_long},FR005",
    ]
    case("csv/latin1-long-rows.csv", enc("\n".join(rows) + "\n", "latin-1"), "audit", 1,
         "Latin-1 list (é ü ä as single bytes, NBSP 0xA0 inside “Crypto Asset”) with 2 KB rows; "
         "must be decoded as Latin-1/windows-1252 and find tether, crypto asset and stablecoin "
         "(and not RWA in Rwanda)", finds=["tether", "crypto asset", "stablecoin"])

    rows = ["id,name,business_scope",
            "HK0001,香港中環貿易有限公司,進出口貿易",
            "HK0002,香港穩定幣科技有限公司,軟件開發；技術服務",
            "TW0003,新竹半導體設備股份有限公司,半導體設備製造",
            "TW0004,台北虛擬貨幣交易所股份有限公司,資訊服務",
            "HK0005,九龍加密資產管理有限公司,資產管理諮詢"]
    case("csv/big5-traditional.csv", enc("\r\n".join(rows) + "\r\n", "big5"), "audit", 1,
         "Big5 (Hong Kong / Taiwan) export in traditional characters; Big5 bytes also decode as "
         "GBK mojibake without error, so a wrong guess is a silent pass; must find 稳定币 (穩定幣), "
         "虚拟货币 (虛擬貨幣), 加密资产 (加密資產)", finds=["稳定币", "虚拟货币", "加密资产"])

    rows[0] = "統一社會信用代碼,企業名稱,經營範圍"
    case("csv/big5-traditional-headers.csv", enc("\r\n".join(rows) + "\r\n", "big5"), "audit", 1,
         "the same Big5 list with traditional headers 企業名稱/經營範圍; headers should fold like "
         "terms do and the three terms be found; refusing with “no name column” (exit 2) is "
         "acceptable, exit 0 is not", finds=["稳定币", "虚拟货币", "加密资产"], exit_also=[2])

    text = table(mixed(), eol="\r\n")
    for name, encoding, bom in [("utf16le-bom", "utf-16-le", "\ufeff"),
                                ("utf16be-bom", "utf-16-be", "\ufeff"),
                                ("utf16be-nobom", "utf-16-be", "")]:
        case(f"csv/{name}.csv", enc(bom + text, encoding), "audit", 1,
             f"{encoding.upper()} {'with' if bom else 'without'} BOM, CRLF; must be detected and "
             "transcoded, and the five violating rows found", finds=BAD_TERMS)

    cjk = "企业名称,经营范围\r\n" + "".join(f"{r[1]},{r[2]}\r\n" for r in mixed())
    case("csv/utf16le-nobom-cjk.csv", enc(cjk, "utf-16-le"), "audit", 1,
         "UTF-16LE without BOM whose text is almost all CJK, so NUL bytes are rare (about 1 byte "
         "in 12) and a NUL-counting detector misses it; must still be read as UTF-16 (e.g. by the "
         "0x2C00/0x0D00 pattern) and the five terms found", finds=BAD_TERMS)

    body = enc("\ufeff" + table(mixed(), eol="\r\n"), "utf-16-le")
    lines = body.split("\r\n".encode("utf-16-le"))
    lines[3] = lines[3][:10] + b"\x00\xd8" + lines[3][10:]      # lone high surrogate in a clean row
    data = "\r\n".encode("utf-16-le").join(lines) + b"\x41"   # and an odd trailing byte
    case("csv/utf16le-lone-surrogate-odd-length.csv", data, "audit", 2,
         "UTF-16LE with BOM; row 3 holds a lone high surrogate (0xD800) and the file ends on an "
         "odd byte: those are undecodable errors (exit 2); the other rows are read and the "
         "violations found", finds=BAD_TERMS)

    rows = table(mixed()).encode().split(b"\n")
    rows[3] = rows[3].replace("物流".encode(), b"\xff\xfe")  # a clean row (上海浦东…)
    assert b"\xff" in rows[3]
    case("csv/utf8-stray-invalid-byte.csv", b"\n".join(rows), "audit", 2,
         "UTF-8 list with one stray 0xFF 0xFE in a clean row: that row is an undecodable error "
         "(exit 2) but the file stays UTF-8 — every violating row must still be decoded as UTF-8 "
         "and reported (guessing GBK for the whole file hides them)", finds=BAD_TERMS)

    case("csv/cr-only-mac.csv", table(mixed(), eol="\r"), "audit", 1,
         "old Mac/Excel export with CR-only line ends: read as 10 rows with findings; reading it as "
         "one header line with no rows is a silent pass (exit 0); refusing it (exit 2) is "
         "acceptable", finds=BAD_TERMS, exit_also=[2])

    rows = [HEADER] + [",".join(r[:3]) for r in mixed()]
    ends = ["\r\n", "\n", "\r", "\r\n", "\r", "\n", "\r", "\r", "\n", "\r\n", "\r"]
    case("csv/mixed-line-endings.csv", "".join(r + e for r, e in zip(rows, ends)), "audit", 1,
         "CRLF, LF and lone CR mixed (a file edited on several systems); lone CRs glue rows "
         "together unless read as line breaks; the five violations must be found (exit 2 for "
         "wrong column counts is acceptable, exit 0 is not)", finds=BAD_TERMS, exit_also=[2])

    case("csv/header-unclosed-quote.csv",
         '统一社会信用代码,企业名称,"经营范围\n' + table(mixed()).split("\n", 1)[1], "audit", 2,
         "header `id,name,\"经营范围` with an unclosed quote: by RFC 4180 the quote runs to EOF so "
         "there are no data rows — exit 0 with rows_read 0 is a silent pass; must report the "
         "header (exit 2); a tool that recovers and reads the rows must still say so",
         exit_also=[1])

    case("csv/lone-quote-header.csv", '"\n' + table(mixed()).split("\n", 1)[1], "audit", 2,
         "the header line is a single `\"`: no usable header, no name column; exit 2")

    rows = [HEADER] + [",".join(r[:3]) for r in CLEAN[:2]]
    rows.append('91440300MA5GQQQQ0Q,"深圳市某某科技有限公司,软件开发')
    rows += [",".join(r[:3]) for r in BAD]
    case("csv/unclosed-quote-data-row.csv", "\n".join(rows) + "\n", "audit", 2,
         "row 3 opens a quote that never closes (no later quote in the file): row 3 is an "
         "unterminated-quote error and must not swallow the five violating rows after it",
         finds=BAD_TERMS)

    rows = ["统一社会信用代码,企业名称,英文名称,经营范围",
            "91440300MA5GAAAA1K,深圳市前海云帆软件科技有限公司,,软件开发",
            '91440300MA5GQQQQ0Q,"深圳市某某科技有限公司,,软件开发']
    rows += [f"{r[0]},{r[1]},,{r[2]}" for r in BAD]
    rows.append('91440300MA5GZZZZ9Z,深圳市云帆国际有限公司,"Shenzhen Yunfan Intl Co., Ltd.",贸易')
    rows.append("91440300MA5GYYYY8Y,深圳市比特币信息有限公司,,软件开发")
    case("csv/unclosed-quote-swallows-rows.csv", "\n".join(rows) + "\n", "audit", 2,
         "row 2's quote is closed only by a quote in row 8, so strictly rows 2–8 are one "
         "malformed row (wrong column count): an error must be reported (exit 2), never a clean "
         "row; row 9 after it must be read and 比特币 found", finds=["比特币"])

    rows = [HEADER, ",".join(CLEAN[0]),
            "91440300MA5GNUL01A,深圳市稳\0定\0币科技有限公司,软件开发",
            "91440300MA5GNUL02B,深圳市前海\0\0数据有限公司,数据处理",
            "91110105MA01HHHH9D,北京朝阳比特\0币矿业有限公司,矿山机械\0销售"]
    case("csv/embedded-nul.csv", "\n".join(rows) + "\n", "audit", 1,
         "NUL bytes inside cells, two of them inside 稳\\0定\\0币 and 比特\\0币: NUL is an invisible "
         "control character and must fold away like a zero-width space, so both terms are found; "
         "rejecting rows with NULs (exit 2) is acceptable", finds=["稳定币", "比特币"],
         exit_also=[2])

    def pad(s, width):
        b = s.encode()
        return b + b"\0" * (width - len(b))
    rows = [b",".join([pad("统一社会信用代码", 64), pad("企业名称", 96), pad("经营范围", 128)])]
    for r in mixed():
        rows.append(b",".join([pad(r[0], 64), pad(r[1], 96), pad(r[2], 128)]))
    case("csv/nul-padded-fixed-width.csv", b"\r\n".join(rows) + b"\r\n", "audit", 1,
         "UTF-8 export from a fixed-width system that pads every cell with NULs (≈70% of the bytes "
         "are NUL): it is not UTF-16 — LF is 0x0A alone and CJK is valid UTF-8; the five terms "
         "must be found (trailing NULs folded away); rejecting NUL cells (exit 2) is acceptable",
         finds=BAD_TERMS, exit_also=[2])

    part1 = "\ufeff" + table(mixed(CLEAN[:2], BAD[:2]))
    part2 = "\ufeff" + table([CLEAN[2], ("91440300MA5GBOM01C", "深圳市稳\ufeff定币网络有限公司", "软件开发"),
                              BAD[2]])
    case("csv/bom-in-middle.csv", part1 + part2, "audit", 1,
         "two exports concatenated (`cat a.csv b.csv`): a BOM at the start, a second BOM + header "
         "in the middle (read as a clean data row), and U+FEFF inside 稳\\uFEFF定币; the terms "
         "must be found", finds=["稳定币", "虚拟货币", "比特币"])

    case("csv/empty.csv", b"", "audit", 2, "0 bytes: no header, nothing can be read; exit 2")
    case("csv/bom-only.csv", b"\xef\xbb\xbf", "audit", 2,
         "only a UTF-8 BOM: as empty as empty.csv; exit 2")
    case("csv/header-only.csv", HEADER + "\n", "audit", 0,
         "a header and no rows: a valid, empty list; rows_read 0; exit 0")

    headers = [f"c{i}" for i in range(1, 9998)] + ["统一社会信用代码", "企业名称", "经营范围"]
    rows = [",".join(headers)]
    for r in mixed():
        rows.append("," * 9997 + ",".join(r[:3]))
    case("csv/columns-10000.csv", "\n".join(rows) + "\n", "audit", 1,
         "10 000 columns, the recognised ones last; must map them and find the five terms in "
         "linear time", finds=BAD_TERMS)

    rows = [HEADER] + [",".join(r[:3]) for r in BAD]
    rows.insert(3, "91440300MA5GWIDE1X,深圳市宽表科技有限公司,软件开发" + ",填充" * 9997)
    case("csv/columns-10000-ragged.csv", "\n".join(rows) + "\n", "audit", 2,
         "a 3-column list where one row has 10 000 columns: that row is a column-count error "
         "(exit 2); the five violating rows around it are found", finds=BAD_TERMS)

    filler = "软件开发；" * 3990
    rows = [HEADER, ",".join(CLEAN[0]),
            f"91440300MA5GLONG1X,深圳市长文本科技有限公司,{filler}比特币挖矿设备销售",
            ",".join(CLEAN[1])]
    case("csv/long-cell-60k.csv", "\n".join(rows) + "\n", "audit", 1,
         "a 59 877-byte scope cell (under the default 64 KiB --max-cell-bytes) whose last item "
         "is 比特币挖矿设备销售; must be found", finds=["比特币"])

    rows = [HEADER] + [",".join(r[:3]) for r in BAD[:2]]
    rows.append("91440300MA5GHUGE1X,深圳市巨型单元格有限公司," + "软件开发；" * 10000 + "稳定币发行")
    rows += [",".join(r[:3]) for r in BAD[2:]]
    case("csv/long-cell-150k.csv", "\n".join(rows) + "\n", "audit", 2,
         "a 150 KB scope cell, over --max-cell-bytes 65536: that row is a cell-too-large error "
         "(exit 2); the violating rows before and after it are found", finds=BAD_TERMS)

    rows = ["", "   ", HEADER, "", "\t", ",".join(CLEAN[0]), ",,", "", ",".join(BAD[0][:3]), " \t ",
            "", "", ",".join(BAD[1][:3]), "\r", ",".join(CLEAN[1]), "", ",".join(BAD[2][:3]), "", ""]
    case("csv/blank-lines.csv", "\n".join(rows), "audit", 1,
         "blank lines before the header and between rows, lines of spaces/tabs/lone CR, a row of "
         "only commas (clean); blank lines are not rows; three terms found",
         finds=BAD_TERMS[:3])

    rows = [HEADER] + [",".join(r[:3]) + "," for r in mixed()]
    case("csv/trailing-delimiter.csv", "\n".join(rows) + "\n", "audit", 2,
         "every data row ends with a trailing comma the header lacks: column-count errors "
         "(exit 2, the documented behaviour); tolerating one empty trailing cell and finding the "
         "five terms (exit 1) is acceptable, exit 0 is not", exit_also=[1])

    rows = [HEADER + ","] + [",".join(r[:3]) + "," for r in mixed()]
    case("csv/trailing-delimiter-consistent.csv", "\n".join(rows) + "\n", "audit", 1,
         "header and rows all end with a comma (an unnamed empty last column): consistent, so the "
         "five terms are found", finds=BAD_TERMS)

    rows = ["统一社会信用代码,企业名称,企业名称,经营范围",
            "91440300MA5GAAAA1K,深圳市前海云帆软件科技有限公司,深圳市云帆软件有限公司,软件开发",
            "91110105MA01HHHH9D,北京朝阳比特币矿业有限公司,北京朝阳矿业有限公司,矿山机械销售",
            "91440300MA5GFFFF6B,深圳市稳定科技有限公司,深圳市稳定币科技有限公司,软件开发"]
    case("csv/duplicate-headers.csv", "\n".join(rows) + "\n", "audit", 1,
         "two 企业名称 columns (current and former name); row 3 has 稳定币 only in the second "
         "copy: checking only the first copy is a silent miss; check both (exit 1) or refuse the "
         "ambiguous header (exit 2)", finds=["比特币", "稳定币"], exit_also=[2])

    case("csv/semicolon-delimited.csv", table(mixed(), sep=";", eol="\r\n"), "audit", 2,
         "European-locale Excel export with `;` delimiters: the header is one cell, no known "
         "column; must say so (exit 2); sniffing the delimiter and finding the terms (exit 1) is "
         "acceptable; exit 0 is not", exit_also=[1])

    rows = [HEADER, ",".join(CLEAN[0]),
            '91440300MA5GFORM1X,"=HYPERLINK(""http://x.example/"",""深圳市比特币科技有限公司"")",软件开发',
            "91440300MA5GFORM2X,+深圳市稳定币科技有限公司,-软件开发",
            '91440300MA5GFORM3X,@SUM(1+1)*cmd|\' /C calc\'!A0,"=1+1"',
            "=cmd|' /C calc'!A0,-北京朝阳加密资产有限公司,@软件开发"]
    case("csv/formula-injection.csv", "\n".join(rows) + "\n", "audit", 1,
         "cells starting with = + - @ (spreadsheet formula injection) run with --format csv: the "
         "CSV output must quote/escape them (the last row's id `=cmd|…` is echoed into the "
         "output) and still report 比特币, 稳定币 and 加密资产",
         finds=["比特币", "稳定币", "加密资产"], args=["--format", "csv"])

    case("csv/title-row-above-header.csv",
         "2025年第三季度市场主体登记名录（内部资料，注意保密）,,\n" + table(mixed()), "audit", 2,
         "a title row above the real header (common in government exports): row 1 names no known "
         "column, so exit 2 with a clear message; detecting the header on row 2 and finding the "
         "five terms (exit 1) is acceptable; exit 0 is not", exit_also=[1])

    rows = [HEADER, ",".join(CLEAN[0]),
            '91440300MA5GMULT1X,深圳市多行科技有限公司,"软件开发\n技术服务\r\n稳定币发行\n信息咨询"',
            '91440300MA5GMULT2X,"深圳市""引号""科技有限公司","软件开发,技术服务,虚拟货币兑换"']
    case("csv/quoted-multiline-cells.csv", "\n".join(rows) + "\n", "audit", 1,
         "RFC 4180 quoted cells with LF/CRLF line breaks, doubled quotes and commas inside: two "
         "rows, must find 稳定币 and 虚拟货币", finds=["稳定币", "虚拟货币"])

    out = [HEADER.encode()]
    for i in range(2000):
        code = f"9144030{i:04d}MA5G{i:06d}"
        if i % 11 == 5:
            out.append(f"{code},深圳市第{i}号稳定币科技有限公司,软件开发".encode())
        elif i % 7 == 3:
            kind = (i // 7) % 4
            if kind == 0:
                out.append(f"{code},深圳市第{i}号科技有限公司,软件开发,多余".encode())
            elif kind == 1:
                out.append(f"{code},深圳市第{i}号科技有限公司,软件".encode() + b"\xc0\xaf" + "开发".encode())
            elif kind == 2:
                out.append(f'{code},"深圳市第{i}号科技有限公司,软件开发'.encode())
            else:
                out.append(f"{code},深圳市第{i}号科技有限公司".encode())
        else:
            out.append(f"{code},深圳市第{i}号科技有限公司,软件开发；技术服务".encode())
    case("csv/many-rows-mixed-errors.csv", b"\n".join(out) + b"\n", "audit", 2,
         "2 000 UTF-8 rows: every 7th broken (extra column, overlong UTF-8 0xC0 0xAF, a quote "
         "opened and not closed on its line, a missing column), every 11th holds 稳定币; 65 bad "
         "bytes must not flip the whole file to GBK (mojibake header → unusable); rows_read = "
         "clean + flagged + errors; 稳定币 found", finds=["稳定币"])


# ─── TSV ────────────────────────────────────────────────────────────────────────────────────

def tsv_cases():
    text = table(mixed(), sep="\t", eol="\r\n")
    case("tsv/excel-unicode-text.txt", enc("\ufeff" + text, "utf-16-le"), "audit", 1,
         "Excel “Unicode Text” export: UTF-16LE with BOM, tab-separated, CRLF, with a .txt name "
         "(TSV for audit); the five terms must be found", finds=BAD_TERMS)
    case("tsv/utf16le-nobom.tsv", enc(text, "utf-16-le"), "audit", 1,
         "UTF-16LE TSV without BOM; the five terms must be found", finds=BAD_TERMS)

    lines = enc("\ufeff" + text, "utf-16-be").split("\r\n".encode("utf-16-be"))
    lines[1] = lines[1][:8] + b"\xdc\x00" + lines[1][8:]       # lone low surrogate in clean row 1
    case("tsv/utf16be-lone-surrogate.tsv", "\r\n".encode("utf-16-be").join(lines), "audit", 2,
         "UTF-16BE with BOM; clean row 1 holds a lone low surrogate 0xDC00: that row is undecodable "
         "(exit 2), the five violating rows are found", finds=BAD_TERMS)

    rows = [HEADER.replace(",", "\t")] + ["\t".join(r[:3]) for r in mixed()]
    rows[2] = rows[2].replace("物流", "物\ufffd流")
    case("tsv/utf16-literal-fffd.tsv", enc("\ufeff" + "\r\n".join(rows) + "\r\n", "utf-16-le"),
         "audit", 1,
         "valid UTF-16LE whose clean row 2 holds a real U+FFFD (left by an earlier botched "
         "conversion): a valid character, not an undecodable byte; no row is an error and the "
         "five terms are found (exit 1, not 2)", finds=BAD_TERMS)

    rows = [HEADER.replace(",", "\t")] + ["\t".join(r[:3]) for r in mixed()]
    ends = ["\n", "\r", "\r\n", "\r", "\n", "\r", "\r\n", "\r", "\n", "\r", "\n"]
    case("tsv/mixed-line-endings.tsv", "".join(r + e for r, e in zip(rows, ends)), "audit", 1,
         "TSV with LF, CR and CRLF mixed; the five violations must be found (column-count errors, "
         "exit 2, acceptable; exit 0 is not)", finds=BAD_TERMS, exit_also=[2])

    rows = [HEADER.replace(",", "\t")] + ["\t".join(r[:3]) for r in BAD]
    rows.insert(2, "91440300MA5GTAB01X\t深圳市\t制表符\t科技有限公司\t软件开发")
    rows.insert(4, "91440300MA5GTAB02X\t深圳市制表符科技有限公司")
    case("tsv/ragged-tabs.tsv", "\n".join(rows) + "\n", "audit", 2,
         "stray tabs inside names make a 5-column row, and one row has 2 columns: column-count "
         "errors (exit 2); the five violating rows are found", finds=BAD_TERMS)

    rows = [HEADER.replace(",", "\t"),
            "91440300MA5GQUO01X\t深圳市15\"屏显示器有限公司\t显示器销售",
            "91440300MA5GQUO02X\t\"深圳市稳定币科技有限公司\"\t软件开发",
            "91440300MA5GQUO03X\t深圳市“比特币”信息有限公司\t信息咨询"]
    case("tsv/gbk-quotes.tsv", gb("\r\n".join(rows) + "\r\n"), "audit", 1,
         "GBK TSV with a quote inside a cell (15\"屏), a quoted name, and full-width quotes "
         "around 比特币; must find 稳定币 and 比特币", finds=["稳定币", "比特币"])


# ─── JSON Lines ─────────────────────────────────────────────────────────────────────────────

def jl(obj):
    return json.dumps(obj, ensure_ascii=False)


def jrow(r):
    return jl({"credit_code": r[0], "name": r[1], "business_scope": r[2]})


def jsonl_cases():
    lines = [jrow(CLEAN[0]), "[1, 2, 3]", jrow(BAD[0]), '"深圳市稳定币科技有限公司"', "42", "null",
             jrow(BAD[1]), "true", "{}", jrow(BAD[2]), '{"name": ', jrow(BAD[3]), "}", jrow(BAD[4])]
    case("jsonl/non-object-lines.jsonl", "\n".join(lines) + "\n", "audit", 2,
         "JSON Lines with array, string, number, null, boolean, half-object lines between "
         "objects: each is a bad-json error (exit 2), {} is a clean row, the five violating "
         "objects are found", finds=BAD_TERMS)

    case("jsonl/first-line-array.jsonl", "\n".join(['["credit_code","name"]'] + [jrow(r) for r in BAD]) + "\n",
         "audit", 2, "the first line (which names the columns) is an array: exit 2 with a message; "
         "reading later objects and finding their terms is acceptable (exit 2 still, for the "
         "bad first line)")

    deep = '{"credit_code":"91440300MA5GDEEP1X","name":"深圳市深层科技有限公司","business_scope":' + "[" * 50000
    case("jsonl/deep-nesting-unclosed.jsonl", "\n".join([jrow(CLEAN[0]), deep] + [jrow(r) for r in BAD]) + "\n",
         "audit", 2,
         "line 2 opens 50 000 arrays and never closes them: a bad-json error (exit 2) without a "
         "stack overflow; the five violating lines after it are found", finds=BAD_TERMS)

    deep = ('{"credit_code":"91440300MA5GDEEP2X","name":"深圳市深层科技有限公司","business_scope":"软件开发","extra":'
            + "[" * 40000 + "]" * 40000 + "}")
    case("jsonl/deep-nesting-balanced.jsonl", "\n".join([jrow(CLEAN[0]), deep, jrow(BAD[0])]) + "\n",
         "audit", 1,
         "a valid line whose extra value nests 40 000 arrays: no stack overflow; reading it as a "
         "clean row (exit 1 for 稳定币 on line 3) or refusing it as too deep (exit 2) are both "
         "fine", finds=["稳定币"], exit_also=[2])

    lines = ['{"credit_code":914403001234567890,"name":"深圳市前海云帆软件科技有限公司","business_scope":"软件开发","capital":123456789012345678901234567890123456789}',
             '{"credit_code":-0.0000000000000000000000000001,"name":"深圳市稳定币科技有限公司","business_scope":"软件开发","capital":1.7976931348623157e308}',
             '{"credit_code":18446744073709551616,"name":"北京朝阳比特币矿业有限公司","business_scope":"矿山机械销售","capital":-9223372036854775809}']
    case("jsonl/huge-numbers.jsonl", "\n".join(lines) + "\n", "audit", 1,
         "integers beyond u64/i64/i128, an 18-digit code as a number, f64::MAX: all valid JSON; "
         "no panic; must find 稳定币 and 比特币", finds=["稳定币", "比特币"])

    lines = [jrow(BAD[0]), '{"credit_code":"91440300MA5GNUM01X","name":"深圳市无穷科技有限公司","capital":1e400}',
             jrow(BAD[2])]
    case("jsonl/number-out-of-range.jsonl", "\n".join(lines) + "\n", "audit", 2,
         "line 2 has 1e400 (valid JSON, beyond f64; RFC 8259 lets a parser refuse it): a bad-json "
         "row (exit 2) or read as text (exit 1); 稳定币 and 比特币 on lines 1 and 3 are found "
         "either way", finds=["稳定币", "比特币"], exit_also=[1])

    lines = [jrow(r).encode() for r in mixed()]
    lines[4] = lines[4].replace("北京".encode(), b"Caf\xe9 ")
    assert b"\xe9" in lines[4]
    case("jsonl/invalid-utf8.jsonl", b"\n".join(lines) + b"\n", "audit", 2,
         "one clean line holds a Latin-1 é (0xE9) — invalid UTF-8: that line is undecodable (exit 2); "
         "the five violating lines are found", finds=BAD_TERMS)

    case("jsonl/gbk-encoded.jsonl", gb("\n".join(jrow(r) for r in mixed()) + "\n"), "audit", 2,
         "a whole JSON Lines file in GBK (exported by a Chinese system ignoring “JSON is UTF-8”): "
         "every line is undecodable (exit 2); decoding it as GBK and finding the terms is "
         "acceptable; exit 0 is not", exit_also=[1])

    case("jsonl/utf16le-powershell.jsonl",
         enc("\ufeff" + "\r\n".join(jrow(r) for r in mixed()) + "\r\n", "utf-16-le"), "audit", 1,
         "PowerShell 5 `Out-File` default: UTF-16LE with BOM and CRLF; must be transcoded and the "
         "five terms found", finds=BAD_TERMS)

    lines = ["\ufeff" + jrow(CLEAN[0]), "", "   ", jrow(BAD[0]), "\r", "\t", jrow(BAD[1]), "", jrow(BAD[2])]
    case("jsonl/bom-crlf-blank-lines.jsonl", "\r\n".join(lines), "audit", 1,
         "UTF-8 BOM, CRLF, blank/whitespace lines, no final newline; must find 稳定币 虚拟货币 比特币",
         finds=BAD_TERMS[:3])

    lines = ['{"credit_code":"91440300MA5GDUP01X","name":"深圳市清白科技有限公司","name":"深圳市稳定币科技有限公司"}',
             '{"credit_code":"91440300MA5GDUP02X","name":"北京朝阳比特币矿业有限公司","name":"北京朝阳矿业有限公司"}']
    case("jsonl/duplicate-keys.jsonl", "\n".join(lines) + "\n", "audit", 1,
         "objects with the key name twice; line 2's violation is in the FIRST copy, which a "
         "last-one-wins parser drops silently; check every copy (exit 1) or reject duplicate keys "
         "(exit 2)", finds=["稳定币", "比特币"], exit_also=[2])

    lines = [jl({"credit_code": "91440300MA5GNEST1X", "name": {"zh": "深圳市稳定币科技有限公司", "en": "Shenzhen"},
                 "business_scope": ["软件开发", ["技术服务", ["比特币挖矿"]]]})]
    case("jsonl/nested-values.jsonl", "\n".join(lines) + "\n", "audit", 1,
         "a name given as an object and a scope as nested arrays: the text inside must be checked "
         "(exit 1, 稳定币 and 比特币) or the row refused as wrongly shaped (exit 2); never a "
         "clean row", finds=["稳定币", "比特币"], exit_also=[2])

    lines = ['{"credit_code":"91440300MA5GESC01X","name":"深圳市\\u7a33\\u5b9a\\u5e01科技有限公司","business_scope":"\\ud83d\\ude80 \\u865a\\u62df\\u8d27\\u5e01交易"}',
             '{"credit_code":"91440300MA5GESC02X","name":"Shenzhen \\u0042itcoin Mining","business_scope":"\\u6bd4\\u7279\\u5e01"}']
    case("jsonl/escaped-unicode.jsonl", "\n".join(lines) + "\n", "audit", 1,
         "terms written only as \\uXXXX escapes (稳定币, 虚拟货币, bitcoin, 比特币) plus a "
         "surrogate-pair emoji; must be found", finds=["稳定币", "虚拟货币", "bitcoin", "比特币"])

    lines = [jrow(BAD[0]), '{"credit_code":"91440300MA5GSUR01X","name":"深圳市\\ud800科技有限公司"}', jrow(BAD[2])]
    case("jsonl/lone-surrogate-escape.jsonl", "\n".join(lines) + "\n", "audit", 2,
         "line 2 holds the escape \\ud800 (a lone surrogate no string can hold): a bad-json row "
         "(exit 2) or replaced by U+FFFD (exit 1); lines 1 and 3 are found either way",
         finds=["稳定币", "比特币"], exit_also=[1])

    big = jl({"credit_code": "91440300MA5GBIG01X", "name": "深圳市大字段科技有限公司",
              "business_scope": "软件开发；" * 7000 + "稳定币发行"})
    case("jsonl/cell-too-large.jsonl", big + "\n" + jrow(BAD[2]) + "\n", "audit", 2,
         "the first line is a 105 KB object whose scope exceeds --max-cell-bytes: a cell-too-large "
         "row (exit 2); line 2 is found", finds=["比特币"])

    lines = [jl({"credit_code": "91440300MA5GKEY01X", "name": "深圳市前海云帆软件科技有限公司"}),
             jl({"credit_code": "91440300MA5GKEY02X", "name": "深圳市数据科技有限公司", "business_scope": "虚拟货币交易撮合"}),
             jl({"credit_code": "91440300MA5GKEY03X", "business_scope": "稳定币发行与兑换"})]
    case("jsonl/keys-only-in-later-lines.jsonl", "\n".join(lines) + "\n", "audit", 1,
         "the first object has no business_scope key, later ones do and hold 虚拟货币 and 稳定币: "
         "taking the columns from line 1 alone silently drops them; must find both (or refuse, "
         "exit 2)", finds=["虚拟货币", "稳定币"], exit_also=[2])


# ─── 2. Spreadsheets ────────────────────────────────────────────────────────────────────────

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def zipped(parts, stored=()):
    """A zip of (name, bytes) parts with fixed dates and attributes."""
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, dimension=None, start_row=1, extra_cells=""):
    """rows: list of lists of cells; a str cell is an inline string, a (xml,) tuple is raw."""
    out = [XML_HEAD, f'<worksheet xmlns="{NS_MAIN}">']
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    for i, row in enumerate(rows):
        r = start_row + i
        out.append(f'<row r="{r}">')
        for j, cell in enumerate(row):
            ref = f"{col_name(j)}{r}"
            if cell is None:
                continue
            if isinstance(cell, tuple):
                out.append(cell[0].replace("{ref}", ref))
            elif isinstance(cell, (int, float)):
                out.append(f'<c r="{ref}"><v>{cell}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(cell)}</t></is></c>')
        out.append("</row>")
    out.append(extra_cells)
    out.append("</sheetData></worksheet>")
    return "".join(out)


def xlsx(sheets, shared=None, sheet_names=None, workbook=None, extra=(), sheet_states=None):
    """sheets: list of sheet XML strings; shared: sharedStrings XML (str/bytes) or None."""
    n = len(sheets)
    names = sheet_names or [f"Sheet{i + 1}" for i in range(n)]
    states = sheet_states or [None] * n
    ct = [XML_HEAD, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(n):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    if shared is not None:
        ct.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    ct.append("</Types>")
    rels = (XML_HEAD + f'<Relationships xmlns="{NS_PKG}"><Relationship Id="rId1" '
            f'Type="{NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    sheet_tags = "".join(
        f'<sheet name="{esc(names[i])}" sheetId="{i + 1}"{" state=" + chr(34) + states[i] + chr(34) if states[i] else ""} r:id="rId{i + 1}"/>'
        for i in range(n))
    wb = workbook or (XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}"><sheets>{sheet_tags}</sheets></workbook>')
    wrels = [XML_HEAD, f'<Relationships xmlns="{NS_PKG}">']
    for i in range(n):
        wrels.append(f'<Relationship Id="rId{i + 1}" Type="{NS_REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>')
    if shared is not None:
        wrels.append(f'<Relationship Id="rId{n + 1}" Type="{NS_REL}/sharedStrings" Target="sharedStrings.xml"/>')
    wrels.append("</Relationships>")
    parts = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", "".join(wrels))]
    for i, s in enumerate(sheets):
        parts.append((f"xl/worksheets/sheet{i + 1}.xml", s))
    if shared is not None and not isinstance(shared, tuple):
        parts.append(("xl/sharedStrings.xml", shared))
    parts += list(extra)
    return zipped(parts)


XHEAD = ["统一社会信用代码", "企业名称", "经营范围"]
XROWS = [list(r[:3]) for r in mixed()]


def write_bomb(path, total, declared=None):
    """A workbook whose sharedStrings part inflates to about `total` bytes: two real strings, then
    1 MiB strings of one repeated byte (deflate's best case, ~1030:1; a period of 50 bytes would
    only reach ~340:1). With `declared`, the zip headers claim that uncompressed size instead."""
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    small = xlsx([sheet_xml([XHEAD, ["91440300MA5GBOMB1X", ("<c r=\"{ref}\" t=\"s\"><v>0</v></c>",),
                                     ("<c r=\"{ref}\" t=\"s\"><v>1</v></c>",)]])],
                 shared=("bomb",))
    tmp = full + ".tmp"
    with open(tmp, "wb") as out:
        out.write(small)
    n = total >> 20
    with zipfile.ZipFile(tmp, "a") as z:
        info = zipfile.ZipInfo("xl/sharedStrings.xml", date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3
        info.external_attr = 0o644 << 16
        head = (XML_HEAD + f'<sst xmlns="{NS_MAIN}" count="{n + 2}" uniqueCount="{n + 2}">'
                "<si><t>深圳市稳定币科技有限公司</t></si><si><t>软件开发</t></si>").encode()
        item = b"<si><t>" + b"A" * (1 << 20) + b"</t></si>"
        with z.open(info, "w", force_zip64=False) as f:
            f.write(head)
            for _ in range(n):
                f.write(item)
            f.write(b"</sst>")
    with open(tmp, "rb") as f:
        data = bytearray(f.read())
    os.remove(tmp)
    if declared is not None:
        patch_sizes(data, b"xl/sharedStrings.xml", declared)
    return bytes(data)


def patch_sizes(data, name, usize):
    """Rewrites the uncompressed size of entry `name` in its local header and central entry."""
    i = 0
    while True:
        i = data.find(b"PK\x03\x04", i)
        if i < 0:
            break
        nlen = struct.unpack_from("<H", data, i + 26)[0]
        if data[i + 30:i + 30 + nlen] == name:
            struct.pack_into("<I", data, i + 22, usize)
        i += 4
    i = 0
    while True:
        i = data.find(b"PK\x01\x02", i)
        if i < 0:
            break
        nlen = struct.unpack_from("<H", data, i + 28)[0]
        if data[i + 46:i + 46 + nlen] == name:
            struct.pack_into("<I", data, i + 24, usize)
        i += 4


def ods(content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zipped([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                   ("META-INF/manifest.xml", manifest), ("content.xml", content)], stored={"mimetype"})


def ods_content(rows_xml):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            '<office:body><office:spreadsheet><table:table table:name="名录">'
            + rows_xml + "</table:table></office:spreadsheet></office:body></office:document-content>")


def ods_row(cells, repeat=None):
    attr = f' table:number-rows-repeated="{repeat}"' if repeat else ""
    return (f"<table:table-row{attr}>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>' for c in cells)
        + "</table:table-row>")


def xlsx_cases():
    base = xlsx([sheet_xml([XHEAD] + XROWS, dimension="A1:C11")])
    case("xlsx/baseline-valid.xlsx", base, "audit", 1,
         "control: a minimal valid workbook (inline strings); the five terms must be found",
         finds=BAD_TERMS)

    corner = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>备注</t></is></c></row>'
    case("xlsx/sparse-corner-cell.xlsx",
         xlsx([sheet_xml([XHEAD] + XROWS, extra_cells=corner)]), "audit", 1,
         "11 real rows plus one cell at XFD1048576: a dense reader allocates 16 384 × 1 048 576 "
         "cells (~17 billion); memory must stay bounded; find the five terms (exit 1), or refuse "
         "the sheet as too large (exit 2)", finds=BAD_TERMS, exit_also=[2])

    only = ('<worksheet xmlns="' + NS_MAIN + '"><dimension ref="XFD1048576"/><sheetData><row r="1048576">'
            '<c r="XFD1048576" t="inlineStr"><is><t>深圳市稳定币科技有限公司</t></is></c></row></sheetData></worksheet>')
    case("xlsx/only-cell-xfd1048576.xlsx", xlsx([only]), "audit", 2,
         "the sheet's only cell is XFD1048576: the header row is that cell, which names no known "
         "column (exit 2) — without allocating the 17-billion-cell rectangle from A1")

    case("xlsx/dimension-lie.xlsx", xlsx([sheet_xml([XHEAD] + XROWS, dimension="A1:XFD1048576")]),
         "audit", 1,
         "<dimension ref=\"A1:XFD1048576\"> over 3 × 11 real cells: the dimension must not size an "
         "allocation; the five terms found", finds=BAD_TERMS)

    bad_col = ('<c r="AAAAAAAAAAA2" t="inlineStr"><is><t>深圳市稳定币科技有限公司</t></is></c>',)
    case("xlsx/column-overflow-u32.xlsx",
         xlsx([sheet_xml([XHEAD, ["91440300MA5GCOL01X", bad_col, "软件开发"], list(CLEAN[0])])]), "audit", 2,
         "a cell reference AAAAAAAAAAA2 whose column (≈ 1.5 × 10^15) overflows u32 and holds "
         "稳定币: no panic or wrap-around; the sheet is malformed (exit 2), or the cell is read "
         "and 稳定币 found (exit 1); dropping it silently is a pass on a violation", exit_also=[1])

    bad_row = ('<row r="4294967297"><c r="B4294967297" t="inlineStr"><is><t>北京朝阳比特币矿业有限公司</t></is></c></row>')
    case("xlsx/row-overflow-u32.xlsx",
         xlsx([sheet_xml([XHEAD, list(CLEAN[0])], extra_cells=bad_row)]), "audit", 2,
         "a row numbered 4294967297 (2^32 + 1) holding 比特币: no panic, no wrap to row 1, no "
         "4-billion-row allocation; malformed (exit 2) or read (exit 1)", exit_also=[1])

    case("xlsx/sharedstrings-bomb.xlsx", write_bomb("xlsx/sharedstrings-bomb.xlsx", 1_200_000_000),
         "audit", 2,
         "zip bomb: xl/sharedStrings.xml inflates from 1.2 MB to 1.2 GB (1 144 strings of 1 MiB); "
         "memory must stay bounded — refuse the part past a size limit (exit 2); a reader that "
         "only resolves the indexes the sheet uses may find 稳定币 (exit 1)", exit_also=[1])

    case("xlsx/sharedstrings-size-lie.xlsx",
         write_bomb("xlsx/sharedstrings-size-lie.xlsx", 300_000_000, declared=2048), "audit", 2,
         "the zip headers claim sharedStrings.xml is 2 048 bytes; it inflates to 300 MB: a limit "
         "trusting the declared size is bypassed; must stop at the real size (exit 2) or at the "
         "declared one (size mismatch, exit 2)", exit_also=[1])

    case("xlsx/corrupt-truncated.xlsx", base[: len(base) * 55 // 100], "audit", 2,
         "the baseline workbook cut at 55%: no central directory; exit 2")
    case("xlsx/csv-renamed.xlsx", table(mixed()), "audit", 2,
         "a CSV file renamed .xlsx: not a zip; exit 2 with a clear message (sniffing CSV and "
         "finding the terms, exit 1, acceptable)", exit_also=[1])
    html_xls = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table>'
                + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [XHEAD] + XROWS)
                + "</table></body></html>")
    case("xlsx/html-table-as.xls", html_xls, "audit", 2,
         "an HTML table saved as .xls (what many government portals export): not a CFB file; exit "
         "2, or read the table and find the five terms (exit 1); never exit 0", exit_also=[1])

    zero = xlsx([], workbook=XML_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}"><sheets/></workbook>')
    case("xlsx/zero-sheets.xlsx", zero, "audit", 2, "a workbook with <sheets/> and no sheet part; exit 2")

    missing = xlsx([sheet_xml([XHEAD] + XROWS)])
    missing = zipped([(n, d) for n, d in zipfile_parts(missing) if n != "xl/worksheets/sheet1.xml"])
    case("xlsx/missing-sheet-part.xlsx", missing, "audit", 2,
         "workbook.xml lists a sheet whose part is absent from the zip; exit 2")

    s1 = sheet_xml([XHEAD] + [list(r) for r in CLEAN])
    s2 = sheet_xml([XHEAD] + [list(r[:3]) for r in BAD])
    case("xlsx/violation-on-second-sheet.xlsx", xlsx([s1, s2], sheet_names=["2024年", "2025年"]),
         "audit", 1,
         "two sheets with the same header (2024年, 2025年); the violations are all on the second: "
         "reading only the first sheet is a silent pass — check every sheet (exit 1) or refuse "
         "multi-sheet workbooks (exit 2)", finds=BAD_TERMS, exit_also=[2])

    cover = sheet_xml([["市场主体名录导出说明"], ["本表由登记系统自动生成，数据见第二个工作表。"]])
    case("xlsx/cover-sheet-first.xlsx",
         xlsx([cover, sheet_xml([XHEAD] + XROWS)], sheet_names=["说明", "名录"],
              sheet_states=["hidden", None]), "audit", 1,
         "a hidden cover sheet first, the data on sheet 2: must find the data sheet's five terms "
         "(exit 1) or say the first sheet has no usable header (exit 2)", finds=BAD_TERMS,
         exit_also=[2])

    num = [XHEAD,
           [914403001234567890, "深圳市稳定币科技有限公司", "软件开发"],
           [("<c r=\"{ref}\"><v>9.1440300123456794E+17</v></c>",), "北京朝阳比特币矿业有限公司", "矿山机械销售"],
           [("<c r=\"{ref}\" t=\"n\"><v>-1E+308</v></c>",), "深圳市前海云帆软件科技有限公司", "软件开发"]]
    case("xlsx/credit-code-as-number.xlsx", xlsx([sheet_xml(num)]), "audit", 1,
         "18-digit unified social credit codes stored as numbers (one in E+17 form, one -1E+308): "
         "no panic formatting them; 稳定币 and 比特币 found", finds=["稳定币", "比特币"])

    ids = sheet_xml([["统一社会信用代码", "企业名称", "经营范围"],
                     [913100001234567890, "上海某某比特币科技有限公司", "软件开发"],
                     [("<c r=\"{ref}\" t=\"n\"><v>-123456789012345678</v></c>",), "上海某某信息技术有限公司", "软件开发"],
                     [9.13100001234567e17, "上海某某稳定币科技有限公司", "软件开发"]])
    case("xlsx/long-numeric-ids.xlsx", xlsx([cover, ids], sheet_names=["说明", "名录"]), "audit", 1,
         "18-digit unified social credit codes stored as numbers on the second sheet: the records "
         "must carry the digits the file writes (913100001234567890), not an f64's rounding; "
         "a number Excel itself rounded (9.13100001234567E+17) reads as its whole digits",
         finds=["比特币", "稳定币"])

    case("xlsx/title-row-above-header.xlsx",
         xlsx([sheet_xml([["2025年度市场主体登记名录（内部资料）"], XHEAD] + XROWS)]), "audit", 2,
         "a merged title row above the header: row 1 names no column (exit 2 with a message); "
         "finding the header on row 2 and the five terms (exit 1) is acceptable", exit_also=[1])

    sst = (XML_HEAD + f'<sst xmlns="{NS_MAIN}" count="2" uniqueCount="2"><si><t>企业名称</t></si>'
           "<si><t>经营范围</t></si></sst>")
    sheet = sheet_xml([[("<c r=\"{ref}\" t=\"s\"><v>0</v></c>",), ("<c r=\"{ref}\" t=\"s\"><v>1</v></c>",)],
                       [("<c r=\"{ref}\" t=\"s\"><v>4294967295</v></c>",), "软件开发"],
                       [("<c r=\"{ref}\" t=\"s\"><v>-1</v></c>",), "稳定币发行"],
                       [("<c r=\"{ref}\" t=\"s\"><v>99999999999999999999</v></c>",), "软件开发"]])
    case("xlsx/shared-string-index-out-of-range.xlsx", xlsx([sheet], shared=sst), "audit", 2,
         "shared-string indexes 4294967295, -1 and 10^20 into a 2-entry table: no panic; the "
         "sheet is malformed (exit 2); reading those cells as errors and still finding 稳定币 in "
         "row 3's scope (exit 2 too) is best", exit_also=[1])

    sst = (XML_HEAD + f'<sst xmlns="{NS_MAIN}" count="3" uniqueCount="3"><si><t>企业名称</t></si>'
           '<si><r><t>深圳市稳</t></r><r><rPr><b/></rPr><t>定</t></r><r><rPr><i/></rPr><t xml:space="preserve">币科技有限公司</t></r></si>'
           '<si><r><t>比特</t></r><rPh sb="0" eb="2"><t>ビット</t></rPh><r><t>币挖矿</t></r></si></sst>')
    sheet = sheet_xml([[("<c r=\"{ref}\" t=\"s\"><v>0</v></c>",), "经营范围"],
                       [("<c r=\"{ref}\" t=\"s\"><v>1</v></c>",), ("<c r=\"{ref}\" t=\"s\"><v>2</v></c>",)]])
    case("xlsx/rich-text-runs.xlsx", xlsx([sheet], shared=sst), "audit", 1,
         "shared strings made of rich-text runs that split 稳|定|币 (bold, italic) and 比特|币 "
         "around a phonetic run: the runs join into the cell text; must find 稳定币 and 比特币",
         finds=["稳定币", "比特币"])

    sst = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE sst [<!ENTITY a "稳定币稳定币稳定币稳定币稳定币稳定币稳定币稳定币稳定币稳定币">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
           + f']>\n<sst xmlns="{NS_MAIN}" count="2" uniqueCount="2"><si><t>企业名称</t></si><si><t>&j;</t></si></sst>')
    sheet = sheet_xml([[("<c r=\"{ref}\" t=\"s\"><v>0</v></c>",)], [("<c r=\"{ref}\" t=\"s\"><v>1</v></c>",)]])
    case("xlsx/dtd-entity-bomb.xlsx", xlsx([sheet], shared=sst), "audit", 2,
         "sharedStrings.xml declares a DTD with nested entities (“billion laughs”, 10^10 × 稳定币) "
         "and uses &j;: OOXML forbids DTDs; must not expand it (exit 2); never hang or exhaust "
         "memory", exit_also=[1])

    cells = [XHEAD,
             ["91440300MA5GF0001X", ("<c r=\"{ref}\" t=\"str\"><f>CONCATENATE(\"深圳市稳定\",\"币科技有限公司\")</f><v>深圳市稳定币科技有限公司</v></c>",), "软件开发"],
             ["91440300MA5GF0002X", ("<c r=\"{ref}\" t=\"e\"><v>#REF!</v></c>",), ("<c r=\"{ref}\" t=\"b\"><v>1</v></c>",)],
             ["91440300MA5GF0003X", ("<c r=\"{ref}\" t=\"d\"><v>2026-02-30T25:61:61</v></c>",), ("<c r=\"{ref}\" s=\"9999\"><v>45000.5</v></c>",)],
             ["91440300MA5GF0004X", "北京朝阳科技有限公司", ("<c r=\"{ref}\" t=\"str\"><f>A1&amp;\"比特币挖矿\"</f><v>比特币挖矿</v></c>",)]]
    case("xlsx/formula-error-bool-date-cells.xlsx", xlsx([sheet_xml(cells)]), "audit", 1,
         "formula cells with cached values holding 稳定币 and 比特币, an #REF! error cell, a "
         "boolean, an impossible ISO date (2026-02-30T25:61:61), a style index 9999 with no "
         "styles part: no panic; the cached values are checked", finds=["稳定币", "比特币"])

    rows = ods_row(XHEAD) + "".join(ods_row(r) for r in XROWS)
    rows += ('<table:table-row table:number-rows-repeated="1048565"><table:table-cell '
             'table:number-columns-repeated="16384"/></table:table-row>')
    case("xlsx/ods-trailing-empty-repeats.ods", ods(ods_content(rows)), "audit", 1,
         "LibreOffice-style ODS whose 11 real rows are followed by an empty row repeated "
         "1 048 565 times × 16 384 empty cells (what LibreOffice writes after formatting whole "
         "columns): must not materialise 17 billion empty cells; the five terms found",
         finds=BAD_TERMS)

    rows = ods_row(XHEAD) + "".join(ods_row(r) for r in XROWS)
    rows += ('<table:table-row table:number-rows-repeated="1048565"><table:table-cell '
             'table:number-columns-repeated="16384" office:value-type="string"><text:p>稳定币</text:p>'
             '</table:table-cell></table:table-row>')
    case("xlsx/ods-repeated-bomb.ods", ods(ods_content(rows)), "audit", 2,
         "ODS whose last row, a non-empty cell repeated 16 384 columns, is repeated 1 048 565 "
         "times: 17 billion cells from 1 KB; memory and time must stay bounded — refuse past a "
         "limit (exit 2), or handle repeats without expanding them (exit 1 with the findings)",
         exit_also=[1])

    hdr = bytearray(512)
    hdr[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", hdr, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", hdr, 40, 0, 0xFFFFFFF0, 0, 0, 0x1000, 0xFFFFFFFE, 0, 0, 0x7FFFFFFF)
    for k in range(109):
        struct.pack_into("<I", hdr, 76 + 4 * k, 0)
    sector = bytearray(b"\x00" * 512)
    case("xlsx/cfb-absurd-header.xls", bytes(hdr) + bytes(sector), "audit", 2,
         "an .xls (OLE2/CFB) header claiming 0xFFFFFFF0 FAT sectors and 0x7FFFFFFF DIFAT sectors "
         "whose DIFAT chain points at itself: no huge allocation, no endless loop; exit 2")


def zipfile_parts(data):
    import io
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(n, z.read(n)) for n in z.namelist()]


# ─── 3. Registrations ───────────────────────────────────────────────────────────────────────

def yaml_cases():
    case("yaml/deep-flow-unclosed.yaml", "name: 深圳市前海云帆软件科技有限公司\nbusiness_scope: " + "[" * 10000 + "\n",
         "check", 2, "10 000 `[` never closed: a syntax error (exit 2) without a stack overflow")
    case("yaml/deep-flow-in-scope.yaml",
         "name: 深圳市前海云帆软件科技有限公司\nbusiness_scope: " + "[" * 10000 + "稳定币" + "]" * 10000 + "\n",
         "check", 2, "10 000 balanced `[` as the scope: a list of lists is the wrong shape (exit 2), "
         "whether or not the parser has a depth limit; no stack overflow")
    case("yaml/deep-flow-maps-in-scope.yaml",
         "name: 深圳市前海云帆软件科技有限公司\nbusiness_scope: " + "{a: " * 10000 + "稳定币" + "}" * 10000 + "\n",
         "check", 2, "10 000 nested flow maps `{a: {a: …}}` as the scope: wrong shape (exit 2); no "
         "stack overflow")

    lines = ["name: 深圳市稳定币科技有限公司", "x-nest:"]
    for d in range(1, 400):
        lines.append("  " * d + "a:")
    lines[-1] += " 1"
    case("yaml/deep-block-mapping-400.yaml", "\n".join(lines) + "\n", "check", 1,
         "a 400-level indented block mapping under an unknown key: valid YAML; the unknown key is "
         "a warning and 稳定币 in the name an error (exit 1); a depth limit (exit 2) is acceptable",
         finds=["稳定币"], exit_also=[2])

    lol = ["name: 深圳市前海云帆软件科技有限公司",
           "x-a: &a [" + ", ".join(["稳定币"] * 10) + "]"]
    for i in range(1, 9):
        p, c = chr(97 + i - 1), chr(97 + i)
        lol.append(f"x-{c}: &{c} [" + ", ".join([f"*{p}"] * 10) + "]")
    case("yaml/billion-laughs-scope.yaml", "\n".join(lol + ["business_scope: *i"]) + "\n", "check", 2,
         "anchors 10 deep × 10 wide (10^9 稳定币 once expanded) used as the scope: the wrong shape "
         "(a list of lists) and an alias bomb; exit 2 in bounded time and memory")
    lol[0] = "name: 深圳市稳定币科技有限公司"
    case("yaml/billion-laughs-unknown-key.yaml", "\n".join(lol + ["x-notes: [*i, *i, *i]"]) + "\n",
         "check", 2,
         "the same alias bomb under unknown keys only, and 稳定币 in the name: refuse the expansion "
         "(exit 2), or never expand unknown keys and report the name (exit 1); no OOM, no hang",
         exit_also=[1])

    item = "软件开发" + "、信息技术咨询服务" * 550 + "、比特币挖矿设备销售"
    lines = ["name: 深圳市前海云帆软件科技有限公司", f"x-item: &s \"{item}\"",
             "business_scope: [" + ", ".join(["*s"] * 5000) + "]"]
    case("yaml/alias-fanout-scope.yaml", "\n".join(lines) + "\n", "check", 1,
         "one 15 KB scope item aliased 5 000 times (75 MB once expanded) — quadratic blow-up, not "
         "exponential: must finish in seconds and report 比特币 (exit 1); an alias budget "
         "refusing it (exit 2) is acceptable", finds=["比特币"], exit_also=[2])

    items = ["咨询"] * 15999 + ["稳定币发行"]
    case("yaml/scope-list-16000.yaml",
         "name: 深圳市前海云帆软件科技有限公司\nbusiness_scope:\n" + "".join(f"  - {s}\n" for s in items),
         "check", 1, "a scope list of 16 000 items, the last 稳定币发行: linear time; found",
         finds=["稳定币"])

    keys = "".join(f"nmae_{i:04d}: 值{i}\n" for i in range(5000))
    case("yaml/unknown-keys-5000.yaml", keys + "name: 深圳市稳定币科技有限公司\n", "check", 1,
         "5 000 unknown keys (each a warning with did-you-mean) then a name with 稳定币: warnings "
         "in linear time and the error reported", finds=["稳定币"])

    case("yaml/wrong-shape-name-map.yaml",
         "name: {zh: 深圳市稳定币科技有限公司, en: Shenzhen Stablecoin Technology}\nbusiness_scope: 软件开发\n",
         "check", 2, "name is a map where a string is expected: the wrong shape makes the file unusable (exit 2)")

    case("yaml/invalid-dates.yaml",
         "name: 深圳市前海云帆软件科技有限公司\nbusiness_scope: RWA资产代币化技术服务\ninfrastructure: designated\napprovals:\n"
         "  - { kind: rwa, id: SH-FIN-2024-017, expires: 2027-02-30 }\n"
         "  - { kind: rwa, id: SH-FIN-2024-018, expires: 2027-13-01 }\n"
         "  - { kind: rwa, id: SH-FIN-2024-019, expires: 99999-12-31 }\n"
         "  - { kind: rwa, id: SH-FIN-2024-020, expires: 明年年底 }\n"
         "  - { kind: rwa, id: SH-FIN-2024-021, expires: 1e10 }\n",
         "check", 2, "expiry dates 2027-02-30, 2027-13-01, 99999-12-31, 明年年底 and 1e10: unreadable "
         "dates make the file unusable (exit 2) — never read as “no expiry”")

    case("yaml/duplicate-keys.yaml",
         "name: 深圳市稳定币科技有限公司\nbusiness_scope: 软件开发\nname: 深圳市稳定科技有限公司\n", "check", 2,
         "name given twice, the banned one first: YAML forbids duplicate keys (exit 2); reporting "
         "稳定币 from the first copy (exit 1) is acceptable; last-one-wins and exit 0 is a silent "
         "pass", exit_also=[1])

    case("yaml/tab-indentation.yaml",
         "name: 深圳市稳定币科技有限公司\napprovals:\n\t- kind: rwa\n\t  id: SH-FIN-2024-017\n\t  expires: 2027-12-31\n",
         "check", 2, "tabs used as indentation (invalid YAML): exit 2 with a location")

    case("yaml/bom-utf8.yaml", "\ufeff# 名称预先核准\nname: 深圳市稳定币科技有限公司\nbusiness_scope: 软件开发\n",
         "check", 1, "a UTF-8 BOM before the document: allowed; 稳定币 found", finds=["稳定币"])
    case("yaml/utf16le-bom.yaml",
         enc("\ufeffname: 深圳市稳定币科技有限公司\nbusiness_scope: 软件开发\n", "utf-16-le"), "check", 2,
         "UTF-16LE with BOM (YAML 1.2 allows it; redline documents UTF-8 only): exit 2, or "
         "decode it and find 稳定币 (exit 1); never exit 0", exit_also=[1])
    case("yaml/gbk-bytes.yaml", gb("name: 深圳市稳定币科技有限公司\nbusiness_scope: 虚拟货币交易\n"), "check", 2,
         "a GBK-encoded filing: not UTF-8, unusable (exit 2)")

    case("yaml/chinese-keys.yaml",
         "企业名称: 比特币科技有限公司\n统一社会信用代码: 91440300MA5GXXXX1K\n经营范围: 虚拟货币交易；软件开发\n",
         "check", 1,
         "keys written in Chinese (企业名称, 经营范围) as in a registry form: as unknown keys they "
         "are only warnings and the record has no text left — a silent pass; map them like audit "
         "headers (exit 1) or refuse the record (exit 2)", finds=["比特币", "虚拟货币"], exit_also=[2])

    homo = [
        ("name", "深圳市虚\u200b拟\u200c货\u200d币科技有限公司"),
        ("name", "上海ＲＷＡ数字科技有限公司"),
        ("name", "香港穩定幣服務有限公司"),
        ("name_en", "Shenzhen \u0412it\u0441\u043ein Technology Co., Ltd."),
        ("name_en", "Beijing \u03a4ether Consulting Co., Ltd."),
        ("name_en", "𝐁𝐢𝐭𝐜𝐨𝐢𝐧 Mining (Hangzhou) Co., Ltd."),
        ("name_en", "Guangzhou Stable\u0301coin Co., Ltd."),
        ("name", "杭州\u2f50特币矿业有限公司"),
        ("name", "成都ⓇⓌⒶ科技有限公司"),
        ("name", "武汉比特幣有限公司"),
        ("name_en", "Xiamen U\u200bS\u200bD\u200bT Payment Co., Ltd."),
        ("name", "深圳市稳定\u2060币有限公司"),
        ("name_en", "Ningbo CRYPTO\u2011ASSET Co., Ltd."),
    ]
    doc = "".join(f"- {k}: \"{v}\"\n" for k, v in homo)
    case("yaml/homoglyph-names.yaml", doc, "check", 1,
         "13 entities whose names hide a term: zero-width space/non-joiner/joiner, full-width "
         "ＲＷＡ, traditional 穩定幣, Cyrillic В с о, Greek Τ, mathematical bold, a combining "
         "acute, the Kangxi radical ⽐ (U+2F50) for 比, circled ⓇⓌⒶ, mixed 比特幣, zero-width "
         "inside USDT, word joiner, non-breaking hyphen; every one must be reported",
         finds=["虚拟货币", "rwa", "稳定币", "bitcoin", "tether", "stablecoin", "比特币", "usdt",
                "crypto asset"])

    scope = ["B I T C O I N 挖矿设备销售", "比 特 币兑换", "比·特·币咨询", "稳-定-币发行",
             "虚拟\u3000货币交易", "R.W.A资产服务", "加密＿资产托管", "泰达/币结算", "虚\t拟\t货\t币"]
    case("yaml/spacing-punct-tricks.yaml",
         "name: 深圳市前海云帆软件科技有限公司\nbusiness_scope:\n" + "".join(f"  - \"{s}\"\n" for s in scope),
         "check", 1,
         "scope items spelling terms with spaces, middle dots, hyphens, an ideographic space, "
         "dots, a full-width underscore, a slash, tabs — none is a boundary, so each term "
         "must be found", finds=["bitcoin", "比特币", "稳定币", "虚拟货币", "rwa", "加密资产", "泰达币"])

    case("yaml/no-checkable-text.yaml",
         "id: 91440300MA5GAAAA1K\nentity_type: enterprise\njurisdiction: domestic\napprovals: []\n", "check", 0,
         "a record with no name, name_en or scope: nothing to find (exit 0); refusing a record "
         "with no checkable text (exit 2) is acceptable", exit_also=[2])
    case("yaml/empty.yaml", b"", "check", 2,
         "0 bytes: no registration in the file; exit 2 (or 0 if an empty file counts as no "
         "entities — but it must be said)", exit_also=[0])
    case("yaml/only-comments.yaml",
         "# 名称预先核准申请\n# name: 深圳市稳定币科技有限公司\n#\n# （待补充）\n", "check", 2,
         "a YAML stream of comments only: no document; exit 2 (0 acceptable if reported)", exit_also=[0])

    docs = "".join(f"---\nname: 深圳市第{i}号科技有限公司\n" for i in range(3500))
    case("yaml/many-documents.yaml", docs + "---\nname: 深圳市稳定币科技有限公司\n", "check", 1,
         "3 501 YAML documents separated by `---`, the last with 稳定币: linear time; found; a "
         "document budget refusing the file (exit 2) is acceptable if it says so — not “fix the "
         "YAML syntax”", finds=["稳定币"], exit_also=[2])

    case("yaml/invalid-utf8-in-comment.yaml",
         b"# \xb1\xb8\xd7\xa2\xa3\xba\xb1\xc8\xcc\xd8\xb1\xd2\n" + "name: 深圳市稳定币科技有限公司\n".encode(),
         "check", 2, "GBK bytes in a comment line only: the file is not UTF-8 (exit 2)")
    case("yaml/raw-nul-in-value.yaml", "name: 深圳市稳定\0币科技有限公司\n", "check", 2,
         "a raw NUL byte in a plain scalar (YAML forbids C0 controls): exit 2; reading it with the "
         "NUL folded away and reporting 稳定币 (exit 1) acceptable", exit_also=[1])
    case("yaml/nul-escape-in-name.yaml",
         'name: "深圳市稳定\\0币科技有限公司"\nname_en: "Shenzhen Stable\\x00coin\\u200bTech\\tCo"\n', "check", 1,
         "YAML escapes \\0 and \\x00 put NUL characters inside 稳定币 and Stablecoin: valid YAML; the "
         "NULs fold away and both are found", finds=["稳定币", "stablecoin"])

    block = "".join("  信息系统集成服务\n" for _ in range(5500)) + "  比特币矿机销售\n"
    case("yaml/block-scalar-150k.yaml", "name: 深圳市前海云帆软件科技有限公司\nbusiness_scope: |\n" + block,
         "check", 1, "a 150 KB literal block scalar scope whose last line is 比特币矿机销售: found, "
         "pointing at the right line", finds=["比特币"])

    b64 = base64.b64encode("深圳市稳定币科技有限公司".encode()).decode()
    case("yaml/binary-tag-name.yaml", f"name: !!binary {b64}\nbusiness_scope: !custom 软件开发\n", "check", 2,
         "name tagged !!binary (base64 of 深圳市稳定币科技有限公司) and a custom tag: the wrong type "
         "(exit 2); decoding and reporting 稳定币 (exit 1) acceptable", exit_also=[1])

    case("yaml/entity-list-with-string-item.yaml",
         "entities:\n  - name: 深圳市前海云帆软件科技有限公司\n  - 深圳市稳定币科技有限公司\n"
         "  - name: 上海浦江数字科技有限公司\n    business_scope: 虚拟货币交易撮合\n",
         "check", 2, "an entities list whose second item is a bare string: wrong shape (exit 2)")

    case("yaml/merge-key-name.yaml",
         "- id: 91440300MA5GAAAA1K\n  name: 深圳市前海云帆软件科技有限公司\n"
         "  x-template: &t { name: 深圳市稳定币科技有限公司, business_scope: 虚拟货币交易 }\n"
         "- <<: *t\n  id: 91440300MA5GAAAB2L\n", "check", 1,
         "entity 2 gets its name and scope only through a YAML merge key `<<: *t`: ignoring `<<` "
         "leaves a record with no text (silent pass); apply the merge (exit 1) or refuse it "
         "(exit 2)", finds=["稳定币", "虚拟货币"], exit_also=[2])

    case("yaml/suppression-without-reason.yaml",
         "# redline-ignore name-banned-term\nname: 深圳市稳定币科技有限公司\n"
         "business_scope: 虚拟货币交易 # redline-ignore scope-banned-term:   \n", "check", 1,
         "suppression comments without a reason (one with an empty reason after the colon): "
         "they silence nothing and are reported; 稳定币 and 虚拟货币 still found",
         finds=["稳定币", "虚拟货币"])


def json_cases():
    case("json/deep-brackets-scope.json",
         '{"name": "深圳市前海云帆软件科技有限公司", "business_scope": ' + "[" * 10000 + '"稳定币"' + "]" * 10000 + "}",
         "check", 2, "10 000 nested arrays as the scope: wrong shape (exit 2), no stack overflow")
    case("json/deep-unclosed-braces.json", '{"a":' * 10000, "check", 2,
         "10 000 `{\"a\":` never closed: syntax error (exit 2), no stack overflow")
    case("json/duplicate-keys.json",
         '{"name":"深圳市稳定币科技有限公司","business_scope":"软件开发","name":"深圳市稳定科技有限公司"}',
         "check", 2, "name twice, the banned one first: reject (exit 2) or report the first (exit "
         "1); keeping the last silently is a pass on a violation", exit_also=[1])
    case("json/bom.json", "\ufeff" + '{"name":"深圳市稳定币科技有限公司","business_scope":"软件开发"}\r\n', "check", 1,
         "a UTF-8 BOM and CRLF (PowerShell `Out-File -Encoding utf8`, Notepad): RFC 8259 lets a "
         "parser ignore the BOM and YAML, CSV and JSONL inputs accept it; 稳定币 must be found, "
         "not “expected value at line 1 column 1”", finds=["稳定币"])
    case("json/trailing-garbage.json", '{"name":"深圳市稳定币科技有限公司"}}}garbage\n', "check", 2,
         "a valid object followed by `}}garbage`: not one JSON value (exit 2)")
    case("json/escaped-term.json",
         '{"name":"深圳市\\u7a33\\u5b9a\\u5e01科技有限公司","name_en":"Shenzhen \\u0053table\\u0063oin Co",'
         '"business_scope":"\\ud83d\\ude80 \\u865a\\u62df\\u8d27\\u5e01交易"}', "check", 1,
         "terms written as \\u escapes in name, name_en and scope: found",
         finds=["稳定币", "stablecoin", "虚拟货币"])
    case("json/lone-surrogate.json", '{"name":"深圳市稳定币科技有限公司","name_en":"\\ud800 Shenzhen"}', "check", 2,
         "name_en holds the escape \\ud800: a string no UTF-8 text can hold (exit 2), or replace "
         "it and report 稳定币 (exit 1)", exit_also=[1])
    case("json/number-overflow.json",
         '{"name":"深圳市稳定币科技有限公司","id":1e999999,"capital":123456789012345678901234567890}', "check", 2,
         "id is the number 1e999999 (infinite as f64): wrong shape (exit 2) or read as text and "
         "稳定币 reported (exit 1); no panic", exit_also=[1])
    ents = ",".join(f'{{"name":"深圳市第{i}号科技有限公司","business_scope":"软件开发"}}' for i in range(2000))
    case("json/entities-2000.json",
         '{"entities":[' + ents + ',{"name":"深圳市稳定币科技有限公司"}]}', "check", 1,
         "2 001 entities under `entities`, the last with 稳定币: linear time; found", finds=["稳定币"])
    case("json/top-level-string.json", '"深圳市稳定币科技有限公司"', "check", 2,
         "the whole file is a JSON string: not an entity (exit 2)")
    case("json/approvals-wrong-shape.json",
         '{"name":"深圳市前海云帆软件科技有限公司","business_scope":"RWA资产代币化技术服务","approvals":"rwa"}',
         "check", 1, "approvals as a bare kind name is the documented short form of one grant; it "
         "never excuses a banned term in the scope, which art. 8 reads literally (exit 1)",
         finds=["rwa"])
    case("json/trailing-commas.json", '{"name":"深圳市稳定币科技有限公司","business_scope":["软件开发",],}', "check", 1,
         "trailing commas (invalid JSON, valid YAML flow): read as YAML and report 稳定币 (exit 1), "
         "or reject as JSON (exit 2)", finds=["稳定币"], exit_also=[2])


# ─── 4. Documents ───────────────────────────────────────────────────────────────────────────

def ncr(s, hexa=False):
    return "".join(f"&#x{ord(c):x};" if hexa else f"&#{ord(c)};" for c in s)


def html(body, head=""):
    return f"<!doctype html>\n<html lang=\"zh\">\n<head><meta charset=\"utf-8\">{head}</head>\n<body>\n{body}\n</body>\n</html>\n"


def doc_cases():
    case("html/ncr-decimal.html", html(f"<p>本平台提供{ncr('稳定币')}兑换服务。</p>"), "check", 1,
         "稳定币 written as decimal references &#31283;&#23450;&#24065;: decoded and found", finds=["稳定币"])
    case("html/ncr-hex.html",
         html("<p>本平台提供&#x7a33;&#X5B9A;&#x00005e01;兑换服务。</p><p>Trade &#x42;&#105;tcoin futures with 100x leverage.</p>"),
         "check", 1, "hex references in mixed case with leading zeros (&#x7a33;&#X5B9A;&#x00005e01;) "
         "and a decimal B in Bitcoin: found", finds=["稳定币", "bitcoin"])
    case("html/named-entities.html",
         html("<p>本平台提供比&ZeroWidthSpace;特&zwj;币兑换服务。</p>\n<p>Trade Stable&shy;coins with 100x leverage.</p>\n"
              "<p>Buy &Bscr;itcoin at the best quotes.</p>\n<p>加密&nbsp;资产交易撮合服务。</p>"),
         "check", 1, "named entities inside terms: &ZeroWidthSpace; &zwj; &shy; &nbsp; and &Bscr; "
         "(script B, NFKC → B): decoded, folded, found",
         finds=["比特币", "stablecoin", "bitcoin", "加密资产"])
    case("html/unclosed-comment.html",
         "<!doctype html><html><body><p>" + DOC_BTC + "</p>\n<!-- 旧版页面：提供稳定币兑换服务。\n<p>其他内容</p>\n",
         "check", 1, "a `<!--` that is never closed (runs to EOF): no hang; the text before it is "
         "checked and 比特币 found", finds=["比特币"])
    case("html/abrupt-comment.html",
         html("<p>关于我们</p>\n<!--><p>" + DOC_BTC + "</p>\n<!---><p>" + DOC_STABLE + "</p>"),
         "check", 1, "`<!-->` and `<!--->` are complete empty comments in HTML5: the text after "
         "them is visible; a parser waiting for `-->` swallows it to EOF (silent pass)",
         finds=["比特币", "稳定币"])
    case("html/unclosed-script.html",
         "<!doctype html><html><body><p>" + DOC_BTC + "</p>\n<script>var promo = \"提供稳定币兑换服务\";\n"
         + "var x = 1;\n" * 200, "check", 1,
         "`<script>` never closed (script data to EOF): no hang; the paragraph before is found",
         finds=["比特币"])
    case("html/script-5000.html",
         html("<script>var a = '<p>';</script>\n" * 5000 + "<p>" + DOC_BTC + "</p>"), "check", 1,
         "5 000 script blocks holding `<p>` strings before one paragraph: linear time; 比特币 found",
         finds=["比特币"])
    case("html/term-split-across-tags.html",
         html("<p>本平台提供稳<b>定</b>币兑换服务。</p>\n<p>本平台提供<span class=\"hl\">比</span><a href=\"#\">特</a>"
              "<em>币</em>兑换服务。</p>\n<p>加密<wbr>资产<font color=red></font>交易撮合。</p>"),
         "check", 1, "terms split by inline tags (稳<b>定</b>币, <span>/<a>/<em>, <wbr>): inline "
         "elements do not end a sentence; all found", finds=["稳定币", "比特币", "加密资产"])
    case("html/long-line-100k.html",
         "<!doctype html><html><body><p>" + "0123456789" * 10000 + DOC_BTC + "</p></body></html>",
         "check", 1, "a single 100 000-character line before the term: linear time; 比特币 found",
         finds=["比特币"])
    case("html/div-nesting-20000.html", "<!doctype html><html><body>" + "<div>" * 20000 + DOC_BTC + "\n",
         "check", 1, "20 000 unclosed nested <div>s then the text: no recursion overflow; found",
         finds=["比特币"])
    case("html/entity-edge-cases.html",
         html("<p>&#0; &#xD800; &#x110000; &#1114112; &#99999999999999999999999; &#x; &#; &#-1; "
              "&#xFFFFFFFFFFFFFFFFF; &amp;#31283; &notanentity; &</p>\n<p>" + DOC_BTC + "</p>"),
         "check", 1, "numeric references that are NUL, a surrogate, beyond U+10FFFF, overflow "
         "u32/u64, empty or negative, a double-escaped one and unknown names: no panic (U+FFFD "
         "per HTML5); the real 比特币 found", finds=["比特币"])
    case("html/title-textarea.html",
         "<!doctype html><html><head><title>比特币兑换平台</title></head><body>\n"
         "<form><textarea name=m>" + DOC_STABLE + "</textarea></form></body></html>\n",
         "check", 1, "terms only in <title> and inside a <textarea> (visible RCDATA, not script): "
         "both are text; 比特币 and 稳定币 found", finds=["比特币", "稳定币"])
    case("html/unclosed-style.html",
         "<!doctype html><html><head></head><body><p>" + DOC_BTC + "</p><style>.a{content:'稳定币兑换'}\n",
         "check", 1, "`<style>` never closed: no hang; the paragraph before is found", finds=["比特币"])
    case("html/utf16le-bom.html", enc("\ufeff" + html("<p>" + DOC_BTC + "</p>"), "utf-16-le"), "check", 1,
         "HTML saved as “Unicode” (UTF-16LE with BOM) by a Windows editor: a valid HTML encoding; "
         "decode and find 比特币 (exit 1), or refuse as not UTF-8 (exit 2)", finds=["比特币"],
         exit_also=[2])
    case("html/gbk-meta-charset.html",
         gb('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
            "</head><body><p>" + DOC_BTC + "</p></body></html>\n"), "check", 1,
         "a scraped Chinese page in GBK declaring charset=gbk: honour it and find 比特币 (exit 1), "
         "or refuse as not UTF-8 (exit 2); a lossy decode that finds nothing is a silent pass",
         finds=["比特币"], exit_also=[2])

    case("md/front-matter-only.md", "---\npublisher: enterprise\njurisdiction: domestic\n---\n", "check", 0,
         "front matter and no body: nothing to find (exit 0)")
    case("md/broken-front-matter.md",
         "---\npublisher: [enterprise\naudience: {domestic\n---\n\n" + DOC_BTC + "\n", "check", 2,
         "front matter that is invalid YAML: the facts cannot be read (exit 2)")
    case("md/unterminated-front-matter.md", "---\npublisher: enterprise\n\n# 产品介绍\n\n" + DOC_BTC + "\n",
         "check", 2, "front matter opened and never closed: report it (exit 2), or treat the "
         "file as prose and find 比特币 (exit 1); swallowing the body as front matter and "
         "passing is not allowed", exit_also=[1])
    case("md/front-matter-wrong-shape.md",
         "---\npublisher: {kind: enterprise}\napprovals: rwa\n---\n" + DOC_BTC + "\n", "check", 2,
         "front matter with a map for publisher and a string for approvals: wrong shapes (exit 2)")
    case("md/crlf-front-matter.md", "---\r\npublisher: enterprise\r\n---\r\n\r\n" + DOC_BTC + "\r\n", "check", 1,
         "front matter fenced by `---\\r\\n` (CRLF file): recognised; the body's 比特币 found",
         finds=["比特币"])
    case("md/invalid-utf8.md", "# 产品\n\n".encode() + b"\xff\xfe\xfd " + DOC_BTC.encode() + b"\n", "check", 2,
         "invalid UTF-8 bytes in a Markdown file: unusable (exit 2)")
    rows = "".join(f"| {i} | 深圳市第{i}号科技有限公司 | 软件开发 |\n" for i in range(1, 2500))
    case("md/huge-table.md",
         "| 序号 | 企业 | 业务 |\n|---|---|---|\n" + rows + "| 2500 | 某平台 | 提供比特币兑换服务 |\n",
         "check", 1, "a 2 500-row Markdown table, the last cell offering 比特币兑换: found", finds=["比特币"])
    case("md/blockquote-5000.md", "> " * 5000 + DOC_BTC + "\n", "check", 1,
         "5 000 levels of `>` blockquote: no recursion overflow; 比特币 found", finds=["比特币"])
    case("md/nested-list-5000.md", "- " * 5000 + DOC_BTC + "\n" + "1. " * 3000 + DOC_STABLE + "\n", "check", 1,
         "5 000 nested `- ` and 3 000 nested `1. ` list markers on one line each: no recursion "
         "overflow; both found", finds=["比特币", "稳定币"])
    case("md/long-link-url.md",
         "[" + DOC_BTC + "](https://example.com/" + "a" * 120000 + ")\n", "check", 1,
         "a link with a 120 000-character URL; its text offers 比特币兑换: found", finds=["比特币"])
    case("md/bidi-controls.md",
         "# 服务\n\n本平台提供比\u202e特\u202c币兑换服务。\n\n本平台提供\u2066稳\u2069定币兑换服务。\n\n"
         "本平台提供比\u200f特\u200e币兑换服务。\n", "check", 1,
         "bidi controls (RLO/PDF, LRI/PDI, RLM/LRM) inside 比特币 and 稳定币, in logical order: "
         "invisible, folded away, found", finds=["比特币", "稳定币"])
    case("md/entities-in-markdown.md", f"# 服务\n\n本平台提供{ncr('比特币')}兑换服务。\n\n本平台提供&#x7a33;&#x5b9a;&#x5e01;兑换服务。\n",
         "check", 1, "CommonMark decodes entity references in text: &#27604;&#29305;&#24065; is "
         "比特币 in the rendered page; must be found", finds=["比特币", "稳定币"])
    inv = ["\u200b", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e", "\ufe0f", "\U000e0041", "\u3164", "\u2062"]
    lines = [f"本平台提供比{c}特{c}币兑换服务。" for c in inv]
    case("md/invisible-separators.md", "\n\n".join(lines) + "\n", "check", 1,
         "比特币 split by each of ZWSP, word joiner, ZWNBSP, soft hyphen, combining grapheme "
         "joiner, Mongolian vowel separator, VS16, a tag character, Hangul filler, invisible "
         "times: all default-ignorable; 10 findings", finds=["比特币"])
    case("md/suppression-abuse.md",
         "<!-- redline-ignore vc-business -->\n" + DOC_BTC + "\n\n<!-- redline-ignore vc-business:    -->\n" + DOC_STABLE
         + "\n\n<!-- redline-ignore vc-business: reason\n", "check", 1,
         "suppression comments with no reason, a blank reason, and one never closed: they "
         "silence nothing; 比特币 and 稳定币 found", finds=["比特币", "稳定币"])

    case("txt/cr-only-negation.txt", "本平台严禁欺诈行为\r提供比特币兑换服务\r", "check", 1,
         "CR-only line ends; line 1 holds the negation 严禁 and line 2 the offer: if CR is not a "
         "line break they become one sentence and the negation hides the offer; must be found",
         finds=["比特币"])
    case("txt/unicode-line-separators.txt",
         "我们不提供贷款服务\u2028提供比特币兑换服务\u2029我们不做担保\x0b提供稳定币兑换服务\x0c不接受现金\x85提供USDT兑换服务\n",
         "check", 1, "U+2028, U+2029, VT, FF and NEL separate lines after a negation: each is a "
         "line break, so the negations do not reach the offers; 比特币, 稳定币, USDT found",
         finds=["比特币", "稳定币", "usdt"])
    case("txt/nul-bytes.txt", "本平台提供比\0特\0币兑换服务。\n" + "\0" * 100 + "\n", "check", 1,
         "NULs inside 比特币 and a run of NULs: fold away and find (exit 1), or refuse as binary "
         "(exit 2)", finds=["比特币"], exit_also=[2])
    case("txt/empty.txt", b"", "check", 0, "an empty document: nothing to find (exit 0)")
    case("txt/whitespace-only.txt", " \t\n\r\n\u3000\u00a0\n\n", "check", 0,
         "spaces, tabs, CRLF, ideographic space, NBSP only: exit 0")
    case("txt/bom-crlf.txt", "\ufeff产品说明\r\n" + DOC_BTC + "\r\n", "check", 1,
         "a BOM and CRLF line ends: 比特币 found at the right line/column", finds=["比特币"])
    case("txt/windows-1252.txt",
         b"Checkout: we accept \x93Bitcoin\x94 for all orders \x96 pay with BTC today.\n", "check", 2,
         "windows-1252 smart quotes and dash (0x93 0x94 0x96): not UTF-8 (exit 2), or decoded and "
         "bitcoin found (exit 1)", exit_also=[1])
    case("txt/long-line-100k.txt", "0123456789" * 10000 + DOC_BTC + "\n", "check", 1,
         "100 000 characters on one line before the offer: found in linear time", finds=["比特币"])
    # The filler is Han: a Latin run counts as a third of its letters in `near`.
    unit = "比特币" + "哈" * 21 + "兑换" + "哈" * 21
    case("txt/giant-sentence-near.txt", unit * 1400 + "。" + DOC_STABLE + "\n", "check", 1,
         "one 65 000-character sentence with 1 400 比特币 and 1 400 兑换 each 21+ characters "
         "apart (never within near(20)): a quadratic pairing takes 2 million steps; must stay "
         "linear-ish; the final 稳定币 offer found", finds=["稳定币"])
    case("txt/confusables.txt",
         "Trade \u0412it\u0441\u043ein perpetual futures with 100x leverage.\n"
         "Buy ＵＳＤＴ at the best quotes.\n"
         "Trade Ⓑⓘⓣⓒⓞⓘⓝ futures now.\n"
         "Trade 𝐁𝐢𝐭𝐜𝐨𝐢𝐧 futures now.\n"
         "Trade \u0392itcoin futures now.\n", "check", 1,
         "Bitcoin with Cyrillic В с о, with Greek Β, circled and mathematical bold letters, and "
         "full-width ＵＳＤＴ: all found", finds=["bitcoin", "usdt"])


# ─── 5. Rule files ──────────────────────────────────────────────────────────────────────────

NOTICE = 'notice t { title "T" cite "Test" issued 2026-02-06 articles 1 }\n'
VC = 'terms vc { en "crypto asset" zh "加密资产" }\n'


def rule(when="name has vc", rid="r", article="1", examples=None, message="{field}: {match}", extra=""):
    examples = examples or ['example fail { name: "加密资产公司" }', 'example pass { name: "软件公司" }']
    return (f"rule {rid} {{\n  article {article}\n  severity error\n  on registration\n  summary \"s\"\n"
            f"  when {when}\n  message \"{message}\"\n  help \"h\"\n{extra}"
            + "".join(f"  {e}\n" for e in examples) + "}\n")


def rules_cases():
    ok = NOTICE + VC + rule()
    case("rules/control-valid.rl", ok, "rules", 0, "control: a minimal valid rule file whose examples pass (exit 0)")
    case("rules/bom.rl", "\ufeff" + ok, "rules", 0, "a UTF-8 BOM before a valid file: whitespace (exit 0)")
    case("rules/crlf.rl", ok.replace("\n", "\r\n"), "rules", 0, "CRLF line ends: valid (exit 0)")
    case("rules/cr-only.rl", "// 测试规则\r" + ok.replace("\n", "\r"), "rules", 0,
         "CR-only line ends after a `//` comment: a comment ending only at LF swallows the whole "
         "file; read CR as a line end (exit 0) or fail loudly (exit 2)", exit_also=[2])

    case("rules/parens-3000.rl", NOTICE + VC + rule("(" * 3000 + "name has vc" + ")" * 3000), "rules", 0,
         "`when` wrapped in 3 000 parentheses: valid; compile and pass (exit 0), or reject with a "
         "nesting-limit diagnostic (exit 2); never a stack overflow", exit_also=[2])
    case("rules/parens-3000-unbalanced.rl", NOTICE + VC + rule("(" * 3000 + "name has vc" + ")" * 2999),
         "rules", 2, "3 000 `(` and 2 999 `)`: a syntax error (exit 2) without a stack overflow")
    case("rules/not-20000.rl", NOTICE + VC + rule("not " * 20000 + "name has vc"), "rules", 0,
         "20 000 chained `not` (even: the condition itself): examples pass (exit 0), or a nesting "
         "limit (exit 2); never a stack overflow in parse, validate or eval", exit_also=[2])
    case("rules/not-20001.rl", NOTICE + VC + rule("not " * 20001 + "name has vc"), "rules", 1,
         "20 001 chained `not` (odd: inverted) so both examples fail: `redline test` exits 1 "
         "naming them, or 2 for a nesting limit; never a stack overflow", exit_also=[2])
    case("rules/or-chain-10000.rl", NOTICE + VC + rule(" or ".join(["name has vc"] * 10000)), "rules", 0,
         "10 000 `or` alternatives: a left-deep tree must not overflow the stack; exit 0 (2 for "
         "a documented size limit)", exit_also=[2])
    case("rules/set-union-10000.rl", NOTICE + VC + rule("name has " + " | ".join(["vc"] * 10000)), "rules", 0,
         "`has vc | vc | …` 10 000 times: the same set deduplicated; exit 0")

    cjk = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(60000))
    case("rules/phrase-60000-chars.rl",
         NOTICE + VC + f'terms big {{ zh "{cjk}" }}\n' + rule("name has vc | big"), "rules", 0,
         "one 60 000-character (180 KB) phrase (the brief's 1 MB, capped under 200 KB): "
         "normalised and compiled in linear time; exit 0 (2 for a documented phrase limit)",
         exit_also=[2])

    chain = "".join(f"terms t{i} {{ include t{i + 1} }}\n" for i in range(3000)) + 'terms t3000 { zh "加密资产" }\n'
    case("rules/include-chain-3000.rl", NOTICE + chain + rule("name has t0"), "rules", 0,
         "term set t0 includes t1 includes … t3000: resolved without recursion overflow; exit 0 "
         "(2 for a documented depth limit)", exit_also=[2])
    cyc = "".join(f"terms t{i} {{ zh \"词{i}\" include t{(i + 1) % 3000} }}\n" for i in range(3000))
    case("rules/include-cycle-3000.rl", NOTICE + VC + cyc + rule("name has vc | t0"), "rules", 2,
         "an include cycle 3 000 sets long (t2999 includes t0): rejected as a cycle (exit 2) "
         "without recursion overflow")
    case("rules/include-self.rl", NOTICE + 'terms vc { zh "加密资产" include vc }\n' + rule(), "rules", 2,
         "a set that includes itself: a cycle (exit 2)")

    case("rules/articles-4000000000.rl",
         NOTICE.replace("articles 1", "articles 4000000000") + VC + rule(), "rules", 2,
         "`articles 4000000000`: 3 999 999 999 uncovered articles; must answer quickly (exit 2) "
         "without looping over or listing every one")
    case("rules/articles-u64-overflow.rl",
         NOTICE.replace("articles 1", "articles 99999999999999999999999") + VC + rule(), "rules", 2,
         "`articles` beyond u64: a diagnostic (exit 2), not a parse panic")
    case("rules/article-huge-paragraph.rl",
         NOTICE + VC + rule(article="4294967297 paragraph 18446744073709551616"), "rules", 2,
         "`article 4294967297 paragraph 18446744073709551616`: overflow and bad-article (exit 2)")
    case("rules/article-zero.rl", NOTICE + VC + rule(article="0"), "rules", 2,
         "`article 0`: no such article (exit 2)")
    case("rules/near-overflow.rl", NOTICE + VC + rule("name has vc near(99999999999999999999) vc"), "rules", 2,
         "`near(99999999999999999999)` overflows u64: a diagnostic (exit 2)")
    case("rules/unterminated-string.rl", NOTICE + VC + rule().replace('summary "s"', 'summary "s'), "rules", 2,
         "a string never closed (`summary \"s` runs into the rest of the file): exit 2 with a span")
    case("rules/trailing-backslash-eof.rl", NOTICE + VC + 'terms x { zh "加密\\', "rules", 2,
         "the file ends inside a string right after a backslash: exit 2, no out-of-bounds slice")
    case("rules/invalid-utf8.rl", NOTICE.encode() + b'terms vc { zh "\xe5\x8a\xa0\xff\xfe" }\n' + rule().encode(),
         "rules", 2, "invalid UTF-8 bytes inside a phrase: exit 2 with a diagnostic")
    case("rules/utf16le.rl", enc("\ufeff" + ok, "utf-16-le"), "rules", 2,
         "a rule file saved as UTF-16LE: not UTF-8 (exit 2)")
    case("rules/nul-between-tokens.rl", ok.replace("severity error", "severity\0error"), "rules", 2,
         "a NUL byte between tokens: a syntax error (exit 2)")
    case("rules/empty.rl", b"", "rules", 2, "an empty rule file: no notice (exit 2)")
    case("rules/comment-only.rl", "// 规则待补充\n// notice t { }\n", "rules", 2,
         "only comments: no notice (exit 2)")
    case("rules/unknown-keywords.rl",
         NOTICE + VC + rule().replace("severity", "severty").replace("  when", "  wen")
         + "rulee r2 { }\nterms x { ja \"暗号資産\" }\n", "rules", 2,
         "misspelled keys (severty, wen), an unknown item (rulee) and language (ja): exit 2 with "
         "did-you-mean")
    case("rules/duplicate-ids.rl",
         NOTICE + NOTICE + VC + VC + rule() + rule(), "rules", 2,
         "the notice, a term set and a rule each defined twice: duplicates (exit 2)")
    case("rules/example-deep-object.rl",
         NOTICE + VC + rule(examples=['example fail { name: "加密资产公司" }',
                                       'example pass { name: "软件公司", x: ' + "{ x: " * 3000 + "1" + " }" * 3000 + " }"]),
         "rules", 2, "an example value nested 3 000 objects deep under an unknown field: bad-example "
         "(exit 2) after parsing without a stack overflow")
    case("rules/example-deep-list.rl",
         NOTICE + VC + rule(examples=['example fail { name: "加密资产公司" }',
                                       'example pass { name: "软件公司", approvals: ' + "[" * 3000 + "]" * 3000 + " }"]),
         "rules", 2, "approvals nested 3 000 lists deep in an example: bad-example (exit 2), no "
         "stack overflow")
    case("rules/placeholder-abuse.rl",
         NOTICE + VC + rule(message="{match}" * 5000 + "{nosuch}{field"), "rules", 2,
         "a message of 5 000 `{match}`, an unknown `{nosuch}` and an unclosed `{field`: "
         "unknown-placeholder (exit 2)")
    case("rules/invalid-dates.rl",
         NOTICE.replace("2026-02-06", "2026-02-30") + VC
         + rule(examples=['example fail { name: "加密资产公司" }',
                          'example pass { name: "软件公司", approvals: [{ kind: "rwa", expires: 2027-13-45 }] }']),
         "rules", 2, "`issued 2026-02-30` and an example expiry 2027-13-45: invalid dates (exit 2)")
    many = "".join(rule(rid=f"r{i:03d}") for i in range(600))
    case("rules/rules-600.rl", NOTICE + VC + many, "rules", 0,
         "600 rules, 1 200 examples: linear time; exit 0")


# ─── Manifest ───────────────────────────────────────────────────────────────────────────────

def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_manifest():
    out = ["# Hostile inputs for redline: one [[case]] per file under tests/bad-input/.",
           "# GENERATED by make.py — edit the cases there and re-run it.",
           "#",
           "# file      path relative to tests/bad-input",
           "# run       audit | check | rules   (rules = `redline test --rules FILE`)",
           "# args      extra flags",
           "# exit      the exit code a correct tool must give: 0 clean, 1 an error finding, 2 unusable",
           "# exit_also other exit codes that also honour the contract where the input is genuinely",
           "#           ambiguous (e.g. recover and report vs. refuse); never 101, never a timeout",
           "# finds     terms (normalised: simplified, lower case) that must be reported when the exit",
           "#           is `exit`; `term` of a finding in the JSON output",
           "# Contract: no panic, no hang, no silent pass, bounded memory, ~linear time.",
           ""]
    for c in CASES:
        out.append("[[case]]")
        out.append(f"file = {toml_str(c['file'])}")
        out.append(f"run = {toml_str(c['run'])}")
        out.append("args = [" + ", ".join(toml_str(a) for a in c["args"]) + "]")
        out.append(f"exit = {c['exit']}")
        if c["exit_also"]:
            out.append("exit_also = [" + ", ".join(str(e) for e in c["exit_also"]) + "]")
        if c["finds"]:
            out.append("finds = [" + ", ".join(toml_str(t) for t in c["finds"]) + "]")
        out.append(f"why = {toml_str(c['why'])}")
        out.append("")
    data = "\n".join(out).encode()
    path = os.path.join(ROOT, "cases.toml")
    old = open(path, "rb").read() if os.path.exists(path) else None
    if old != data:
        with open(path, "wb") as f:
            f.write(data)


def main():
    csv_cases()
    tsv_cases()
    jsonl_cases()
    xlsx_cases()
    yaml_cases()
    json_cases()
    doc_cases()
    rules_cases()
    write_manifest()
    # Files of earlier versions of this script that no case writes any more.
    keep = {c["file"] for c in CASES}
    for family in sorted({f.split("/")[0] for f in keep}):
        for name in sorted(os.listdir(os.path.join(ROOT, family))):
            if f"{family}/{name}" not in keep:
                os.remove(os.path.join(ROOT, family, name))
                print(f"removed stale {family}/{name}")
    families = {}
    for c in CASES:
        families[c["file"].split("/")[0]] = families.get(c["file"].split("/")[0], 0) + 1
    print(f"{len(CASES)} cases: " + ", ".join(f"{k} {v}" for k, v in families.items()))


if __name__ == "__main__":
    main()
