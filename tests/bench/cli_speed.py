#!/usr/bin/env python3
"""Wall time of whole `review-ls --check` processes beside rumdl and
markdownlint-cli2 on the same files, as BENCHMARKS.md records them.

    python3 tests/bench/cli_speed.py [--runs 9]

Builds the release binary and the synthetic catalog example, installs rumdl
(PyPI) into tests/bench/.venv and markdownlint-cli2 (npm) into
tests/bench/node_modules on first use, then times, each as the median of
--runs runs (one warm-up run first, output discarded):

- the seed (one 95 KB file);
- 100 copies of the seed as separate files (9.5 MB), in the human, JSON and
  GitHub formats;
- the seed with the 150,000-title synthetic catalog: cold (--no-cache) and
  with the catalog's table cached.

rumdl runs as `rumdl check --no-cache`, markdownlint-cli2 as
`markdownlint-cli2 "*.md"`, both with their default rules. Stdlib only.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEED = ROOT / "seeds" / "000_1d7a1aefbff0b690.md"


def target_dir() -> Path:
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))


def run_quiet(command, cwd=None, env=None):
    subprocess.run(command, cwd=cwd, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def median_ms(command, runs, cwd=None, env=None):
    """Median wall time of `command` in milliseconds (after one warm-up)."""
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i > 0:
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def ensure_tools(target: Path):
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "review-ls"],
                   cwd=ROOT, check=True)
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "review-index",
                    "--example", "synthetic_catalog"], cwd=ROOT, check=True)
    venv = HERE / ".venv"
    rumdl = venv / "bin" / "rumdl"
    if not rumdl.exists():
        run_quiet([sys.executable, "-m", "venv", str(venv)])
        run_quiet([str(venv / "bin" / "pip"), "install", "--quiet", "rumdl==0.3.0"])
    markdownlint = HERE / "node_modules" / ".bin" / "markdownlint-cli2"
    if not markdownlint.exists():
        run_quiet(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--silent",
                   "markdownlint-cli2@0.22"], cwd=HERE)
    return target / "release" / "review-ls", rumdl, markdownlint


def ensure_corpora(target: Path):
    seed_only = target / "bench-cli" / "seed"
    copies = target / "bench-cli" / "copies-100"
    catalog = target / "bench-cli" / "seed-with-catalog"
    for folder in (seed_only, copies, catalog):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, seed_only / SEED.name)
    for i in range(1, 101):
        shutil.copy(SEED, copies / f"notes-{i:03}.md")
    shutil.copy(SEED, catalog / SEED.name)
    titles = catalog / "catalog.txt"
    if not titles.exists():
        with open(titles, "w", encoding="utf-8") as out:
            subprocess.run([str(target / "release" / "examples" / "synthetic_catalog"), "150000"],
                           stdout=out, check=True)
    (catalog / "review-ls.toml").write_text('[catalog]\npaths = ["catalog.txt"]\n')
    return seed_only, copies, catalog


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    target = target_dir()
    ours, rumdl, markdownlint = ensure_tools(target)
    seed_only, copies, catalog = ensure_corpora(target)
    copies_mb = sum(p.stat().st_size for p in copies.glob("*.md")) / 1e6
    seed_mb = SEED.stat().st_size / 1e6
    cache = target / "bench-cli" / "cache"
    env = dict(os.environ, REVIEW_LS_CACHE_DIR=str(cache), NO_COLOR="1")
    runs = args.runs

    rows = []

    def measure(name, command, cwd, size_mb, tool_env=env):
        ms = median_ms(command, runs, cwd=cwd, env=tool_env)
        rows.append((name, ms, size_mb / (ms / 1000)))
        print(f"{name:60} {ms:9.1f} ms {size_mb / (ms / 1000):8.1f} MB/s", flush=True)
        return ms

    print(f"{runs} runs each (median), {os.cpu_count()} cores", flush=True)
    seed_ours = measure("review-ls --check (seed)", [str(ours), "--check", "."], seed_only, seed_mb)
    seed_rumdl = measure("rumdl check --no-cache (seed)", [str(rumdl), "check", "--no-cache", "."],
                         seed_only, seed_mb)
    seed_mdl = measure("markdownlint-cli2 (seed)", [str(markdownlint), "*.md"], seed_only, seed_mb)
    copies_ours = {}
    for format in ("human", "json", "github"):
        copies_ours[format] = measure(f"review-ls --check --format {format} (100 copies)",
                                      [str(ours), "--check", ".", "--format", format],
                                      copies, copies_mb)
    copies_rumdl = measure("rumdl check --no-cache (100 copies)",
                           [str(rumdl), "check", "--no-cache", "."], copies, copies_mb)
    copies_mdl = measure("markdownlint-cli2 (100 copies)", [str(markdownlint), "*.md"], copies,
                         copies_mb)
    cold = measure("review-ls --check --no-cache (seed + 150,000-title catalog)",
                   [str(ours), "--check", ".", "--no-cache"], catalog, seed_mb)
    # One run writes the catalog's table to the cache.
    subprocess.run([str(ours), "--check", "."], cwd=catalog, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cached = measure("review-ls --check (seed + catalog, table cached)",
                     [str(ours), "--check", "."], catalog, seed_mb)

    print()
    print(f"seed: rumdl / review-ls = {seed_rumdl / seed_ours:.2f}x, "
          f"markdownlint-cli2 / review-ls = {seed_mdl / seed_ours:.1f}x")
    for format, ms in copies_ours.items():
        print(f"100 copies ({format}): rumdl / review-ls = {copies_rumdl / ms:.2f}x, "
              f"markdownlint-cli2 / review-ls = {copies_mdl / ms:.1f}x")
    print(f"catalog: cold {cold:.0f} ms, cached {cached:.0f} ms")


if __name__ == "__main__":
    main()
