//! Memory the app holds but no longer uses, given back to the system
//! (Linux with glibc; elsewhere these do nothing).
//!
//! - The program's relocation table: the dynamic loader reads all of it
//!   before `main` (about 110,000 entries, 2.6 MB of the binary) and nothing
//!   reads it again, yet its pages stay counted in the app's memory. They are
//!   dropped from the process at the start ([`init`]); should anything read
//!   them again, the kernel reads them back from the file.
//! - Memory the allocator kept after a burst of work: glibc's `malloc` keeps
//!   what the app frees (the workspace's records read and sent to the page,
//!   the day's backup, a document compiled) for its next allocations, in one
//!   pool per thread, and gives little of it back by itself. Once the window
//!   has sent no command for [`QUIET`], the free memory is returned
//!   (`malloc_trim`) — after the start's burst (the open, the first screen's
//!   questions, the records read ahead while idle), and after each later one.
//!
//! Measured on the sample workspace, its app process once the start
//! settled: 2.7 MB for the relocation table, 1.2 MB for the allocator.

use std::sync::OnceLock;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use crate::trace;

/// How long the window stays without sending a command before the free
/// memory is given back.
pub const QUIET: Duration = Duration::from_secs(1);

static ACTIVITY: OnceLock<Sender<()>> = OnceLock::new();

/// Gives back the relocation table, and starts the thread that gives back
/// free memory after each burst of work (the start being the first).
pub fn init() {
    give_back_relocations();
    let (activity, quiet) = channel();
    let _ = activity.send(());
    if ACTIVITY.set(activity).is_ok() {
        let _ = std::thread::Builder::new()
            .name("rumbo-memory".into())
            .spawn(move || after_each_burst(&quiet, QUIET, trim));
    }
}

/// Work is being done (a command arrived): the free memory is given back
/// once the window has been quiet for [`QUIET`].
pub fn busy() {
    if let Some(activity) = ACTIVITY.get() {
        let _ = activity.send(());
    }
}

/// Runs `then` once after each burst of signals on `activity`: when no
/// signal has come for `quiet` since the last one. Returns when every sender
/// is gone.
fn after_each_burst(activity: &Receiver<()>, quiet: Duration, then: impl Fn()) {
    while activity.recv().is_ok() {
        loop {
            match activity.recv_timeout(quiet) {
                Ok(()) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => {
                    then();
                    return;
                }
            }
        }
        then();
    }
}

/// Returns the allocator's free memory to the system.
fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: malloc_trim only walks the allocator's own pools, under
        // their locks; it may be called from any thread at any time.
        #[allow(unsafe_code)]
        unsafe {
            libc::malloc_trim(0);
        }
    }
    trace::mark("memory: free memory given back");
}

