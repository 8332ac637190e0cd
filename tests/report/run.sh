#!/usr/bin/env bash
# End-to-end test of `review-ls --report`: the roster page of the seed, opened
# from disk (file://) in real headless Chromium — the browser the VS Code
# suite uses — and checked against `--list --format json` and
# `--check --format json`: counts, chart, links, sorting, no network, print.
#
#   tests/report/run.sh
#   REVIEW_LS_SERVER=/path/review-ls tests/report/run.sh
#
# Writes into the repository's target/ folder (not $CARGO_TARGET_DIR):
#   target/e2e-report/report.html, list.json, check.json, report.pdf
#   target/e2e-report/report-top.png   the first screen (docs/report.png)
#   target/report-seed.png   the whole page, as Chromium renders it
# Idempotent: chromium, fonts-nanum and playwright-core are installed only
# when missing (see shared/E2E-NOTES.md). Prints one line per check, then
# `N passed, N failed`; exits non-zero on any failure.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/tests/report"
artifacts="$repo/target/e2e-report"
step() { printf '==> %s\n' "$*"; }
# shellcheck source=tests/lib.sh
. "$repo/tests/lib.sh"

# --- 1. System packages: the browser, and Hangul glyphs for the screenshot ----
apt_packages=(chromium fonts-nanum)
apt_install_missing "${apt_packages[@]}"

# --- 2. playwright-core, from this folder's lockfile ---------------------------
npm_ci_if_needed "$here"

# --- 3. The binary ------------------------------------------------------------
review_ls_server build

# --- 4. The report and what it must agree with --------------------------------
# From the repository's root, so paths read `seeds/…` as a user would type them.
mkdir -p "$artifacts"
rm -f "$artifacts/report.html" "$artifacts/report.pdf" "$artifacts/report-top.png" "$repo/target/report-seed.png"
step "review-ls --report target/e2e-report/report.html seeds/"
(cd "$repo" && "$server" --report target/e2e-report/report.html seeds/)
(cd "$repo" && "$server" --list --format json seeds/ > "$artifacts/list.json")
set +e
(cd "$repo" && "$server" --check --format json seeds/ > "$artifacts/check.json")
status=$?
set -e
if [ "$status" -ne 1 ]; then
  echo "tests/report: --check on the seed exited $status, expected 1 (findings)" >&2
  exit 1
fi

# --- 5. Chromium --------------------------------------------------------------
step "checks in headless Chromium"
REPORT_HTML="$artifacts/report.html" REPORT_LIST="$artifacts/list.json" \
  REPORT_CHECK="$artifacts/check.json" REPORT_REPO="$repo" \
  REPORT_SCREENSHOT="$repo/target/report-seed.png" REPORT_PDF="$artifacts/report.pdf" \
  timeout 300 node "$here/report.mjs"
