//! Running one piece of work on every target of a fleet: the canaries first, one by one (if one
//! does not succeed, nothing else starts), then the rest with at most `jobs` at once, each a Tokio
//! task of its own (its own connection, lock and tracking, as a single-target run).
//!
//! Invariants: a target that fails never stops the targets already running; with `fail_fast` no
//! new target starts after a failure; every target gets exactly one result, in the fleet's order
//! (those never started are `skipped`, with the reason); at most `jobs` results' worth of work is
//! in flight, so memory does not grow with the size of the fleet beyond one small result per
//! target. A task that panics becomes a failed result, never a crash of the run.
//!
//! The tasks run on the current thread (`LocalSet`): the work is waiting on servers, and one
//! thread keeps the command's context shareable without locks.

use std::collections::HashMap;
use std::future::Future;
use std::time::{Duration, Instant};

use super::report::{Outcome, Stopped, TargetError, TargetResult};
use super::targets::FleetTarget;

/// How a fleet run proceeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Targets worked on at once after the canaries (at least 1).
    pub jobs: usize,
    /// The first targets, run one by one before any other.
    pub canary: usize,
    /// Start no new target after one did not succeed.
    pub fail_fast: bool,
}

/// What the run did.
#[derive(Debug)]
pub struct Finished {
    /// One per target, in the fleet's order.
    pub results: Vec<TargetResult>,
    pub stopped: Option<Stopped>,
    pub elapsed: Duration,
}

/// Counts for the progress line, after each target finishes.
#[derive(Debug, Clone, Copy)]
pub struct Counts {
    pub done: usize,
    pub running: usize,
    pub failed: usize,
}

/// Runs `work` on every target as the plan says; `on_done` is called as each target finishes.
pub async fn run<W, Fut>(
    targets: &[FleetTarget],
    plan: Plan,
    work: W,
    on_done: impl FnMut(&TargetResult, Counts),
) -> Finished
where
    W: Fn(FleetTarget) -> Fut,
    Fut: Future<Output = TargetResult> + 'static,
{
    let local = tokio::task::LocalSet::new();
    local
        .run_until(run_local(targets, plan, work, on_done))
        .await
}

async fn run_local<W, Fut>(
    targets: &[FleetTarget],
    plan: Plan,
    work: W,
    mut on_done: impl FnMut(&TargetResult, Counts),
) -> Finished
where
    W: Fn(FleetTarget) -> Fut,
    Fut: Future<Output = TargetResult> + 'static,
{
    let started = Instant::now();
    let n = targets.len();
    let mut results: Vec<Option<TargetResult>> = vec![None; n];
    let mut stopped: Option<Stopped> = None;
    let (mut done, mut failed) = (0, 0);
    let timed = |t: &FleetTarget| {
        let fut = work(t.clone());
        async move {
            let start = Instant::now();
            let mut r = fut.await;
            r.elapsed_ms = start.elapsed().as_millis() as u64;
            r
        }
    };

    // The canaries, one by one.
    let canaries = plan.canary.min(n);
    for (i, t) in targets.iter().enumerate().take(canaries) {
        let r = match tokio::task::spawn_local(timed(t)).await {
            Ok(r) => r,
            Err(e) => crashed(&t.name, e),
        };
        done += 1;
        if !r.ok {
            failed += 1;
            stopped = Some(Stopped::CanaryFailed {
                target: t.name.clone(),
            });
        }
        on_done(
            &r,
            Counts {
                done,
                running: 0,
                failed,
            },
        );
        results[i] = Some(r);
        if stopped.is_some() {
            break;
        }
    }

    // The rest, at most `jobs` at once.
    if stopped.is_none() {
        let jobs = plan.jobs.max(1);
        let mut set = tokio::task::JoinSet::new();
        let mut index_of: HashMap<tokio::task::Id, usize> = HashMap::new();
        let mut next = canaries;
        loop {
            while stopped.is_none() && next < n && set.len() < jobs {
                let handle = set.spawn_local(timed(&targets[next]));
                index_of.insert(handle.id(), next);
                next += 1;
            }
            let Some(joined) = set.join_next_with_id().await else {
                break;
            };
            let (i, r) = match joined {
                Ok((id, r)) => (index_of.remove(&id), r),
                Err(e) => {
                    let i = index_of.remove(&e.id());
                    let name = i.map(|i| targets[i].name.as_str()).unwrap_or("?");
                    (i, crashed(name, e))
                }
            };
            done += 1;
            if !r.ok {
                failed += 1;
                if plan.fail_fast && stopped.is_none() {
                    stopped = Some(Stopped::FailFast {
                        target: r.target.clone(),
                    });
                }
            }
            on_done(
                &r,
                Counts {
                    done,
                    running: set.len(),
                    failed,
                },
            );
            if let Some(i) = i {
                results[i] = Some(r);
            }
        }
    }

    let why = match &stopped {
        Some(Stopped::CanaryFailed { target }) => {
            format!("not started: the canary `{target}` did not succeed")
        }
        Some(Stopped::FailFast { target }) => {
            format!("not started: `{target}` did not succeed (--fail-fast)")
        }
        None => "not started".to_string(),
    };
    let results = results
        .into_iter()
        .zip(targets)
        .map(|(r, t)| {
            r.unwrap_or_else(|| {
                TargetResult::failed(&t.name, Outcome::Skipped, TargetError::new(why.clone()))
            })
        })
        .collect();
    Finished {
        results,
        stopped,
        elapsed: started.elapsed(),
    }
}

