//! Audits the page starts: each runs on its own thread through the same pipeline as
//! `redline audit`, in a private temporary directory (the upload and the spooled records) that
//! is removed with the job. Only so many run at once; only so many finished ones are kept.

use std::collections::VecDeque;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::audit::{Audit, AuditSettings, Events, Input, Note};
use crate::eval::evaluate::Evaluator;
use crate::lang::Lang;
use crate::limits::Limits;
use crate::report::audit::{AuditFormat, AuditSummary};

/// Finished audits kept for download; the oldest goes (with its files) when another ends.
const KEPT: usize = 16;

/// The audits in hand.
pub struct Jobs {
    slots: Arc<Semaphore>,
    next: AtomicU64,
    list: Mutex<VecDeque<Arc<Job>>>,
}

/// One audit: its files, how far it got, how it ended.
pub struct Job {
    pub id: String,
    pub name: String,
    pub lang: Lang,
    dir: tempfile::TempDir,
    progress: Progress,
    state: Mutex<JobState>,
}

/// How far an audit got: bytes of the upload read (of how many), rows checked.
#[derive(Default)]
struct Progress {
    bytes: AtomicU64,
    total: AtomicU64,
    rows: AtomicU64,
    encoding: Mutex<Option<String>>,
}

#[derive(Clone, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum JobState {
    Running,
    Done { summary: AuditSummary },
    Failed { code: &'static str, message: String },
}

/// What the page polls.
#[derive(Serialize)]
pub struct Status {
    pub id: String,
    pub name: String,
    pub bytes: u64,
    pub total: u64,
    pub rows: u64,
    pub encoding: Option<String>,
    #[serde(flatten)]
    pub state: JobState,
}

impl Jobs {
    pub fn new(at_once: usize) -> Jobs {
        Jobs {
            slots: Arc::new(Semaphore::new(at_once.max(1))),
            next: AtomicU64::new(1),
            list: Mutex::new(VecDeque::new()),
        }
    }

    /// A slot to run one more audit, or `None` when as many run as may.
    pub fn slot(&self) -> Option<OwnedSemaphorePermit> {
        self.slots.clone().try_acquire_owned().ok()
    }

    /// A private directory for one upload, and the path the upload goes to: only the name's last
    /// part is kept, and only its extension matters, so an upload cannot name a place on disk.
    pub fn place(name: &str) -> std::io::Result<(tempfile::TempDir, PathBuf)> {
        let dir = tempfile::Builder::new()
            .prefix("redline-audit-")
            .tempdir()?;
        let file = std::path::Path::new(name)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| "upload.csv".to_string());
        let path = dir.path().join(file);
        Ok((dir, path))
    }

    /// Starts auditing the upload at `upload` (inside `dir`, from [`Jobs::place`]) on its own
    /// thread; the slot is freed when it ends.
    pub fn start(
        &self,
        state: Arc<super::State>,
        (dir, upload): (tempfile::TempDir, PathBuf),
        lang: Lang,
        slot: OwnedSemaphorePermit,
    ) -> Arc<Job> {
        let name = upload
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let size = std::fs::metadata(&upload).map_or(0, |m| m.len());
        let job = Arc::new(Job {
            id: format!("a{}", self.next.fetch_add(1, Ordering::Relaxed)),
            name,
            lang,
            dir,
            progress: Progress::default(),
            state: Mutex::new(JobState::Running),
        });
        job.progress.total.store(size, Ordering::Relaxed);
        self.keep(job.clone());
        let running = job.clone();
        std::thread::spawn(move || {
            let ended = running.run(&state, upload);
            *running
                .state
                .lock()
                .expect("a job's state is never poisoned") = ended;
            drop(slot);
        });
        job
    }

    fn keep(&self, job: Arc<Job>) {
        let mut list = self.list.lock().expect("the job list is never poisoned");
        list.push_back(job);
        while list.len() > KEPT {
            // The oldest finished job goes; running ones stay.
            match list.iter().position(|j| !j.running()) {
                Some(at) => {
                    list.remove(at);
                }
                None => break,
            }
        }
    }

    /// The job `id`, if it is still kept.
    pub fn get(&self, id: &str) -> Option<Arc<Job>> {
        let list = self.list.lock().expect("the job list is never poisoned");
        list.iter().find(|j| j.id == id).cloned()
    }

    /// Forgets the job `id`; its files go once no request holds it.
    pub fn remove(&self, id: &str) -> bool {
        let mut list = self.list.lock().expect("the job list is never poisoned");
        let before = list.len();
        list.retain(|j| j.id != id);
        list.len() != before
    }
}

impl Job {
    fn running(&self) -> bool {
        matches!(
            *self.state.lock().expect("never poisoned"),
            JobState::Running
        )
    }

    /// Where its records are spooled.
    pub fn spool(&self) -> PathBuf {
        self.dir.path().join("records.jsonl")
    }

    /// A file in the job's own directory, for a report written from its records.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn status(&self) -> Status {
        Status {
            id: self.id.clone(),
            name: self.name.clone(),
            bytes: self.progress.bytes.load(Ordering::Relaxed),
            total: self.progress.total.load(Ordering::Relaxed),
            rows: self.progress.rows.load(Ordering::Relaxed),
            encoding: self.progress.encoding.lock().ok().and_then(|e| e.clone()),
            state: self.state.lock().expect("never poisoned").clone(),
        }
    }

    /// Audits the upload as `redline audit` would, spooling its records for the reports.
    fn run(&self, state: &super::State, upload: PathBuf) -> JobState {
        let settings = AuditSettings {
            input_format: None,
            encoding: None,
            columns: Vec::new(),
            set: Vec::new(),
            format: AuditFormat::Xlsx,
            all: false,
            sheet: None,
            header_row: None,
            limits: Limits::default(),
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
            lang: self.lang,
        };
        let evaluator = Evaluator::new(state.rules.set(), state.options.today).with_lang(self.lang);
        let audit = Audit {
            settings: &settings,
            evaluator: &evaluator,
            events: &self.progress,
        };
        let written = std::fs::File::create(self.spool()).and_then(|file| {
            let mut spool = std::io::BufWriter::new(file);
            let mut summary = AuditSummary {
                files: 1,
                ..AuditSummary::default()
            };
            let ran = audit.run(
                &self.name,
                Input::Path(upload.clone()),
                &mut spool,
                &mut summary,
            );
            spool.flush()?;
            Ok((ran, summary))
        });
        // The upload is read; only the records are kept.
        let _ = std::fs::remove_file(&upload);
        match written {
            Ok((Ok(()), summary)) => JobState::Done { summary },
            Ok((Err(message), _)) => JobState::Failed {
                code: "redline::audit::unusable",
                message,
            },
            Err(error) => JobState::Failed {
                code: "redline::audit::output",
                message: format!("cannot write the records: {error}"),
            },
        }
    }
}

impl Events for Progress {
    fn opened(&self, _file: &str, size: Option<u64>) {
        if let Some(size) = size {
            self.total.store(size, Ordering::Relaxed);
        }
    }

    fn note(&self, _file: &str, note: Note) {
        if let Note::Encoding(encoding) = note {
            if let Ok(mut slot) = self.encoding.lock() {
                *slot = Some(encoding);
            }
        }
    }

    fn advanced(&self, bytes: u64, rows: u64, _rate: f64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.rows.store(rows, Ordering::Relaxed);
    }

    fn finished(&self) {}
}
