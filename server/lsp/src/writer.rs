//! The one writer of the title index.
//!
//! tantivy allows one writer per index, and the order of writes matters: a
//! buffer staged after the file was removed must win, a removal sent after
//! a stage must win. So every write — an edited buffer, a file changed on
//! disk, a scan's batch, a catalog, a removal, a commit — is a [`Job`] sent
//! to one thread that holds the index's [`TitleWriter`] and does them in
//! the order they were sent. The state sends its jobs under its lock, in
//! the order it applied the changes they come from; the scan and the
//! catalog loader send theirs from their tasks. Nobody else can write: the
//! writer is taken from the index once, here.
//!
//! Senders never wait for the writer, except to learn how a commit went
//! ([`IndexJobs::commit`]) or, for a scan, that a batch is staged
//! ([`IndexJobs::flushed`]), so that no more than two batches of text are
//! held at a time.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use review_index::{FileStamp, IndexError, TitleIndex, TitleWriter};
use review_syntax::ParsedFile;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::sync::oneshot;

/// One file's reviews to stage in place of what the index held for it.
pub struct StagedFile {
    pub key: Arc<str>,
    /// `None`: not from a file on disk (see `titles::BUFFER_STAMP`).
    pub stamp: Option<FileStamp>,
    pub text: Arc<str>,
    pub parsed: Arc<ParsedFile>,
}

/// Work done on the writer's thread with the writer (see [`IndexJobs::run`]).
type Work = Box<dyn FnOnce(&mut TitleWriter) + Send>;

/// What the writer is asked to do.
enum Job {
    Stage(Vec<StagedFile>),
    Run(Work),
    Remove(Vec<String>),
    Commit(oneshot::Sender<Result<(), IndexError>>),
    /// Answered once every job sent before it is done.
    Flushed(oneshot::Sender<()>),
    /// Ends the thread, dropping the writer (and its lock on the index).
    Stop,
}

/// Sends jobs to the index's one writer (see the module docs). Cheap to
/// clone; the writer's thread ends when the last clone is dropped.
#[derive(Clone, Debug)]
pub struct IndexJobs {
    sender: UnboundedSender<Job>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            Job::Stage(_) => "Stage",
            Job::Run(_) => "Run",
            Job::Remove(_) => "Remove",
            Job::Commit(_) => "Commit",
            Job::Flushed(_) => "Flushed",
            Job::Stop => "Stop",
        })
    }
}

/// A commit the writer never answered: its thread stopped.
fn stopped() -> IndexError {
    IndexError::Stopped("the title index's writer stopped".to_owned())
}

/// The writer's thread: dropping this stops it once the jobs sent before
/// are done and the index's merges have finished, and waits for that (at
/// most [`MERGE_WAIT`]), so that the index's lock is free when the index is
/// opened again (a second session on the same cache folder).
#[derive(Debug)]
pub struct WriterThread {
    jobs: IndexJobs,
    thread: Option<(std::thread::JoinHandle<()>, std::sync::mpsc::Receiver<()>)>,
}

/// How long stopping waits for the index's merges. A cold start leaves
/// the catalog in a dozen segments that tantivy merges in the background
/// (about a second for 150,000 titles); a session ended before that used
/// to leave them unmerged, and every search of the next session paid for
/// them. A merge cut short loses nothing: the index keeps its segments.
const MERGE_WAIT: std::time::Duration = std::time::Duration::from_millis(1_500);

impl Drop for WriterThread {
    fn drop(&mut self) {
        self.jobs.send(Job::Stop);
        if let Some((thread, done)) = self.thread.take() {
            match done.recv_timeout(MERGE_WAIT) {
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => log(
                    "review-ls: the title index is still merging segments; stopping without waiting",
                ),
                // A panic on that thread was reported when it happened.
                _ => {
                    let _ = thread.join();
                }
            }
        }
    }
}

impl IndexJobs {
    /// Takes the writer of `index` and starts the thread that owns it.
    /// When the writer was taken already (it never is: one `Titles` per
    /// index), jobs are dropped and commits answer with an error.
    pub fn start(index: &Arc<TitleIndex>) -> (IndexJobs, WriterThread) {
        let (sender, receiver) = unbounded_channel();
        let thread = index.writer().and_then(|writer| {
            let (finished, done) = std::sync::mpsc::channel();
            std::thread::Builder::new()
                .name("review-ls-index-writer".to_owned())
                .spawn(move || {
                    write(writer, receiver);
                    let _ = finished.send(());
                })
                .map_err(|error| {
                    log(&format!(
                        "review-ls: cannot start the index writer: {error}"
                    ))
                })
                .ok()
                .map(|thread| (thread, done))
        });
        let jobs = IndexJobs { sender };
        let thread = WriterThread {
            jobs: jobs.clone(),
            thread,
        };
        (jobs, thread)
    }

    /// Stages files' reviews (in this order, each in place of what the
    /// index held for its key).
    pub fn stage(&self, files: Vec<StagedFile>) {
        if !files.is_empty() {
            self.send(Job::Stage(files));
        }
    }

