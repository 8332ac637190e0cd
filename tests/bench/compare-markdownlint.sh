#!/usr/bin/env bash
# Side-by-side timing of `review-ls --check` and markdownlint-cli2 on the same
# files: COPIES copies of the seed (95 KB each) as separate files. Prints the
# best of RUNS wall-clock times for each and their ratio. Figures are recorded
# in BENCHMARKS.md. Needs node/npm (markdownlint-cli2 is installed into
# tests/bench/node_modules on first use).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
copies=${COPIES:-100}
runs=${RUNS:-5}
target=${CARGO_TARGET_DIR:-$root/target}

cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p review-ls
bin="$target/release/review-ls"

if [ ! -x "$here/node_modules/.bin/markdownlint-cli2" ]; then
  (cd "$here" && npm install --no-save --no-audit --no-fund --silent markdownlint-cli2@0.22 >/dev/null)
fi

corpus="$target/bench-corpus-$copies"
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  for i in $(seq -w 1 "$copies"); do cp "$root/seeds/000_1d7a1aefbff0b690.md" "$corpus/notes-$i.md"; done
fi
bytes=$(cat "$corpus"/*.md | wc -c)

best() { # best wall time in seconds of running "$@" $runs times
  local best=""
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    best=$(python3 -c "t=$end-$start; b='$best'; print(min(t, float(b)) if b else t)")
  done
  echo "$best"
}

ours=$(best "$bin" --check "$corpus" --format json)
theirs=$(cd "$corpus" && best "$here/node_modules/.bin/markdownlint-cli2" "*.md")
python3 - "$copies" "$bytes" "$ours" "$theirs" <<'PY'
import sys
copies, size, ours, theirs = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
mb = size / 1e6
print(f"{copies} files, {mb:.1f} MB")
print(f"review-ls --check     {ours*1000:8.0f} ms  {mb/ours:6.1f} MB/s")
print(f"markdownlint-cli2     {theirs*1000:8.0f} ms  {mb/theirs:6.1f} MB/s")
print(f"ratio (markdownlint / review-ls): {theirs/ours:.1f}x")
PY
