//! `redline audit` as a registry or bank runs it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn audit(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_redline"))
        .env("LC_ALL", "C")
        .env("COLUMNS", "100")
        .arg("audit")
        .args(args)
        .args(["--today", "2026-11-23"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the redline binary runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        // redline may refuse its arguments and exit before reading: a closed pipe is fine.
        let _ = input.write_all(bytes);
    }
    drop(input);
    let output = child.wait_with_output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn records(run: &Run) -> Vec<serde_json::Value> {
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

fn summary_of(args: &[&str]) -> (Run, serde_json::Value) {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.json");
    let mut all: Vec<&str> = args.to_vec();
    let summary_arg = summary.display().to_string();
    all.extend(["--summary", &summary_arg]);
    let run = audit(&all, None);
    let value = serde_json::from_str(&std::fs::read_to_string(&summary).unwrap()).unwrap();
    (run, value)
}

const CSV: &str = "统一社会信用代码,企业名称,经营范围\n\
                   91440300MA5G000001,深圳市云帆软件科技有限公司,软件开发；信息系统集成服务\n\
                   91440300MA5G000002,深圳市稳定币科技有限公司,软件开发\n\
                   91440300MA5G000003,杭州通信加密技术有限公司,通信加密；资产评估\n";

#[test]
fn every_example_list_is_audited_and_snapshotted() {
    for file in [
        "registry-export-utf8.csv",
        "province-export-gb18030.csv",
        "merchant-list.xlsx",
        "platform-merchants.jsonl",
    ] {
        let path = format!("examples/entities/{file}");
        let run = audit(&[&path], None);
        assert!(
            run.stderr.contains("every row accounted for"),
            "{file}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("columns name ←"),
            "{file}: the column choice is printed"
        );
        insta::assert_snapshot!(
            format!("audit_{}", file.replace(['.', '-'], "_")),
            format!("exit {}\n{}", run.code, run.stdout)
        );
    }
}

#[test]
fn gb18030_is_detected_and_a_bad_byte_fails_only_its_row() {
    let run = audit(&["examples/entities/province-export-gb18030.csv"], None);
    let records = records(&run);
    let undecodable: Vec<_> = records
        .iter()
        .filter(|r| r["code"] == "redline::audit::undecodable")
        .collect();
    assert_eq!(undecodable.len(), 1);
    assert_eq!(undecodable[0]["row"], 9);
    assert_eq!(
        undecodable[0]["id"], "91440300MA5GBBBB1K",
        "an error record still names the entity"
    );
    assert!(
        records
            .iter()
            .any(|r| r["row"] == 11 && r["matched"] == "加密 資產"),
        "rows after the bad one are read"
    );
    assert_eq!(run.code, 2);
}

#[test]
fn utf16_tsv_and_stdin_are_read() {
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in CSV.replace(',', "\t").encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let (_dir, path) = temp_file("excel-unicode.txt", &utf16);
    let run = audit(&[&path.display().to_string()], None);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(records(&run)[0]["matched"], "稳定币");

    let run = audit(&["-"], Some(CSV.as_bytes()));
    assert_eq!(records(&run)[0]["row"], 2);
    let run = audit(
        &["-", "--input-format", "tsv"],
        Some(CSV.replace(',', "\t").as_bytes()),
    );
    assert_eq!(records(&run)[0]["row"], 2);
}

#[test]
fn a_utf8_bom_is_not_part_of_the_first_header() {
    let (_dir, path) = temp_file("bom.csv", format!("\u{FEFF}{CSV}").as_bytes());
    let run = audit(&[&path.display().to_string()], None);
    assert!(
        run.stderr.contains("id ← 统一社会信用代码"),
        "{}",
        run.stderr
    );
}

#[test]
fn malformed_rows_are_reported_counted_and_passed() {
    let big = "长".repeat(40);
    let text = format!(
        "企业名称,经营范围\n\
         深圳市甲科技有限公司,软件开发\n\
         深圳市乙科技有限公司,软件开发,多余的列\n\
         \"深圳市丙科技有限公司,软件开发\n\
         深圳市丁科技有限公司,{big}\n\
         深圳市稳定币科技有限公司,软件开发\n"
    );
    let (_dir, path) = temp_file("broken.csv", text.as_bytes());
    let (run, summary) = summary_of(&[
        &path.display().to_string(),
        "--max-cell-bytes",
        "100",
        "--all",
    ]);
    let codes: Vec<String> = records(&run)
        .iter()
        .map(|r| {
            r["code"]
                .as_str()
                .unwrap_or(r["status"].as_str().unwrap())
                .to_string()
        })
        .collect();
    assert_eq!(
        codes,
        [
            "clean",
            "redline::audit::column-count",
            "redline::audit::unterminated-quote",
            "redline::audit::cell-too-large",
            "finding"
        ]
    );
    assert_eq!(summary["rows_read"], 5);
    assert_eq!(summary["rows_with_errors"], 3);
    assert_eq!(run.code, 2);
}

#[test]
fn the_accounting_identity_holds_and_every_row_is_in_the_output_with_all() {
    let (run, summary) = summary_of(&["examples/entities/registry-export-utf8.csv", "--all"]);
    let read = summary["rows_read"].as_u64().unwrap();
    assert_eq!(read, 12);
    assert_eq!(
        read,
        summary["rows_clean"].as_u64().unwrap()
            + summary["rows_flagged"].as_u64().unwrap()
            + summary["rows_with_errors"].as_u64().unwrap()
    );
    let mut rows: Vec<u64> = records(&run)
        .iter()
        .map(|r| r["row"].as_u64().unwrap())
        .collect();
    rows.dedup();
    assert_eq!(
        rows,
        (1..=12).collect::<Vec<_>>(),
        "every row appears, in input order"
    );
    assert!(summary["by_article"]["8"].as_u64().unwrap() > 0);
}

#[test]
fn output_is_in_input_order_and_identical_for_any_thread_count() {
    let mut text = String::from("企业名称,经营范围\n");
    for i in 0..20_000 {
        let scope = if i % 97 == 0 {
            "虚拟货币兑换"
        } else {
            "软件开发；技术服务"
        };
        text.push_str(&format!("深圳市第{i}科技有限公司,{scope}\n"));
    }
    let (_dir, path) = temp_file("many.csv", text.as_bytes());
    let path = path.display().to_string();
    let one = audit(&[&path, "--threads", "1"], None);
    let two = audit(&[&path, "--threads", "2"], None);
    let four = audit(&[&path, "--threads", "4"], None);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);
    let rows: Vec<u64> = records(&one)
        .iter()
        .map(|r| r["row"].as_u64().unwrap())
        .collect();
    assert!(rows.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(
        rows.iter().filter(|r| (*r - 1) % 97 == 0).count(),
        rows.len()
    );
}

#[test]
fn output_files_are_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in [("jsonl", "out.jsonl"), ("csv", "out.csv")] {
        let out = dir.path().join(name);
        let run = audit(
            &[
                "examples/entities/registry-export-utf8.csv",
                "--format",
                format,
                "-o",
                &out.display().to_string(),
            ],
            None,
        );
        assert!(run.stdout.is_empty());
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.contains("稳定币"));
        if format == "csv" {
            // A byte-order mark first, so that Excel opens the file as UTF-8.
            assert!(written.starts_with("\u{FEFF}file,row,id,name,status,rule,article"));
            let mut reader = csv::Reader::from_reader(written.as_bytes());
            assert!(reader.records().all(|r| r.unwrap().len() == 16));
        }
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "no temporary files remain: {leftovers:?}"
    );
}