    /// Runs `work` on the writer's thread with the writer, after every job
    /// sent before; `None` when it panicked or the writer is gone. For work
    /// that stages as it reads — a catalog of 150,000 titles read, parsed
    /// and staged a file at a time, each title dropped once staged — and
    /// for big one-off work after a commit (the near-miss table): on one
    /// thread, the memory one step frees is what the next one allocates,
    /// instead of staying with another thread's allocator arena.
    pub fn run<T, F>(&self, work: F) -> impl Future<Output = Option<T>> + use<T, F>
    where
        T: Send + 'static,
        F: FnOnce(&mut TitleWriter) -> T + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        self.send(Job::Run(Box::new(move |writer| {
            let _ = reply.send(work(writer));
        })));
        async move { answer.await.ok() }
    }

    /// Removes everything these files contributed.
    pub fn remove(&self, keys: Vec<String>) {
        if !keys.is_empty() {
            self.send(Job::Remove(keys));
        }
    }

    /// Commits everything sent before; the answer says how it went.
    pub fn commit(&self) -> impl Future<Output = Result<(), IndexError>> + use<> {
        let (reply, answer) = oneshot::channel();
        self.send(Job::Commit(reply));
        async move { answer.await.unwrap_or_else(|_| Err(stopped())) }
    }

    /// Done once every job sent before is.
    pub fn flushed(&self) -> impl Future<Output = ()> + use<> {
        let (reply, answer) = oneshot::channel();
        self.send(Job::Flushed(reply));
        async move {
            // A stopped writer has nothing left to do either.
            let _ = answer.await;
        }
    }

    fn send(&self, job: Job) {
        // Only fails once the writer's thread is gone; a commit then says so.
        let _ = self.sender.send(job);
    }
}

/// The writer's thread: does the jobs in order, until every sender is gone.
/// A panic in one job is logged, and the next goes on.
fn write(mut writer: TitleWriter, mut jobs: UnboundedReceiver<Job>) {
    while let Some(job) = jobs.blocking_recv() {
        if matches!(job, Job::Stop) {
            // What was staged and not yet committed is committed, not
            // dropped: a session ended while a catalog's commit was on its
            // way (lspbench's cold session ends 0.1 s after the catalog is
            // staged) left the next session to read all 150,000 titles
            // again. Staged files carry their stamps, so the next scan
            // reads only what is still missing.
            if let Err(error) = writer.commit() {
                log(&format!("review-ls: while stopping: {error}"));
            }
            break;
        }
        let what = format!("{job:?}");
        let done = catch_unwind(AssertUnwindSafe(|| match job {
            Job::Stage(files) => {
                for file in files {
                    writer.stage_reviews(&file.key, file.stamp, &file.text, &file.parsed);
                }
            }
            Job::Run(work) => work(&mut writer),
            Job::Remove(keys) => {
                for key in keys {
                    writer.stage_removal(&key);
                }
            }
            Job::Commit(reply) => {
                // The sender may have gone (the server is stopping).
                let _ = reply.send(writer.commit());
            }
            Job::Flushed(reply) => {
                let _ = reply.send(());
            }
            Job::Stop => {}
        }));
        if done.is_err() {
            log(&format!(
                "review-ls: internal error in the index writer ({what}); going on"
            ));
        }
    }
    if let Err(error) = writer.finish() {
        log(&format!("review-ls: {error}"));
    }
}

#[allow(
    clippy::print_stderr,
    reason = "stderr is the server's log; stdout is the protocol"
)]
fn log(message: &str) {
    eprintln!("{message}");
}

#[cfg(test)]
mod tests {
    use review_syntax::{TitleKey, Vocabulary, parse};

    use super::*;

    fn staged(key: &str, text: &str) -> StagedFile {
        StagedFile {
            key: key.into(),
            stamp: None,
            text: text.into(),
            parsed: Arc::new(parse(text, &Vocabulary::default())),
        }
    }

    /// An index in a folder of its own, with its writer started; the
    /// folder lives as long as the first value.
    fn on_disk() -> (
        tempfile::TempDir,
        std::path::PathBuf,
        Arc<TitleIndex>,
        IndexJobs,
        WriterThread,
    ) {
        let cache = tempfile::tempdir().unwrap();
        let dir = cache.path().join("workspace");
        let index = Arc::new(TitleIndex::open(&dir).0);
        let (jobs, thread) = IndexJobs::start(&index);
        (cache, dir, index, jobs, thread)
    }

    /// Stopping the writer commits what was staged since the last commit: a
    /// session that ends before a commit it has sent for does not leave the
    /// work for the next one. Dropping the index and opening it again from
    /// its folder finds the file, current.
    #[tokio::test]
    async fn stopping_commits_what_was_staged() {
        let (_cache, dir, index, jobs, thread) = on_disk();
        let stamp = FileStamp {
            size: 70,
            modified_ns: 1,
        };
        jobs.stage(vec![StagedFile {
            stamp: Some(stamp),
            ..staged(
                "a.md",
                "김철수: Attention Is All You Need 🙂\r\n\r\n- 목적: 번역.\r\n",
            )
        }]);
        drop(thread);
        // Sent after the writer stopped: refused, and said so.
        assert_eq!(
            jobs.commit().await.unwrap_err().to_string(),
            "the commit failed: the title index's writer stopped"
        );
        drop(jobs);
        drop(index);
        let (index, _) = TitleIndex::open(&dir);
        assert!(index.is_current("a.md", stamp));
        assert_eq!(
            index.review_count(&TitleKey::new("Attention Is All You Need")),
            1
        );
    }