fn crashed(target: &str, e: tokio::task::JoinError) -> TargetResult {
    TargetResult::failed(
        target,
        Outcome::Failed,
        TargetError::new(format!(
            "internal error: the work on this target stopped unexpectedly ({}); \
             its own transaction and lock were released with its connection; please report it",
            if e.is_panic() { "a panic" } else { "cancelled" }
        )),
    )
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use super::*;

    fn fleet(n: usize) -> Vec<FleetTarget> {
        (0..n)
            .map(|i| FleetTarget {
                name: format!("t{i}"),
                url: format!("postgres://h/t{i}"),
                slug: format!("t{i}"),
            })
            .collect()
    }

    fn block_on<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    /// Work that sleeps a little, fails the targets named in `failing`, and records how many
    /// ran at once.
    fn work(
        failing: &'static [&'static str],
        running: Rc<Cell<usize>>,
        peak: Rc<Cell<usize>>,
    ) -> impl Fn(FleetTarget) -> std::pin::Pin<Box<dyn Future<Output = TargetResult>>> {
        move |t: FleetTarget| {
            let (running, peak) = (running.clone(), peak.clone());
            Box::pin(async move {
                running.set(running.get() + 1);
                peak.set(peak.get().max(running.get()));
                tokio::time::sleep(Duration::from_millis(5)).await;
                running.set(running.get() - 1);
                if failing.contains(&t.name.as_str()) {
                    TargetResult::failed(&t.name, Outcome::Failed, TargetError::new("boom"))
                } else {
                    TargetResult::new(&t.name, Outcome::Applied)
                }
            })
        }
    }

    #[test]
    fn at_most_jobs_run_at_once_and_results_keep_the_fleet_order() {
        let (running, peak) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
        let plan = Plan {
            jobs: 3,
            canary: 1,
            fail_fast: false,
        };
        let mut seen = 0;
        let f = block_on(run(
            &fleet(20),
            plan,
            work(&["t7"], running, peak.clone()),
            |_, _| seen += 1,
        ));
        assert_eq!(seen, 20);
        assert_eq!(peak.get(), 3);
        let names: Vec<&str> = f.results.iter().map(|r| r.target.as_str()).collect();
        assert_eq!(names, (0..20).map(|i| format!("t{i}")).collect::<Vec<_>>());
        assert_eq!(f.results[7].outcome, Outcome::Failed);
        assert_eq!(f.results.iter().filter(|r| r.ok).count(), 19);
        assert!(f.stopped.is_none());
    }

    #[test]
    fn a_failed_canary_starts_nothing_else() {
        let (running, peak) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
        let plan = Plan {
            jobs: 4,
            canary: 2,
            fail_fast: false,
        };
        let f = block_on(run(
            &fleet(6),
            plan,
            work(&["t1"], running, peak),
            |_, _| {},
        ));
        let outcomes: Vec<Outcome> = f.results.iter().map(|r| r.outcome).collect();
        assert_eq!(
            outcomes,
            [
                Outcome::Applied,
                Outcome::Failed,
                Outcome::Skipped,
                Outcome::Skipped,
                Outcome::Skipped,
                Outcome::Skipped
            ]
        );
        assert_eq!(
            f.stopped,
            Some(Stopped::CanaryFailed {
                target: "t1".into()
            })
        );
        assert!(f.results[2]
            .error
            .as_ref()
            .unwrap()
            .message
            .contains("canary `t1`"));
    }

    #[test]
    fn fail_fast_lets_running_targets_finish_and_starts_no_new_one() {
        let (running, peak) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
        let plan = Plan {
            jobs: 2,
            canary: 0,
            fail_fast: true,
        };
        let f = block_on(run(
            &fleet(10),
            plan,
            work(&["t0"], running, peak),
            |_, _| {},
        ));
        // t0 and t1 started together; t0 failed, t1 finished; nothing after.
        assert_eq!(f.results[0].outcome, Outcome::Failed);
        assert_eq!(f.results[1].outcome, Outcome::Applied);
        assert!(f.results[2..].iter().all(|r| r.outcome == Outcome::Skipped));
    }

    #[test]
    fn a_panicking_target_is_a_failed_result() {
        let plan = Plan {
            jobs: 2,
            canary: 0,
            fail_fast: false,
        };
        let f = block_on(run(
            &fleet(3),
            plan,
            |t: FleetTarget| async move {
                if t.name == "t1" {
                    panic!("test panic");
                }
                TargetResult::new(&t.name, Outcome::Applied)
            },
            |_, _| {},
        ));
        assert_eq!(f.results[1].outcome, Outcome::Failed);
        assert_eq!(f.results[1].target, "t1");
        assert!(f.results[0].ok && f.results[2].ok);
    }
}
