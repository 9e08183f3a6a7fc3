//! The page and the JSON API it uses. Every error is JSON with a stable code, as the command
//! line's diagnostics are: `{"code", "message", "help"}`.

use std::io::BufReader;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::check::{check_source, kind_of, Checker};
use crate::eval::evaluate::Evaluator;
use crate::input::InputProblem;
use crate::lang::Lang;
use crate::report::xlsx;

const PAGE: &str = include_str!("page/index.html");
const SCRIPT: &str = include_str!("page/app.js");
const STYLE: &str = include_str!("page/app.css");
const OPENAPI: &str = include_str!("openapi.json");

type Shared = State<Arc<super::State>>;

/// A refusal as JSON with its stable code.
pub fn refuse(
    status: StatusCode,
    code: &str,
    message: impl Into<String>,
    help: impl Into<String>,
) -> Response {
    let body = json!({ "code": code, "message": message.into(), "help": help.into() });
    (status, Json(body)).into_response()
}

fn with_type(content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut response = Response::new(body.into());
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // The page is this server's own: nothing of it may be framed or sniffed as something else.
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
        .headers_mut()
        .insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

pub async fn page() -> Response {
    let mut response = with_type("text/html; charset=utf-8", PAGE);
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'",
        ),
    );
    response
}

pub async fn script() -> Response {
    with_type("text/javascript; charset=utf-8", SCRIPT)
}

pub async fn style() -> Response {
    with_type("text/css; charset=utf-8", STYLE)
}

pub async fn openapi() -> Response {
    with_type("application/json", OPENAPI)
}

pub async fn not_found() -> Response {
    refuse(
        StatusCode::NOT_FOUND,
        "redline::serve::not-found",
        "no such page or API",
        "GET /api/openapi.json lists the API",
    )
}

/// `?name=FILE&lang=zh`: what the upload is called (its extension says its kind) and the
/// language of messages.
#[derive(Deserialize)]
pub struct Upload {
    name: Option<String>,
    lang: Option<String>,
}

fn lang_of(lang: Option<&str>) -> Lang {
    match lang {
        Some(l) if l.to_ascii_lowercase().starts_with("zh") => Lang::Zh,
        _ => Lang::En,
    }
}

/// The body, whole, unless it holds more than `max` bytes.
async fn body_of(body: Body, max: usize) -> Result<Bytes, Box<Response>> {
    axum::body::to_bytes(body, max)
        .await
        .map_err(|_| Box::new(too_large(max)))
}

/// `POST /api/check`: a filing or a page, as the body; the same JSON report as `redline check
/// --format json`, with the file's text so the page can show every finding in place.
pub async fn check(State(state): Shared, Query(upload): Query<Upload>, body: Body) -> Response {
    let bytes = match body_of(body, state.options.max_upload).await {
        Ok(bytes) => bytes,
        Err(refused) => return *refused,
    };
    let lang = lang_of(upload.lang.as_deref());
    let name = upload
        .name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "pasted.txt".to_string());
    let Ok(text) = String::from_utf8(bytes.to_vec()) else {
        let problem = InputProblem::error(
            "redline::input::encoding",
            "this file is not UTF-8",
            None,
            "save registrations and documents as UTF-8 (entity lists in GB18030 go to the audit)",
        );
        return refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            &problem.code,
            problem.message,
            problem.help,
        );
    };
    if text.trim().is_empty() {
        return refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            "redline::input::empty",
            "there is nothing to check",
            "paste a filing or a page, or drop a file",
        );
    }
    let kind = kind_of(&name, &text);
    let rules = &state.rules;
    let evaluator = Evaluator::new(rules.set(), state.options.today).with_lang(lang);
    let checker = Checker::new(evaluator, rules.set(), rules.disabled());
    let report = check_source(&checker, &name, Arc::from(text.as_str()), kind);
    let context = crate::report::Context {
        lang,
        color: false,
        width: 100,
        rules: rules.set(),
        disabled: rules.disabled(),
        show_set_aside: true,
    };
    let mut document: Value = serde_json::from_str(&crate::report::json::render(
        std::slice::from_ref(&report),
        &context,
    ))
    .expect("the JSON report parses");
    document["text"] = json!(text);
    document["kind"] = json!(format!("{kind:?}").to_lowercase());
    Json(document).into_response()
}

