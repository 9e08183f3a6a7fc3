//! `redline serve`: starts the local web page and API, prints where, and serves until stopped.

use crate::rules::Rules;
use crate::serve::{router, ServeOptions};

/// Serves until interrupted; 2 when the address cannot be listened on.
pub fn run(rules: Rules, options: ServeOptions) -> u8 {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error[redline::serve::runtime]: cannot start the server: {error}");
            return super::EXIT_UNUSABLE;
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(options.listen).await {
            Ok(listener) => listener,
            Err(error) => {
                eprintln!(
                    "error[redline::serve::listen]: cannot listen on {}: {error}\n  help: pick another with --listen 127.0.0.1:PORT",
                    options.listen
                );
                return super::EXIT_UNUSABLE;
            }
        };
        let address = listener.local_addr().unwrap_or(options.listen);
        if !address.ip().is_loopback() {
            eprintln!(
                "warning[redline::serve::exposed]: listening on {address}: other machines on the network can reach this page and the files people check with it (they must address it by a name given with --allow-host)"
            );
        }
        println!("redline serve: open http://{address}/ (Ctrl-C stops it)");
        let app = router(rules, ServeOptions { listen: address, ..options });
        match crate::serve::run(listener, app).await {
            Ok(()) => super::EXIT_CLEAN,
            Err(error) => {
                eprintln!("error[redline::serve::io]: {error}");
                super::EXIT_UNUSABLE
            }
        }
    })
}
