#!/usr/bin/env bash
# The GitHub Action's script (action/review-ls-action.sh), run here as the
# runner would run it, without network: its decisions (which release asset
# for which runner, which version a ref names, where a checked-out action
# comes from), its input checks, the install from a release asset (served
# from a local file:// URL) with its checksum, and the check on the seed with
# a built binary (exit codes, annotations, outputs, the job summary).
# One line per check, then "N passed, N failed"; exits 1 if any failed.
#
#   REVIEW_LS_SERVER=path/to/review-ls tests/action/run.sh
#
# REVIEW_LS_SERVER defaults to ${CARGO_TARGET_DIR:-target}/debug/review-ls.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
script="$repo/action/review-ls-action.sh"

# shellcheck source=tests/lib.sh
. "$repo/tests/lib.sh"
review_ls_server require

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
# check NAME EXPECTED ACTUAL
check() {
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
    echo "ok   $1"
  else
    failed=$((failed + 1))
    echo "FAIL $1"
    echo "     expected: $(printf '%q' "$2")"
    echo "     actual:   $(printf '%q' "$3")"
  fi
}

# In a subshell with the script's functions (its steps not run).
functions() {
  (
    # shellcheck source=action/review-ls-action.sh
    source "$script"
    "$@"
  ) 2>&1
}

# One output of a step: output FILE NAME.
output() {
  sed -n "s/^$2=//p" "$1" | tail -n 1
}

# Runs a step of the script in a clean environment, as a composite step:
# step NAME [VAR=VALUE...]; stdout in $work/NAME.out, outputs in
# $work/NAME.github-output, the exit code echoed.
step() {
  local name=$1 command=$2
  shift 2
  : >"$work/$name.github-output"
  env -i PATH="$PATH" HOME="$HOME" RUNNER_TEMP="$work/runner-temp" \
    GITHUB_OUTPUT="$work/$name.github-output" "$@" \
    bash "$script" "$command" >"$work/$name.out" 2>&1
  echo $?
}

echo "== which release asset, for which runner"
repo_url=https://github.com/lab/review-ls
check "Linux X64 gets the x86_64 Linux asset" \
  "$repo_url/releases/download/v0.1.0/review-ls-v0.1.0-x86_64-unknown-linux-gnu.tar.gz" \
  "$(functions asset_url "$repo_url" v0.1.0 Linux X64)"
check "Linux ARM64 gets the aarch64 Linux asset" \
  "$repo_url/releases/download/v0.1.0/review-ls-v0.1.0-aarch64-unknown-linux-gnu.tar.gz" \
  "$(functions asset_url "$repo_url" v0.1.0 Linux ARM64)"
check "macOS ARM64 gets the Apple silicon asset" \
  "$repo_url/releases/download/v0.1.0/review-ls-v0.1.0-aarch64-apple-darwin.tar.gz" \
  "$(functions asset_url "$repo_url" v0.1.0 macOS ARM64)"
check "macOS X64 gets the Intel Mac asset" \
  "$repo_url/releases/download/v0.1.0/review-ls-v0.1.0-x86_64-apple-darwin.tar.gz" \
  "$(functions asset_url "$repo_url" v0.1.0 macOS X64)"
functions asset_url "$repo_url" v0.1.0 Windows X64 >/dev/null
check "Windows has no asset: it builds with cargo" 1 "$?"
functions asset_url "$repo_url" v0.1.0 Linux X86 >/dev/null
check "32-bit Linux has no asset either" 1 "$?"

echo "== what a version input names"
check "latest by default" "latest" "$(functions version_ref '')"
check "latest" "latest" "$(functions version_ref latest)"
check "v0.1.0 is a tag" "tag v0.1.0" "$(functions version_ref v0.1.0)"
check "0.1.0 is the tag v0.1.0" "tag v0.1.0" "$(functions version_ref 0.1.0)"
check "a full commit" "rev 0123456789abcdef0123456789abcdef01234567" \
  "$(functions version_ref 0123456789abcdef0123456789abcdef01234567)"
check "a branch" "branch main" "$(functions version_ref main)"
functions version_ref 'main; rm -rf /' >/dev/null
check "no shell words in a version" 1 "$?"

echo "== where a checked-out action comes from"
check "owner, repository and ref from the action's path" "lab/review-ls v0.1.0" \
  "$(functions action_origin /home/runner/work/_actions/lab/review-ls/v0.1.0/action)"
functions action_origin "$repo/action" >/dev/null
check "a local action (uses: ./action) has none" 1 "$?"

echo "== inputs"
check "paths on one line split at spaces" $'seeds/\nnotes/' "$(functions split_paths 'seeds/ notes/')"
check "paths one a line keep their spaces" $'week 3/\nseeds/' \
  "$(functions split_paths $'  week 3/\n\nseeds/  \n')"