/// `GET /api/rules`: every rule with its article, the coverage of every article, the grant kinds.
pub async fn rules(State(state): Shared, Query(upload): Query<Upload>) -> Response {
    let lang = lang_of(upload.lang.as_deref());
    let set = state.rules.set();
    let rules = crate::explain::listing(set, lang, state.rules.disabled());
    let grants: Vec<Value> = set
        .notices
        .iter()
        .flat_map(|n| &n.grants)
        .map(|g| json!({ "kind": g.name, "about": g.about.get(lang), "aliases": g.aliases }))
        .collect();
    let notices: Vec<Value> = set
        .notices
        .iter()
        .map(|n| json!({ "id": n.id, "cite": n.cite.get(lang), "title": n.title.get(lang), "issued": n.issued }))
        .collect();
    Json(json!({
        "notices": notices,
        "rules": rules,
        "coverage": crate::provisions::coverage(set, lang),
        "grants": grants,
    }))
    .into_response()
}

/// `GET /api/rules/{id}`: the rule's page, as `redline explain` writes it.
pub async fn explain(
    State(state): Shared,
    Path(id): Path<String>,
    Query(upload): Query<Upload>,
) -> Response {
    let lang = lang_of(upload.lang.as_deref());
    match crate::explain::page(&state.rules, &id, lang, state.rules.disabled()) {
        Ok(text) => Json(json!({ "id": id, "text": text })).into_response(),
        Err(message) => refuse(
            StatusCode::NOT_FOUND,
            "redline::cli::unknown-rule",
            message,
            "GET /api/rules lists every rule",
        ),
    }
}

/// `POST /api/audits?name=FILE`: an entity list as the body; 202 with the job to poll.
pub async fn start_audit(
    State(state): Shared,
    Query(upload): Query<Upload>,
    body: Body,
) -> Response {
    let Some(slot) = state.jobs.slot() else {
        return refuse(
            StatusCode::TOO_MANY_REQUESTS,
            "redline::serve::busy",
            format!("{} audits are running already", state.options.max_audits),
            "wait for one to finish, then try again",
        );
    };
    let lang = lang_of(upload.lang.as_deref());
    let name = upload.name.unwrap_or_else(|| "upload.csv".to_string());
    let place = match super::jobs::Jobs::place(&name) {
        Ok(place) => place,
        Err(error) => return storage(error),
    };
    // Streamed to the job's own directory, never held whole: an entity list may be large.
    match save(body, &place.1, state.options.max_upload).await {
        Ok(0) => {
            return refuse(
                StatusCode::UNPROCESSABLE_ENTITY,
                "redline::input::empty",
                "the entity list is empty",
                "drop a CSV, TSV, JSONL or XLSX file",
            )
        }
        Ok(_) => {}
        Err(refused) => return *refused,
    }
    let job = state.jobs.start(state.clone(), place, lang, slot);
    (StatusCode::ACCEPTED, Json(json!(job.status()))).into_response()
}

/// Writes the body to `path` as it arrives; refuses it past `max` bytes (the partial file goes
/// with its directory). The bytes written.
async fn save(body: Body, path: &std::path::Path, max: usize) -> Result<u64, Box<Response>> {
    use http_body_util::BodyExt;
    use std::io::Write;
    let mut file = std::fs::File::create(path).map_err(|e| Box::new(storage(e)))?;
    let mut body = body;
    let mut written = 0u64;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| {
            Box::new(refuse(
                StatusCode::BAD_REQUEST,
                "redline::serve::upload",
                format!("the upload broke off: {e}"),
                "send the file again",
            ))
        })?;
        let Ok(chunk) = frame.into_data() else {
            continue;
        };
        written += chunk.len() as u64;
        if written > max as u64 {
            return Err(Box::new(too_large(max)));
        }
        file.write_all(&chunk).map_err(|e| Box::new(storage(e)))?;
    }
    Ok(written)
}

