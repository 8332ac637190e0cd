//! glibc's `malloc`, kept from holding large freed blocks.
//!
//! glibc gives a block of 128 KiB or more its own mapping and unmaps it when
//! it is freed — until the first such block is freed: then it raises that
//! threshold to the freed block's size (up to 32 MiB, mallopt(3)), and from
//! then on blocks that big come from the heap, where freed memory stays
//! resident. The server frees many large blocks while it starts (the
//! indexing arena's pages, a catalog's staged titles, the scan's texts),
//! and with the raised threshold a cold start with a 150,000-title catalog
//! peaked at 96–109 MB instead of 81–89 (BENCHMARKS.md, "seventh round").
//! Setting the threshold to its default value fixes it there.

/// Fixes glibc's mmap threshold at its default, 128 KiB, unless the user
/// set it (`MALLOC_MMAP_THRESHOLD_`, or `GLIBC_TUNABLES`). Call it before
/// the first thread is started. Nothing to do with other C libraries.
pub fn keep_large_blocks_unmapped() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let set_by_user = std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_some()
            || std::env::var("GLIBC_TUNABLES").is_ok_and(|t| t.contains("mmap_threshold"));
        if !set_by_user {
            set_mmap_threshold(128 * 1024);
        }
    }
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn set_mmap_threshold(bytes: libc::c_int) {
    // SAFETY: mallopt only sets one of malloc's parameters, under malloc's
    // own lock; it takes no pointer. A refusal (0) leaves malloc as it was.
    let _ = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, bytes) };
}
