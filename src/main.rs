//! The `pgshift` binary: parse arguments, run the command, map the outcome to the exit-code
//! contract (0 success, 1 a check failed, 2 an error). Every message is redacted.

use std::process::ExitCode;

/// Reading a large schema allocates hundreds of thousands of small strings and maps; mimalloc
/// does that work in a third less time than the system allocator. The `system-alloc` feature
/// keeps the system allocator instead, for heap profilers that hook `malloc` (heaptrack).
#[cfg(not(feature = "system-alloc"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc keeps freed memory for a while and backs it with transparent huge pages, so a
/// diff's resident size ran half again over its heap (on 10,000 tables, 476 MB resident for a
/// 321 MB heap). Freed pages go back at once and without huge pages: 379 MB there. Option
/// numbers from `mi_option_t` in the `mimalloc.h` that libmimalloc-sys 0.1.49 builds (v3, 3.3.2;
/// its purge delay is a second by default).
#[cfg(not(feature = "system-alloc"))]
fn tune_allocator() {
    extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    const PURGE_DELAY: std::ffi::c_int = 15;
    // SAFETY: a plain option setter of the linked allocator, called before any thread starts.
    unsafe { mi_option_set(PURGE_DELAY, 0) };
    // mimalloc reads its own huge-page option before `main`; the process-wide switch is
    // PR_SET_THP_DISABLE, which applies to every later fault.
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with integer arguments only; a failure leaves huge pages on.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(feature = "system-alloc")]
fn tune_allocator() {}

use clap::Parser;
use pgshift::cli::{self, Outcome};
use pgshift::redact;

fn main() -> ExitCode {
    tune_allocator();
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // Usage errors exit 2; --help and --version exit 0.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    pgshift::shadow::cleanup::install_signal_handler();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let result = runtime.block_on(cli::run(cli));
    // Shut the runtime down before cleanups that connect on their own threads.
    drop(runtime);
    pgshift::shadow::cleanup::run_all();
    if pgshift::shadow::cleanup::interrupted() {
        // The signal handler is finishing its cleanup and exits with 130; wait for it rather
        // than report the errors the interruption caused.
        std::thread::sleep(std::time::Duration::from_secs(60));
        return ExitCode::from(pgshift::shadow::cleanup::INTERRUPTED_EXIT);
    }
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::CheckFailed) => ExitCode::from(1),
        Err(e) => {
            let mut msg = redact::text(&format!("{e:#}"));
            // Paths under the working directory read better relative.
            if let Ok(cwd) = std::env::current_dir() {
                msg = msg.replace(&format!("{}/", cwd.display()), "");
            }
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
