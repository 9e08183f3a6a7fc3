//! Who may drive the server: a request must name this server in `Host`, and one that changes
//! anything (any method but GET and HEAD) must come from this server's own page or from no
//! browser at all. A page on another site can neither rebind a name to 127.0.0.1 and read
//! answers, nor post a file through the user's browser.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use super::api::refuse;

/// The `Host` values that name this server: its address, and on loopback `localhost` too.
pub fn allowed_hosts(listen: SocketAddr) -> Vec<String> {
    let port = listen.port();
    let mut hosts = vec![match listen {
        SocketAddr::V4(v4) => format!("{}:{port}", v4.ip()),
        SocketAddr::V6(v6) => format!("[{}]:{port}", v6.ip()),
    }];
    if listen.ip().is_loopback() || listen.ip().is_unspecified() {
        hosts.extend([
            format!("localhost:{port}"),
            format!("127.0.0.1:{port}"),
            format!("[::1]:{port}"),
        ]);
    }
    hosts.sort();
    hosts.dedup();
    hosts
}

/// Refuses a request whose `Host` is not this server, or a change whose `Origin` is another site.
pub async fn same_site(
    State(state): State<Arc<super::State>>,
    request: Request,
    next: Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_ascii_lowercase);
    if !host.as_ref().is_some_and(|h| state.hosts.contains(h)) {
        return refuse(
            StatusCode::MISDIRECTED_REQUEST,
            "redline::serve::foreign-host",
            format!(
                "this server answers only to {}, not to `{}`",
                state.hosts.join(", "),
                host.unwrap_or_default()
            ),
            "open the address redline serve printed",
        );
    }
    let changes = !matches!(*request.method(), Method::GET | Method::HEAD);
    if changes {
        let origin = request
            .headers()
            .get(header::ORIGIN)
            .and_then(|o| o.to_str().ok());
        let own = |origin: &str| {
            origin
                .strip_prefix("http://")
                .is_some_and(|rest| state.hosts.iter().any(|h| h == &rest.to_ascii_lowercase()))
        };
        if let Some(origin) = origin.filter(|o| !own(o)) {
            return refuse(
                StatusCode::FORBIDDEN,
                "redline::serve::foreign-origin",
                format!("a page from `{origin}` may not send files to redline"),
                "use the page redline serve printed; other sites cannot drive it",
            );
        }
    }
    next.run(request).await
}
