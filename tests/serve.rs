//! The API of `redline serve`, driven without a socket: every endpoint, and every refusal — a
//! foreign Host, a foreign Origin, an oversized upload, an unreadable file, an unknown rule.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use http_body_util::BodyExt;
use redline::serve::{router, ServeOptions};
use tower::ServiceExt;

const HOST: &str = "127.0.0.1:7878";

fn app(max_upload: usize) -> axum::Router {
    app_with(max_upload, 2)
}

fn app_with(max_upload: usize, max_audits: usize) -> axum::Router {
    router(
        redline::rules::Rules::builtin(),
        ServeOptions {
            listen: HOST.parse().unwrap(),
            max_upload,
            max_audits,
            today: jiff::civil::date(2026, 11, 23),
            allow_hosts: vec!["192.168.1.20:7878".into()],
        },
    )
}

struct Answer {
    status: StatusCode,
    content_type: String,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|_| panic!("JSON: {}", String::from_utf8_lossy(&self.body)))
    }
}

async fn send(
    app: &axum::Router,
    method: Method,
    uri: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> Answer {
    // The server's own name unless the test names another.
    let named = headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("host"));
    let mut request = Request::builder().method(method).uri(uri);
    if !named {
        request = request.header(header::HOST, HOST);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Answer {
        status,
        content_type,
        body,
    }
}

async fn get(app: &axum::Router, uri: &str) -> Answer {
    send(app, Method::GET, uri, &[], Vec::new()).await
}

fn refused(answer: &Answer, status: StatusCode, code: &str) {
    assert_eq!(
        answer.status,
        status,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    let body = answer.json();
    assert_eq!(body["code"], code, "{body}");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert!(body["help"].as_str().is_some_and(|h| !h.is_empty()));
}

#[tokio::test]
async fn the_page_and_its_parts_come_from_the_binary() {
    let app = app(1 << 20);
    let page = get(&app, "/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.content_type.starts_with("text/html"));
    let html = String::from_utf8(page.body).unwrap();
    assert!(html.contains("/app.js") && html.contains("/app.css"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no CDN"
    );
    assert!(get(&app, "/app.js")
        .await
        .content_type
        .starts_with("text/javascript"));
    assert!(get(&app, "/app.css")
        .await
        .content_type
        .starts_with("text/css"));
    let openapi = get(&app, "/api/openapi.json").await.json();
    assert_eq!(openapi["openapi"], "3.0.3");
    for path in [
        "/api/check",
        "/api/rules",
        "/api/rules/{id}",
        "/api/audits",
        "/api/audits/{id}",
        "/api/audits/{id}/report.xlsx",
        "/api/audits/{id}/report.csv",
    ] {
        assert!(openapi["paths"][path].is_object(), "{path} is documented");
    }
    refused(
        &get(&app, "/nothing-here").await,
        StatusCode::NOT_FOUND,
        "redline::serve::not-found",
    );
}

#[tokio::test]
async fn check_gives_the_cli_report_with_the_text() {
    let app = app(1 << 20);
    let filing = std::fs::read("examples/registrations/02-stablecoin-name.yaml").unwrap();
    let answer = send(
        &app,
        Method::POST,
        "/api/check?name=filing.yaml&lang=zh",
        &[],
        filing.clone(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let report = answer.json();
    assert_eq!(report["text"], String::from_utf8(filing).unwrap());
    assert_eq!(report["kind"], "yaml");
    let findings = report["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    let text = report["text"].as_str().unwrap();
    for f in findings {
        let (start, end) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[start..end],
            f["matched"].as_str().unwrap(),
            "the span is the matched bytes"
        );
        assert!(
            f["citation"].as_str().unwrap().contains("银发"),
            "in Chinese: {f}"
        );
    }
    // A page, pasted without a name: its kind is read from the text.
    let page = "本平台提供比特币与人民币兑换服务，秒到账。";
    let answer = send(
        &app,
        Method::POST,
        "/api/check",
        &[],
        page.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(answer.json()["findings"][0]["rule"], "vc-business");
}

#[tokio::test]
async fn check_refuses_what_it_cannot_read() {
    let app = app(64);
    refused(
        &send(
            &app,
            Method::POST,
            "/api/check?name=a.txt",
            &[],
            vec![0xC4, 0xE3, 0xBA, 0xC3],
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "redline::input::encoding",
    );
    refused(
        &send(
            &app,
            Method::POST,
            "/api/check?name=a.txt",
            &[],
            b"  \n".to_vec(),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "redline::input::empty",
    );
    refused(
        &send(
            &app,
            Method::POST,
            "/api/check?name=a.txt",
            &[],
            vec![b'a'; 65],
        )
        .await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "redline::serve::too-large",
    );
    // A broken filing is a report with its input problem, as on the command line.
    let answer = send(
        &app,
        Method::POST,
        "/api/check?name=a.yaml",
        &[],
        b"name: [unclosed".to_vec(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.json()["summary"]["input_errors"].as_u64().unwrap() >= 1);
}

#[tokio::test]
async fn only_this_server_and_its_own_page_may_drive_it() {
    let app = app(1 << 20);
    // DNS rebinding: a name that points at 127.0.0.1 is still not this server's name.
    refused(
        &send(
            &app,
            Method::GET,
            "/api/rules",
            &[("host", "attacker.example:7878")],
            Vec::new(),
        )
        .await,
        StatusCode::MISDIRECTED_REQUEST,
        "redline::serve::foreign-host",
    );
    // A cross-site POST through the user's browser.
    refused(
        &send(
            &app,
            Method::POST,
            "/api/check?name=a.md",
            &[("origin", "https://attacker.example")],
            b"x".to_vec(),
        )
        .await,
        StatusCode::FORBIDDEN,
        "redline::serve::foreign-origin",
    );
    // A name the user allowed (--allow-host) is this server's too.
    let allowed = send(
        &app,
        Method::GET,
        "/api/rules",
        &[("host", "192.168.1.20:7878")],
        Vec::new(),
    )
    .await;
    assert_eq!(allowed.status, StatusCode::OK);
    // Its own page, and programs that send no Origin, are served.
    let own = send(
        &app,
        Method::POST,
        "/api/check?name=a.md",
        &[("origin", "http://127.0.0.1:7878")],
        "比特币".as_bytes().to_vec(),
    )
    .await;
    assert_eq!(own.status, StatusCode::OK);
    let local = send(
        &app,
        Method::POST,
        "/api/check?name=a.md",
        &[("origin", "http://localhost:7878")],
        "x".as_bytes().to_vec(),
    )
    .await;
    assert_eq!(local.status, StatusCode::OK);
}

#[tokio::test]
async fn rules_and_explain_and_an_unknown_rule() {
    let app = app(1 << 20);
    let rules = get(&app, "/api/rules?lang=zh").await.json();
    assert!(rules["rules"].as_array().unwrap().len() >= 20);
    assert_eq!(
        rules["coverage"].as_array().unwrap().len(),
        19,
        "every article"
    );
    assert!(rules["grants"]
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["kind"] == "vc-issuance"));
    let page = get(&app, "/api/rules/vc-mining").await.json();
    assert!(page["text"].as_str().unwrap().contains("vc-mining"));
    let unknown = get(&app, "/api/rules/vc-minig").await;
    refused(
        &unknown,
        StatusCode::NOT_FOUND,
        "redline::cli::unknown-rule",
    );
    assert!(
        unknown.json()["message"]
            .as_str()
            .unwrap()
            .contains("vc-mining"),
        "did you mean"
    );
}

async fn finish(app: &axum::Router, id: &str) -> serde_json::Value {
    // Generous: a debug build on a busy machine.
    for _ in 0..2400 {
        let status = get(app, &format!("/api/audits/{id}")).await.json();
        if status["state"] != "running" {
            return status;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("the audit did not finish");
}

#[tokio::test]
async fn an_audit_runs_to_its_summary_and_reports_then_goes() {
    let app = app(1 << 20);
    let list = std::fs::read("examples/entities/province-export-gb18030.csv").unwrap();
    let started = send(&app, Method::POST, "/api/audits?name=export.csv", &[], list).await;
    assert_eq!(started.status, StatusCode::ACCEPTED);
    let id = started.json()["id"].as_str().unwrap().to_string();
    let done = finish(&app, &id).await;
    assert_eq!(done["state"], "done", "{done}");
    let summary = &done["summary"];
    let read = summary["rows_read"].as_u64().unwrap();
    assert_eq!(read, 11);
    assert_eq!(
        read,
        summary["rows_clean"].as_u64().unwrap()
            + summary["rows_flagged"].as_u64().unwrap()
            + summary["rows_with_errors"].as_u64().unwrap()
    );
    assert!(done["encoding"].as_str().unwrap().contains("gb18030"));

    let csv = get(&app, &format!("/api/audits/{id}/report.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let csv = String::from_utf8(csv.body).unwrap();
    assert!(csv.starts_with("\u{FEFF}file,row,id,name,status"));
    let findings = summary["findings"].as_u64().unwrap() as usize;
    assert_eq!(
        csv.lines().filter(|l| l.contains(",finding,")).count(),
        findings
    );

    let xlsx = get(&app, &format!("/api/audits/{id}/report.xlsx")).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.content_type.contains("spreadsheetml"));
    assert_eq!(&xlsx.body[..2], b"PK", "a workbook");

    let gone = send(
        &app,
        Method::DELETE,
        &format!("/api/audits/{id}"),
        &[],
        Vec::new(),
    )
    .await;
    assert_eq!(gone.status, StatusCode::NO_CONTENT);
    refused(
        &get(&app, &format!("/api/audits/{id}")).await,
        StatusCode::NOT_FOUND,
        "redline::serve::unknown-audit",
    );
}

#[tokio::test]
async fn an_audit_of_an_unreadable_file_fails_with_its_code() {
    let app = app(1 << 20);
    let started = send(
        &app,
        Method::POST,
        "/api/audits?name=list.xlsx",
        &[],
        b"not a workbook at all".to_vec(),
    )
    .await;
    let id = started.json()["id"].as_str().unwrap().to_string();
    let done = finish(&app, &id).await;
    assert_eq!(done["state"], "failed");
    assert_eq!(done["code"], "redline::audit::unusable");
    refused(
        &get(&app, &format!("/api/audits/{id}/report.xlsx")).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "redline::audit::unusable",
    );
    refused(
        &send(
            &app,
            Method::POST,
            "/api/audits?name=list.csv",
            &[],
            Vec::new(),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "redline::input::empty",
    );
}

#[tokio::test]
async fn audits_past_the_limit_wait_their_turn() {
    let app = app_with(64 << 20, 1);
    // Long enough that the first is still running when the second arrives.
    let mut list = String::from("企业名称,经营范围\n");
    for i in 0..60_000 {
        list.push_str(&format!("某某{i}科技有限公司,软件开发；比特币矿机销售\n"));
    }
    let first = send(
        &app,
        Method::POST,
        "/api/audits?name=big.csv",
        &[],
        list.clone().into_bytes(),
    )
    .await;
    assert_eq!(first.status, StatusCode::ACCEPTED);
    let second = send(
        &app,
        Method::POST,
        "/api/audits?name=big.csv",
        &[],
        list.into_bytes(),
    )
    .await;
    refused(
        &second,
        StatusCode::TOO_MANY_REQUESTS,
        "redline::serve::busy",
    );
    let id = first.json()["id"].as_str().unwrap().to_string();
    let done = finish(&app, &id).await;
    assert_eq!(done["summary"]["rows_read"], 60_000);
}

#[tokio::test]
async fn an_entity_list_past_the_upload_limit_is_refused_as_it_streams_in() {
    let app = app(1024);
    let list = "企业名称\n".to_string() + &"某某科技有限公司\n".repeat(200);
    refused(
        &send(
            &app,
            Method::POST,
            "/api/audits?name=list.csv",
            &[],
            list.into_bytes(),
        )
        .await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "redline::serve::too-large",
    );
    // The slot it took is free again.
    let small = send(
        &app,
        Method::POST,
        "/api/audits?name=list.csv",
        &[],
        "企业名称\n某某科技有限公司\n".as_bytes().to_vec(),
    )
    .await;
    assert_eq!(small.status, StatusCode::ACCEPTED);
}