status=$(step bogus plan REVIEW_LS_BIN="$server" INPUT_FAIL_ON=bogus)
check "fail-on: bogus exits 2" 2 "$status"
check "... saying what fail-on takes" \
  '::error title=review-ls action::fail-on must be error, warning or info, not "bogus"' \
  "$(cat "$work/bogus.out")"
status=$(step noconfig plan REVIEW_LS_BIN="$server" INPUT_CONFIG="$work/missing.toml")
check "a config that does not exist exits 2" 2 "$status"
check "... naming it" "::error title=review-ls action::config: no such file: $work/missing.toml" \
  "$(cat "$work/noconfig.out")"
status=$(step badversion plan INPUT_VERSION='x y' ACTION_REPOSITORY=lab/review-ls)
check "a version with a space exits 2" 2 "$status"

echo "== where review-ls comes from"
status=$(step given plan REVIEW_LS_BIN="$server")
check "REVIEW_LS_BIN: plan succeeds" 0 "$status"
check "... and uses it" given "$(output "$work/given.github-output" method)"
status=$(step given-install install METHOD=given REVIEW_LS_BIN="$server")
check "install of a given binary succeeds" 0 "$status"
check "... and names it" "$server" "$(output "$work/given-install.github-output" bin)"
version=$("$server" --version | awk '{print $2}')
mkdir -p "$work/path-bin"
ln -s "$server" "$work/path-bin/review-ls"
status=$(step on-path plan PATH="$work/path-bin:$PATH" INPUT_VERSION="v$version" \
  ACTION_REPOSITORY=lab/review-ls RUNNER_OS=Linux RUNNER_ARCH=X64)
check "review-ls $version on PATH, version v$version: plan succeeds (no network)" 0 "$status"
check "... and skips the install" path "$(output "$work/on-path.github-output" method)"
status=$(step local plan RUNNER_OS=Linux RUNNER_ARCH=X64)
check "a local action: plan succeeds" 0 "$status"
check "... and builds its own checkout" cargo "$(output "$work/local.github-output" method)"
check "... with cargo install --path" "--path $repo/action/../server/review-ls" \
  "$(output "$work/local.github-output" cargo-args)"

status=$(step windows plan INPUT_VERSION=v9.9.9 ACTION_REPOSITORY=lab/review-ls \
  RUNNER_OS=Windows RUNNER_ARCH=X64)
check "a release on Windows: plan succeeds (no asset, so no network)" 0 "$status"
check "... and builds with cargo" cargo "$(output "$work/windows.github-output" method)"
check "... from the repository at the tag" "--git https://github.com/lab/review-ls --tag v9.9.9" \
  "$(output "$work/windows.github-output" cargo-args)"
check "... cached by tag and runner" "review-ls-cargo-v9.9.9-Windows-X64" \
  "$(output "$work/windows.github-output" cache-key)"
commit=0123456789abcdef0123456789abcdef01234567
status=$(step commit plan INPUT_VERSION=$commit RUNNER_OS=Linux RUNNER_ARCH=X64 \
  GITHUB_SERVER_URL=https://github.example GITHUB_ACTION_PATH=unused \
  ACTION_REPOSITORY=lab/review-ls)
check "a full commit: plan succeeds (no network)" 0 "$status"
check "... cargo install at that commit, from GITHUB_SERVER_URL" \
  "--git https://github.example/lab/review-ls --rev $commit" \
  "$(output "$work/commit.github-output" cargo-args)"
check "... cached by commit and runner" "review-ls-cargo-$commit-Linux-X64" \
  "$(output "$work/commit.github-output" cache-key)"

echo "== action.yml wires the script's steps and outputs"
# Every steps.ID.outputs.NAME that action.yml reads is a step before it
# whose script step writes NAME (or actions/cache's cache-hit); the inputs
# are the documented four with their defaults.
wiring=$(python3 - "$repo/action/action.yml" "$script" <<'PY'
import re, sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
script = open(sys.argv[2]).read()
written = set(re.findall(r"set_output ([a-z-]+) ", script))
problems = []
inputs = {name: spec.get("default") for name, spec in action["inputs"].items()}
if inputs != {"paths": ".", "fail-on": "warning", "config": "", "version": ""}:
    problems.append(f"inputs: {inputs}")
seen = []
for step in action["runs"]["steps"]:
    text = yaml.safe_dump(step)
    for used, name in re.findall(r"steps\.([a-z-]+)\.outputs\.([a-z-]+)", text):
        if used not in seen:
            problems.append(f"{step['id']} reads {used} before it runs")
        elif used != "cache" and name not in written:
            problems.append(f"{step['id']} reads {used}.{name}, never written")
    seen.append(step["id"])
for name, spec in action["outputs"].items():
    used, output = re.fullmatch(r"\$\{\{ steps\.([a-z-]+)\.outputs\.([a-z-]+) \}\}", spec["value"]).groups()
    if used != "check" or output not in written:
        problems.append(f"output {name}: {spec['value']}")
print("; ".join(problems) or "wired")
PY
)
check "inputs, steps and outputs agree with the script" wired "$wiring"

