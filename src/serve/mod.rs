//! `redline serve`: the checker for people who do not use a terminal. A local web server whose
//! page (served from the binary: no build step, no CDN) checks a pasted or dropped filing or
//! page, audits an entity list with a progress bar and hands back Excel or CSV, and browses the
//! rules — through a JSON API other programs may use too (`/api/openapi.json` documents it).
//!
//! Safe by default: it listens on loopback; every request must name this server in `Host` (a
//! page on another site cannot reach it by DNS rebinding), and a request that changes anything
//! must come from this server's own page (`Origin`) or from no browser at all. Uploads are
//! bounded, held in memory or in a private temporary directory removed with the job, and no
//! request names a file on disk.

mod api;
mod guard;
mod jobs;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::routing::{delete, get, post};
use axum::Router;
use jiff::civil::Date;

use crate::rules::Rules;

pub use guard::allowed_hosts;

/// How the server runs.
#[derive(Clone)]
pub struct ServeOptions {
    /// Where it listens; loopback unless the user chose otherwise.
    pub listen: SocketAddr,
    /// The most bytes one upload (a filing, a page, an entity list) may hold.
    pub max_upload: usize,
    /// Audits that may run at once; more are refused until one ends.
    pub max_audits: usize,
    /// The day findings are judged as of.
    pub today: Date,
    /// More `Host` values to answer to (`host:port`), for a server other machines reach by a
    /// name or address of this one.
    pub allow_hosts: Vec<String>,
}

/// What every request shares: the rules, the options, the audits in hand.
pub struct State {
    rules: Rules,
    options: ServeOptions,
    hosts: Vec<String>,
    jobs: jobs::Jobs,
}

/// The server's routes, ready to serve (or to be driven in tests without a socket).
pub fn router(rules: Rules, options: ServeOptions) -> Router {
    let mut hosts = allowed_hosts(options.listen);
    hosts.extend(options.allow_hosts.iter().map(|h| h.to_ascii_lowercase()));
    let state = Arc::new(State {
        jobs: jobs::Jobs::new(options.max_audits),
        rules,
        options,
        hosts,
    });
    Router::new()
        .route("/", get(api::page))
        .route("/app.js", get(api::script))
        .route("/app.css", get(api::style))
        .route("/api/openapi.json", get(api::openapi))
        .route("/api/check", post(api::check))
        .route("/api/rules", get(api::rules))
        .route("/api/rules/{id}", get(api::explain))
        .route("/api/audits", post(api::start_audit))
        .route("/api/audits/{id}", get(api::audit_status))
        .route("/api/audits/{id}", delete(api::drop_audit))
        .route("/api/audits/{id}/report.xlsx", get(api::audit_xlsx))
        .route("/api/audits/{id}/report.csv", get(api::audit_csv))
        .fallback(api::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::same_site,
        ))
        .with_state(state)
}

/// Serves `router` on `listener` until the process is interrupted.
pub async fn run(listener: tokio::net::TcpListener, router: Router) -> std::io::Result<()> {
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