/// Drops the relocation table's pages from the process (see the module's
/// documentation).
fn give_back_relocations() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if let Some((start, end)) = linux::relocation_pages() {
        linux::drop_pages(start, end);
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod linux {
    #![allow(unsafe_code)]

    use std::ffi::{c_int, c_void};

    const PT_DYNAMIC: u32 = 2;
    const DT_NULL: i64 = 0;
    const DT_RELA: i64 = 7;
    const DT_RELASZ: i64 = 8;

    /// The whole pages of the program's relocation table (`DT_RELA`,
    /// `DT_RELASZ` of its dynamic section), as addresses `[start, end)`;
    /// `None` when it has none or it covers no whole page.
    pub fn relocation_pages() -> Option<(usize, usize)> {
        let mut found: Option<(usize, usize)> = None;
        // SAFETY: dl_iterate_phdr calls `first_object` with a pointer to a
        // valid `dl_phdr_info` for each loaded object, the program first;
        // `data` points to `found`, alive for the whole call.
        unsafe {
            libc::dl_iterate_phdr(Some(first_object), (&raw mut found).cast::<c_void>());
        }
        let (table, size) = found?;
        let page = page_size();
        let start = table.div_ceil(page) * page;
        let end = (table + size) / page * page;
        (start < end).then_some((start, end))
    }

    /// Reads the program's relocation table from its dynamic section, and
    /// stops the walk (the program is the first object).
    unsafe extern "C" fn first_object(
        info: *mut libc::dl_phdr_info,
        _size: usize,
        data: *mut c_void,
    ) -> c_int {
        // SAFETY: as promised by dl_iterate_phdr (see `relocation_pages`):
        // `info` and its program headers are valid for this call, `data` is
        // the `Option` given; the dynamic section is read up to its
        // `DT_NULL` entry, as the loader itself does.
        unsafe {
            let info = &*info;
            let found = &mut *data.cast::<Option<(usize, usize)>>();
            let base = info.dlpi_addr as usize;
            let headers = std::slice::from_raw_parts(info.dlpi_phdr, usize::from(info.dlpi_phnum));
            let Some(dynamic) = headers.iter().find(|h| h.p_type == PT_DYNAMIC) else {
                return 1;
            };
            let mut entry = (base + dynamic.p_vaddr as usize) as *const [u64; 2];
            let (mut table, mut size) = (None, None);
            loop {
                let [tag, value] = *entry;
                match tag as i64 {
                    DT_NULL => break,
                    DT_RELA => table = Some(value as usize),
                    DT_RELASZ => size = Some(value as usize),
                    _ => {}
                }
                entry = entry.add(1);
            }
            if let (Some(table), Some(size)) = (table, size) {
                // glibc rewrites some entries of a writable dynamic section
                // as addresses: an offset in the program is below its base.
                let table = if table < base { base + table } else { table };
                *found = Some((table, size));
            }
        }
        1
    }

    fn page_size() -> usize {
        // SAFETY: sysconf only reads a constant of the system.
        let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        usize::try_from(size)
            .ok()
            .filter(|s| *s > 0)
            .unwrap_or(4096)
    }

    /// Drops the pages `[start, end)` of a read-only mapping of the program
    /// from the process; the kernel reads them back from the file if they
    /// are used again.
    pub fn drop_pages(start: usize, end: usize) {
        // SAFETY: the range is whole pages of the program's read-only
        // segment, never written: MADV_DONTNEED on a private file mapping
        // only unmaps them, and their content is the file's.
        unsafe {
            libc::madvise(start as *mut c_void, end - start, libc::MADV_DONTNEED);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Instant;

    #[test]
    fn free_memory_is_given_back_once_after_each_burst() {
        let (activity, quiet) = channel::<()>();
        let runs = Arc::new(AtomicUsize::new(0));
        let counted = runs.clone();
        let waiter = std::thread::spawn(move || {
            after_each_burst(&quiet, Duration::from_millis(150), || {
                counted.fetch_add(1, Ordering::SeqCst);
            });
        });
        // A burst: signals closer together than the quiet time.
        for _ in 0..5 {
            activity.send(()).ok();
            std::thread::sleep(Duration::from_millis(40));
        }
        assert_eq!(
            runs.load(Ordering::SeqCst),
            0,
            "not while the burst goes on"
        );
        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(runs.load(Ordering::SeqCst), 1, "once after the burst");
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(runs.load(Ordering::SeqCst), 1, "not again without new work");
        activity.send(()).ok();
        let waited = Instant::now();
        while runs.load(Ordering::SeqCst) < 2 && waited.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(runs.load(Ordering::SeqCst), 2, "again after the next burst");
        drop(activity);
        assert!(waiter.join().is_ok());
    }

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    mod linux_memory {
        use super::super::{linux, trim};
        use std::io::{Read, Seek, SeekFrom};

        /// How many pages of `[start, end)` the process has (bit 63 of
        /// each page's entry in `/proc/self/pagemap`).
        fn present(start: usize, end: usize) -> usize {
            let mut map = match std::fs::File::open("/proc/self/pagemap") {
                Ok(map) => map,
                Err(e) => panic!("pagemap: {e}"),
            };
            let pages = (end - start) / 4096;
            let mut entries = vec![0u8; pages * 8];
            if let Err(e) = map
                .seek(SeekFrom::Start((start / 4096 * 8) as u64))
                .and_then(|_| map.read_exact(&mut entries))
            {
                panic!("pagemap: {e}");
            }
            entries.chunks_exact(8).filter(|e| e[7] & 0x80 != 0).count()
        }

        #[test]
        fn the_relocation_table_is_found_and_dropped_from_the_process() {
            // The test program is a position-independent executable too,
            // relocated by the loader like the app.
            let Some((start, end)) = linux::relocation_pages() else {
                panic!("no relocation table found");
            };
            let maps = std::fs::read_to_string("/proc/self/maps").unwrap_or_default();
            let exe = std::fs::read_link("/proc/self/exe").unwrap_or_default();
            let inside_program = maps.lines().any(|line| {
                let mut fields = line.split_whitespace();
                let range = fields.next().unwrap_or_default();
                let perms = fields.next().unwrap_or_default();
                let (from, to) = range.split_once('-').unwrap_or_default();
                let from = usize::from_str_radix(from, 16).unwrap_or(usize::MAX);
                let to = usize::from_str_radix(to, 16).unwrap_or(0);
                line.ends_with(&*exe.to_string_lossy())
                    && perms.starts_with("r--")
                    && from <= start
                    && end <= to
            });
            assert!(
                inside_program,
                "{start:x}-{end:x} is not in the program's read-only mapping:\n{maps}"
            );
            let pages = (end - start) / 4096;
            assert!(present(start, end) > pages / 2, "the loader read the table");
            linux::drop_pages(start, end);
            assert_eq!(present(start, end), 0, "the table's pages are dropped");
        }

        fn resident_kb() -> usize {
            let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
            status
                .lines()
                .find_map(|l| l.strip_prefix("RssAnon:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
                .unwrap_or(0)
        }

        #[test]
        fn memory_freed_by_a_thread_is_returned_to_the_system() {
            // 64 MB in small blocks, from a thread of its own (its own pool
            // of the allocator), all freed but the last.
            let kept = std::thread::spawn(|| {
                let mut blocks: Vec<Vec<u8>> =
                    (0..64 * 1024).map(|i| vec![i as u8; 1000]).collect();
                let last = blocks.pop();
                drop(blocks);
                last
            })
            .join()
            .ok()
            .flatten();
            let before = resident_kb();
            trim();
            let after = resident_kb();
            assert!(kept.is_some());
            assert!(
                before > after + 32 * 1024,
                "at least 32 of the 64 MB freed given back: {before} kB → {after} kB"
            );
        }
    }
}