#[test]
fn exit_codes_follow_check() {
    let clean = "企业名称,经营范围\n深圳市云帆软件科技有限公司,软件开发\n";
    assert_eq!(audit(&["-"], Some(clean.as_bytes())).code, 0);
    assert_eq!(audit(&["-"], Some(CSV.as_bytes())).code, 1);
    let warning_only = "企业名称,经营范围\n深圳市甲有限公司,数字资产管理咨询\n";
    assert_eq!(audit(&["-"], Some(warning_only.as_bytes())).code, 0);
}

#[test]
fn columns_can_be_named_and_mistakes_are_clear() {
    let text = "编号,单位,范围,类型\n1,北京汇通支付有限公司,为虚拟货币交易提供支付通道,payment_institution\n";
    let run = audit(
        &[
            "-",
            "--name-col",
            "单位",
            "--scope-col",
            "3",
            "--id-col",
            "编号",
            "--col",
            "entity_type=类型",
        ],
        Some(text.as_bytes()),
    );
    let records = records(&run);
    assert!(
        records.iter().any(|r| r["rule"] == "fi-vc-services"),
        "{}",
        run.stdout
    );
    assert_eq!(records[0]["id"], "1");

    let run = audit(&["-"], Some(text.as_bytes()));
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("no column holds a name or business scope"),
        "{}",
        run.stderr
    );
    let run = audit(&["-", "--col", "entity_typ=类型"], Some(text.as_bytes()));
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `entity_type`?"),
        "{}",
        run.stderr
    );
    let run = audit(&["-", "--encoding", "latin-9000"], Some(text.as_bytes()));
    assert!(run.stderr.contains("redline::cli::unknown-encoding"));
    let run = audit(&[Path::new("no/such.csv").to_str().unwrap()], None);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("redline::audit::unusable"));
}

