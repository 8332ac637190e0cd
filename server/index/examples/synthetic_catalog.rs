//! Writes the benchmarks' synthetic catalog as a plain list, one title a
//! line: `synthetic_catalog COUNT > catalog.txt` (the same titles as the
//! index's divan benchmark and the server's `title_bench`).

use std::io::Write;

use review_index::synthetic::{Rng, catalog};

fn main() -> std::io::Result<()> {
    let count = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(150_000);
    let titles = catalog(count, &mut Rng(0x9e37_79b9_7f4a_7c15));
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for title in titles {
        writeln!(out, "{title}")?;
    }
    out.flush()
}