fn storage(error: std::io::Error) -> Response {
    refuse(
        StatusCode::INTERNAL_SERVER_ERROR,
        "redline::serve::storage",
        format!("cannot keep the upload: {error}"),
        "free some disk space for the temporary directory",
    )
}

fn too_large(max: usize) -> Response {
    refuse(
        StatusCode::PAYLOAD_TOO_LARGE,
        "redline::serve::too-large",
        format!("the upload holds more than {max} bytes"),
        "split the file, or start redline serve with a larger --max-upload",
    )
}

fn no_job(id: &str) -> Response {
    refuse(
        StatusCode::NOT_FOUND,
        "redline::serve::unknown-audit",
        format!("no audit `{id}` (finished audits are kept for a while, then removed)"),
        "start the audit again",
    )
}

/// `GET /api/audits/{id}`: how far it got; at the end its summary (or why it failed).
pub async fn audit_status(State(state): Shared, Path(id): Path<String>) -> Response {
    match state.jobs.get(&id) {
        Some(job) => Json(json!(job.status())).into_response(),
        None => no_job(&id),
    }
}

/// `DELETE /api/audits/{id}`: forgets the audit and removes its files.
pub async fn drop_audit(State(state): Shared, Path(id): Path<String>) -> Response {
    if state.jobs.remove(&id) {
        StatusCode::NO_CONTENT.into_response()
    } else {
        no_job(&id)
    }
}

/// The finished job `id`, or the response that says why there is none yet.
fn finished(state: &super::State, id: &str) -> Result<Arc<super::jobs::Job>, Box<Response>> {
    let job = state.jobs.get(id).ok_or_else(|| Box::new(no_job(id)))?;
    match job.status().state {
        super::jobs::JobState::Done { .. } => Ok(job),
        super::jobs::JobState::Running => Err(Box::new(refuse(
            StatusCode::CONFLICT,
            "redline::serve::running",
            "the audit is still running",
            "poll GET /api/audits/{id} until its state is done",
        ))),
        super::jobs::JobState::Failed { code, message } => Err(Box::new(refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            code,
            message,
            "the file could not be audited; see the message",
        ))),
    }
}

fn attachment(content_type: &'static str, name: &str, bytes: Vec<u8>) -> Response {
    let mut response = with_type(content_type, bytes);
    let file: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// `GET /api/audits/{id}/report.xlsx`: the workbook `redline audit --format xlsx` writes.
pub async fn audit_xlsx(State(state): Shared, Path(id): Path<String>) -> Response {
    let job = match finished(&state, &id) {
        Ok(job) => job,
        Err(response) => return *response,
    };
    let super::jobs::JobState::Done { summary } = job.status().state else {
        return no_job(&id);
    };
    let written = std::fs::File::open(job.spool())
        .map_err(|e| e.to_string())
        .and_then(|spool| {
            let judged = xlsx::Judged {
                today: state.options.today,
                rules: state.rules.set(),
                lang: job.lang,
            };
            let path = job.file("report.xlsx");
            xlsx::write(BufReader::new(spool), &summary, &judged, &path)?;
            std::fs::read(&path).map_err(|e| e.to_string())
        });
    match written {
        Ok(bytes) => attachment(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &format!("{}.findings.xlsx", job.name),
            bytes,
        ),
        Err(message) => refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            "redline::audit::output",
            message,
            "free some disk space for the temporary directory",
        ),
    }
}

/// `GET /api/audits/{id}/report.csv`: the records as `redline audit --format csv` writes them.
pub async fn audit_csv(State(state): Shared, Path(id): Path<String>) -> Response {
    let job = match finished(&state, &id) {
        Ok(job) => job,
        Err(response) => return *response,
    };
    let mut out = Vec::new();
    let written = std::fs::File::open(job.spool())
        .map_err(|e| e.to_string())
        .and_then(|spool| crate::report::audit::csv_from_spool(BufReader::new(spool), &mut out));
    match written {
        Ok(()) => attachment(
            "text/csv; charset=utf-8",
            &format!("{}.findings.csv", job.name),
            out,
        ),
        Err(message) => refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            "redline::audit::output",
            message,
            "try again",
        ),
    }
}