#[test]
fn forced_encoding_overrides_detection() {
    let (gbk, _, _) = encoding_rs::GBK.encode(CSV);
    let run = audit(&["-", "--encoding", "gbk"], Some(&gbk));
    assert_eq!(records(&run)[0]["matched"], "稳定币");
    let run = audit(&["-", "--encoding", "utf-8"], Some(&gbk));
    assert!(records(&run)
        .iter()
        .all(|r| r["code"] == "redline::audit::undecodable"));
}

#[test]
fn a_sheet_with_a_title_row_is_read_from_the_header_row_with_sheet_row_numbers() {
    let book = "tests/bad-input/xlsx/title-row-above-header.xlsx";
    let refused = Command::new(env!("CARGO_BIN_EXE_redline"))
        .env("LC_ALL", "C")
        .env("COLUMNS", "100")
        .args(["audit", book])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--header-row"));
    let read = Command::new(env!("CARGO_BIN_EXE_redline"))
        .env("LC_ALL", "C")
        .env("COLUMNS", "100")
        .args(["audit", "--header-row", "2", book])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(read.status.code(), Some(1));
    let rows: Vec<u64> = String::from_utf8_lossy(&read.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["row"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert!(
        rows.iter().all(|r| *r >= 3),
        "rows are the sheet's own numbers: {rows:?}"
    );
    assert!(rows.contains(&4));
}

#[test]
fn one_sheet_is_chosen_by_name_and_an_unknown_one_is_named() {
    let book = "tests/bad-input/xlsx/violation-on-second-sheet.xlsx";
    let run = |sheet: &str| {
        Command::new(env!("CARGO_BIN_EXE_redline"))
            .env("LC_ALL", "C")
            .env("COLUMNS", "100")
            .args(["audit", "--sheet", sheet, book])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let chosen = run("2025年");
    assert_eq!(chosen.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&chosen.stdout)
        .lines()
        .all(|l| l.contains("#2025年")));
    let unknown = run("2025");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("did you mean `2025年`?"));
}

#[test]
fn set_gives_every_row_a_fact_and_records_carry_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("merchants.csv");
    std::fs::write(
        &list,
        "企业名称,经营范围\n某某科技有限公司,为USDT交易提供资金结算通道\n",
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_redline"))
            .env("LC_ALL", "C")
            .env("COLUMNS", "100")
            .arg("audit")
            .args(extra)
            .arg(&list)
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let plain = run(&[]);
    assert!(plain.contains("\"name\":\"某某科技有限公司\""), "{plain}");
    assert!(!plain.contains("fi-vc-services"));
    let as_payment_firm = run(&["--set", "entity_type=支付机构"]);
    assert!(
        as_payment_firm.contains("fi-vc-services"),
        "{as_payment_firm}"
    );
}

#[test]
fn a_row_whose_name_says_payment_firm_is_read_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("merchants.csv");
    std::fs::write(
        &list,
        "企业名称,经营范围\n某某支付有限公司,为USDT交易提供资金结算通道\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_redline"))
        .env("LC_ALL", "C")
        .args(["audit", list.to_str().unwrap()])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("fi-vc-services"), "{out}");
}

#[test]
fn long_numeric_ids_in_a_workbook_keep_every_digit() {
    let book = "tests/bad-input/xlsx/long-numeric-ids.xlsx";
    let run = audit(&[book, "--all"], None);
    let ids: Vec<String> = records(&run)
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        ids.contains(&"913100001234567890".to_string()),
        "the digits the file writes, not an f64's 913100001234567900: {ids:?}"
    );
    assert!(ids.contains(&"-123456789012345678".to_string()), "{ids:?}");
    // Excel itself keeps 15 digits; what it wrote reads as whole digits, never in exponent form.
    assert!(ids.contains(&"913100001234567000".to_string()), "{ids:?}");
}

