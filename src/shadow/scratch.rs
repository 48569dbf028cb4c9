//! Where a local shadow's throwaway data directory lives.
//!
//! A shadow's files never need to survive the run, and a PostgreSQL cluster is made of many small
//! files: `CREATE DATABASE` copies about 300 of them, a data directory holds about 1,300. On
//! disk, creating a file costs a journaled metadata update (measured at 0.4 to 0.8 ms per file on
//! a virtual machine's ext4, so 0.25 s per `CREATE DATABASE` and 1.1 s to copy a cluster); in
//! memory it costs microseconds (12 ms per `CREATE DATABASE`, 0.1 s per cluster copy). So a
//! local shadow runs in a memory file system (`/dev/shm`, tmpfs) when there is one with room to
//! spare, and in the system's temp directory otherwise (macOS, containers with a 64 MB
//! `/dev/shm`). `PGSHIFT_SHADOW_TMPFS=0` turns this off; `PGSHIFT_SHADOW_TMPFS=DIR` names
//! the directory to use instead.

use std::path::{Path, PathBuf};

/// Free space a memory file system must keep beyond what a shadow puts there: tmpfs pages are
/// memory, and a shadow must not be what runs the machine out of it.
const HEADROOM: u64 = 1 << 30;

/// The memory file system to put a shadow of about `bytes` in, if there is one with room:
/// `/dev/shm` when it is tmpfs, or the directory `PGSHIFT_SHADOW_TMPFS` names (taken as the
/// user says, whatever its file system).
pub fn root(bytes: u64) -> Option<PathBuf> {
    let (dir, named) = match std::env::var_os("PGSHIFT_SHADOW_TMPFS") {
        Some(v) if v == "0" || v.is_empty() => return None,
        Some(v) => (PathBuf::from(v), true),
        None => (PathBuf::from("/dev/shm"), false),
    };
    let fs = statfs(&dir)?;
    let headroom = if named { 0 } else { HEADROOM };
    ((named || fs.in_memory) && fs.writable && fs.free >= bytes.saturating_add(headroom))
        .then_some(dir)
}

/// A temp directory for a shadow of about `bytes`: in [`root`] when there is one, else in the
/// system's temp directory.
pub fn tempdir(bytes: u64) -> std::io::Result<tempfile::TempDir> {
    let builder = {
        let mut b = tempfile::Builder::new();
        b.prefix("pgshift-shadow-");
        b
    };
    if let Some(root) = root(bytes) {
        if let Ok(dir) = builder.tempdir_in(&root) {
            return Ok(dir);
        }
    }
    builder.tempdir()
}

/// The room a shadow started on a copy of the data directory `dir` needs: the copy, and a few
/// databases like the ones it holds.
pub fn room_for_copy(dir: &Path) -> u64 {
    size(dir).saturating_mul(4)
}

/// Bytes under `dir` (files only; what copying it takes).
fn size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => size(&e.path()),
            Ok(t) if t.is_file() => e.metadata().map(|m| m.len()).unwrap_or(0),
            _ => 0,
        })
        .sum()
}

struct FsInfo {
    in_memory: bool,
    writable: bool,
    free: u64,
}

fn statfs(dir: &Path) -> Option<FsInfo> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: statfs(2) fills the zeroed struct it is given for a NUL-terminated path.
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statfs(path.as_ptr(), &mut st) } != 0 {
        return None;
    }
    // SAFETY: access(2) on the same NUL-terminated path.
    let writable = unsafe { libc::access(path.as_ptr(), libc::W_OK | libc::X_OK) } == 0;
    #[cfg(target_os = "linux")]
    // `f_type` and the magic number have different integer types on other targets.
    #[allow(clippy::unnecessary_cast)]
    let in_memory = st.f_type as i64 == libc::TMPFS_MAGIC as i64;
    #[cfg(not(target_os = "linux"))]
    let in_memory = false;
    Some(FsInfo {
        in_memory,
        writable,
        free: (st.f_bavail as u64).saturating_mul(st.f_bsize as u64),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_disk_directory_is_not_a_memory_file_system() {
        let dir = tempfile::tempdir_in(env!("CARGO_MANIFEST_DIR")).unwrap();
        let fs = statfs(dir.path()).unwrap();
        // The project is checked out on disk wherever its tests run.
        assert!(!fs.in_memory);
        assert!(fs.writable);
    }

    #[test]
    fn a_missing_directory_is_no_root() {
        assert!(statfs(Path::new("/no/such/dir/for/pgshift")).is_none());
    }

    #[test]
    fn size_counts_files_below() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/x"), [0u8; 100]).unwrap();
        std::fs::write(dir.path().join("y"), [0u8; 23]).unwrap();
        assert_eq!(size(dir.path()), 123);
    }
}