echo "== install from a release asset (a file:// URL standing in for the release)"
triple=$(functions target_triple Linux X64)
release="$work/release"
asset="review-ls-v$version-$triple.tar.gz"
mkdir -p "$release/stage"
# The asset holds a launcher for the built binary, not a copy of it: the debug
# binary is hundreds of MB, and copying, packing and unpacking it once failed
# this suite on a machine with under 1 GB of disk free. What is tested is the
# script's download, checksum, unpacking and PATH, which the launcher exercises
# the same way.
printf '#!/bin/sh\nexec %q "$@"\n' "$server" >"$release/stage/review-ls"
chmod +x "$release/stage/review-ls"
tar -czf "$release/$asset" -C "$release/stage" review-ls
(cd "$release" && sha256sum "$asset" >"$asset.sha256")
status=$(step asset install METHOD=asset URL="file://$release/$asset" GITHUB_PATH="$work/github-path")
check "install from the asset succeeds" 0 "$status"
installed=$(output "$work/asset.github-output" bin)
check "... into RUNNER_TEMP" "$work/runner-temp/review-ls-bin/review-ls" "$installed"
check "... a working binary" "review-ls $version" "$("$installed" --version 2>&1)"
check "... put on PATH for later steps" "$work/runner-temp/review-ls-bin" "$(cat "$work/github-path")"
echo "0000000000000000000000000000000000000000000000000000000000000000  $asset" >"$release/$asset.sha256"
status=$(step bad-sum install METHOD=asset URL="file://$release/$asset")
check "a wrong checksum exits 2" 2 "$status"
check "... saying so" "::error title=review-ls action::the checksum of $asset does not match $asset.sha256" \
  "$(tail -n 1 "$work/bad-sum.out")"

echo "== the check on the seed"
summary="$work/summary.md"
status=$(step seed check REVIEW_LS_BIN="$server" INPUT_PATHS=seeds/ GITHUB_STEP_SUMMARY="$summary")
check "the seed with the default fail-on (warning) exits 1" 1 "$status"
out="$work/seed.github-output"
check "... outputs findings=309" 309 "$(output "$out" findings)"
check "... errors=0" 0 "$(output "$out" errors)"
check "... warnings=307" 307 "$(output "$out" warnings)"
check "... info=2" 2 "$(output "$out" info)"
check "... exit-code=1" 1 "$(output "$out" exit-code)"
check "... 307 ::warning annotations" 307 "$(grep -c '^::warning file=seeds/' "$work/seed.out")"
check "... 2 ::notice annotations" 2 "$(grep -c '^::notice file=seeds/' "$work/seed.out")"
check "... no ::error annotation" 0 "$(grep -c '^::error' "$work/seed.out")"
check "... the mid-line review at its exact column" 1 \
  "$(grep -c '^::warning file=seeds/000_1d7a1aefbff0b690.md,line=55,col=159,.*title=RV003 (entry-starts-mid-line)::the review by 송우혁' "$work/seed.out")"
check "... and a job summary" "## review-ls: 309 findings in 110 reviews" "$(head -n 1 "$summary")"

status=$(step seed-error check REVIEW_LS_BIN="$server" INPUT_PATHS=seeds/ INPUT_FAIL_ON=error)
check "fail-on: error on the seed (no errors) exits 0" 0 "$status"
check "... exit-code=0" 0 "$(output "$work/seed-error.github-output" exit-code)"
check "... findings=309 still" 309 "$(output "$work/seed-error.github-output" findings)"

printf '[rules]\nmissing-section = "error"\n' >"$work/strict.toml"
status=$(step strict check REVIEW_LS_BIN="$server" INPUT_PATHS=$'seeds/\n' \
  INPUT_FAIL_ON=error INPUT_CONFIG="$work/strict.toml")
check "config raising missing-section to error, fail-on: error, exits 1" 1 "$status"
check "... errors=302" 302 "$(output "$work/strict.github-output" errors)"

status=$(step missing check REVIEW_LS_BIN="$server" INPUT_PATHS="seeds/ no-such-folder/")
check "a path that does not exist exits 2" 2 "$status"
check "... exit-code=2" 2 "$(output "$work/missing.github-output" exit-code)"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