/// Every sheet of a workbook as rows of cell texts (numbers as written, without `.0`).
fn sheets(path: &std::path::Path) -> Vec<(String, Vec<Vec<String>>)> {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let mut book: Xlsx<_> = open_workbook(path).expect("the workbook opens");
    let names = book.sheet_names().to_vec();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("the sheet reads");
            let rows = range
                .rows()
                .map(|row| {
                    row.iter()
                        .map(|cell| match cell {
                            Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

#[test]
fn an_excel_report_holds_the_same_findings_as_the_records_and_every_sheet_says_its_part() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("report.xlsx");
    let input = "examples/entities/province-export-gb18030.csv";
    let lines = audit(&[input], None);
    let expected: Vec<serde_json::Value> = records(&lines);
    let run = audit(
        &[input, "--format", "xlsx", "-o", book.to_str().unwrap()],
        None,
    );
    assert_eq!(run.code, lines.code, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "the records go to the workbook");
    let sheets = sheets(&book);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Findings", "Rows not checked", "Summary", "About"]);

    // Findings: one row per finding record, in order, with the row, rule, citation, the cell's
    // whole text (holding the match) and the rule's help.
    let findings = &sheets[0].1;
    assert_eq!(findings[0][0], "file");
    let want: Vec<&serde_json::Value> = expected
        .iter()
        .filter(|r| r["status"] == "finding")
        .collect();
    assert_eq!(findings.len() - 1, want.len());
    for (row, record) in findings[1..].iter().zip(&want) {
        assert_eq!(row[1], record["row"].to_string());
        assert_eq!(row[3], record["name"].as_str().unwrap_or(""));
        assert_eq!(row[6], record["rule"].as_str().unwrap());
        assert!(
            row[7].contains(&format!("art. {}", record["article"])),
            "{row:?}"
        );
        let matched = record["matched"].as_str().unwrap();
        assert_eq!(row[9], matched);
        assert!(
            row[5].contains(matched),
            "the text holds the match: {row:?}"
        );
        assert_eq!(row[10], record["message"].as_str().unwrap());
        assert!(!row[11].is_empty(), "help: {row:?}");
    }

    // Rows not checked: one row per error record.
    let errors = &sheets[1].1;
    let want_errors: Vec<&serde_json::Value> =
        expected.iter().filter(|r| r["status"] == "error").collect();
    assert_eq!(errors.len() - 1, want_errors.len());
    for (row, record) in errors[1..].iter().zip(&want_errors) {
        assert_eq!(row[1], record["row"].to_string());
        assert_eq!(row[3], record["code"].as_str().unwrap());
    }

    // Summary: rows read, clean, flagged, not checked, findings; then by article, by rule.
    let summary = &sheets[2].1;
    let value = |label: &str| {
        summary
            .iter()
            .find(|r| r[0] == label)
            .map(|r| r[2].clone())
            .unwrap_or_else(|| panic!("`{label}` in the summary: {summary:?}"))
    };
    assert_eq!(value("rows read"), "11");
    assert_eq!(value("findings"), want.len().to_string());
    let by_article: u64 = summary
        .iter()
        .skip_while(|r| r[0] != "article")
        .skip(1)
        .take_while(|r| !r[0].is_empty())
        .map(|r| r[2].parse::<u64>().unwrap())
        .sum();
    assert_eq!(by_article, want.len() as u64);

    // About: the rules, the day judged, the input's encoding.
    let about = &sheets[3].1;
    let text: Vec<String> = about.iter().map(|r| r.join(" ")).collect();
    assert!(text.iter().any(|l| l.contains("yinfa-2026-42")), "{text:?}");
    assert!(text.iter().any(|l| l.contains("2026-11-23")), "{text:?}");
    assert!(text.iter().any(|l| l.contains("gb18030")), "{text:?}");
}

#[test]
fn an_excel_report_needs_a_file_to_go_to() {
    let run = audit(
        &[
            "examples/entities/registry-export-utf8.csv",
            "--format",
            "xlsx",
        ],
        None,
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("redline::audit::xlsx-needs-output"),
        "{}",
        run.stderr
    );
}