    /// Stopping the writer waits for tantivy's merges: eight commits of a
    /// file each make eight segments, which tantivy starts merging in the
    /// background after the last one; stopped right then, the index left
    /// for the next session holds the one merged segment.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn stopping_waits_for_the_merges_of_the_index() {
        let (_cache, dir, _index, jobs, thread) = on_disk();
        for n in 0..8 {
            jobs.stage(vec![staged(
                &format!("{n}.md"),
                &format!("김철수: Paper Number {n} 🙂\r\n\r\n- 목적: 실험.\r\n"),
            )]);
            jobs.commit().await.unwrap();
        }
        drop(jobs);
        drop(thread);
        let meta: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("meta.json")).unwrap()).unwrap();
        let sizes: Vec<u64> = meta["segments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|segment| segment["max_doc"].as_u64().unwrap())
            .collect();
        assert_eq!(sizes, [8]);
    }

    /// A removal sent after a stage wins, and a stage sent after a removal
    /// wins: the writer does the jobs in the order they were sent.
    #[tokio::test]
    async fn jobs_are_done_in_the_order_sent() {
        let index = Arc::new(TitleIndex::in_memory("test".to_owned()));
        let (jobs, _thread) = IndexJobs::start(&index);
        let attention = TitleKey::new("Attention Is All You Need");
        let resnet = TitleKey::new("Deep Residual Learning for Image Recognition");
        jobs.stage(vec![
            staged(
                "a.md",
                "김철수: Attention Is All You Need\n\n- 목적: 번역.\n",
            ),
            staged(
                "b.md",
                "이영희: Attention Is All You Need\n\n- 목적: 요약.\n",
            ),
        ]);
        jobs.remove(vec!["a.md".to_owned()]);
        jobs.stage(vec![staged(
            "a.md",
            "김철수: Deep Residual Learning for Image Recognition\n",
        )]);
        jobs.commit().await.unwrap();
        assert_eq!(index.review_count(&attention), 1);
        assert_eq!(index.review_count(&resnet), 1);
        assert_eq!(index.indexed_files(), Vec::<String>::new());

        jobs.remove(vec!["b.md".to_owned()]);
        jobs.flushed().await;
        // Staged, not committed: readers still see the last commit.
        assert_eq!(index.review_count(&attention), 1);
        jobs.commit().await.unwrap();
        assert_eq!(index.review_count(&attention), 0);
    }

    /// Work run on the writer's thread comes after the jobs sent before
    /// it, stages like any job, and a panic in it is an answer of `None`
    /// with the writer going on.
    #[tokio::test]
    async fn work_runs_in_order_with_the_writer() {
        let index = Arc::new(TitleIndex::in_memory("test".to_owned()));
        let (jobs, _thread) = IndexJobs::start(&index);
        jobs.stage(vec![staged(
            "a.md",
            "김철수: Attention Is All You Need\n\n- 목적: 번역.\n",
        )]);
        let catalog = "Attention Is All You Need\nDeep Residual Learning for Image Recognition\n";
        let staged_titles = jobs
            .run(move |writer| {
                let mut count = 0;
                writer.stage_catalog_with("list.txt", None, |add| {
                    let problems = review_index::catalog::load_each(
                        catalog,
                        review_index::catalog::CatalogFormat::PlainList,
                        &mut |title| {
                            count += 1;
                            add(title);
                        },
                    );
                    assert!(problems.is_empty());
                });
                count
            })
            .await;
        assert_eq!(staged_titles, Some(2));
        let failed: Option<()> = jobs.run(|_| panic!("boom")).await;
        assert_eq!(failed, None);
        jobs.commit().await.unwrap();
        let attention = TitleKey::new("Attention Is All You Need");
        assert_eq!(index.review_count(&attention), 1);
        assert_eq!(index.paper(&attention).catalog.len(), 1);
        let resnet = TitleKey::new("Deep Residual Learning for Image Recognition");
        assert_eq!(index.paper(&resnet).catalog.len(), 1);
    }

    /// An index has one writer: a second `start` gets none, and its
    /// commits say so instead of waiting forever.
    #[tokio::test]
    async fn a_second_writer_is_refused() {
        let index = Arc::new(TitleIndex::in_memory("test".to_owned()));
        let _first = IndexJobs::start(&index);
        let (second, _thread) = IndexJobs::start(&index);
        let error = second.commit().await.unwrap_err();
        assert_eq!(
            error.to_string(),
            "the commit failed: the title index's writer stopped"
        );
    }
}
