//! Progress of long work on stderr: replaying migration files, inspecting databases, validating
//! plans, backups. Shown only when the CLI enables it: stderr is a terminal, not `-q`, not
//! `--format json`. Library code opens a [`Task`] around long work; when progress is off a task
//! is nothing at all, so tests and pipes see no extra output.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

static ENABLED: AtomicBool = AtomicBool::new(false);
static VERBOSE: AtomicBool = AtomicBool::new(false);
static TIMINGS: AtomicBool = AtomicBool::new(false);

/// When the process started, for [`set_timings`]'s lines.
fn started() -> Instant {
    static STARTED: OnceLock<Instant> = OnceLock::new();
    *STARTED.get_or_init(Instant::now)
}

fn multi() -> &'static MultiProgress {
    static MULTI: OnceLock<MultiProgress> = OnceLock::new();
    MULTI.get_or_init(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()))
}

/// Turns progress on or off for the rest of the process.
pub fn enable(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

/// Turns `-v` lines from library code ([`detail`]) on or off for the rest of the process.
pub fn set_verbose(on: bool) {
    VERBOSE.store(on, Ordering::Relaxed);
}

/// Turns `-vv` timing lines on or off: every task says, when it ends, when it started (since
/// the process started) and how long it took, so a slow run shows where its time went.
pub fn set_timings(on: bool) {
    started();
    TIMINGS.store(on, Ordering::Relaxed);
}

/// A `-v` line from library code (what a cache did, for example), redacted; nothing otherwise.
pub fn detail(message: &str) {
    if VERBOSE.load(Ordering::Relaxed) {
        eprintln(&crate::redact::text(message));
    }
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// One piece of long work on the screen; cleared when dropped.
pub struct Task(Option<ProgressBar>, Option<(String, Instant)>);

fn timed(message: &str) -> Option<(String, Instant)> {
    TIMINGS
        .load(Ordering::Relaxed)
        .then(|| (crate::redact::text(message), Instant::now()))
}

/// A spinner with a message, for work whose length is unknown.
pub fn spinner(message: impl Into<String>) -> Task {
    let message = message.into();
    let timing = timed(&message);
    if !enabled() {
        return Task(None, timing);
    }
    let bar = multi().add(ProgressBar::new_spinner());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .expect("a valid template")
            .tick_chars("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏ "),
    );
    bar.set_message(crate::redact::text(&message));
    bar.enable_steady_tick(Duration::from_millis(120));
    Task(Some(bar), timing)
}

/// A bar of `total` steps (files, targets); [`Task::step`] moves it.
pub fn bar(message: impl Into<String>, total: usize) -> Task {
    let message = message.into();
    let timing = timed(&message);
    if !enabled() || total == 0 {
        return Task(None, timing);
    }
    let bar = multi().add(ProgressBar::new(total as u64));
    bar.set_style(
        ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {wide_msg} ({elapsed})")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_prefix(crate::redact::text(&message));
    bar.enable_steady_tick(Duration::from_millis(250));
    Task(Some(bar), timing)
}

impl Task {
    /// `done` steps are finished and `current` is under way.
    pub fn step(&self, done: usize, current: &str) {
        if let Some(bar) = &self.0 {
            bar.set_position(done as u64);
            bar.set_message(crate::redact::text(current));
        }
    }

    /// A new message for a spinner.
    pub fn message(&self, message: &str) {
        if let Some(bar) = &self.0 {
            bar.set_message(crate::redact::text(message));
        }
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        if let Some(bar) = self.0.take() {
            bar.finish_and_clear();
            multi().remove(&bar);
        }
        if let Some((message, start)) = self.1.take() {
            eprintln(&format!(
                "timing: {message}: {} ms (from {} ms)",
                start.elapsed().as_millis(),
                start.duration_since(started()).as_millis()
            ));
        }
    }
}

/// Prints a line on stderr without tearing a progress line that is being drawn.
pub fn eprintln(line: &str) {
    if enabled() {
        multi().suspend(|| eprintln!("{line}"));
    } else {
        eprintln!("{line}");
    }
}
