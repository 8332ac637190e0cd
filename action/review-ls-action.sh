#!/usr/bin/env bash
# The logic of the review-ls GitHub Action (action.yml beside this file), in
# three steps that action.yml runs in order, with actions/cache between the
# first two:
#
#   review-ls-action.sh plan      check the inputs; decide where review-ls
#                                 comes from (outputs: method, url, tag,
#                                 cargo-args, cache-key)
#   review-ls-action.sh install   fetch or build it (output: bin)
#   review-ls-action.sh check     run `review-ls --check --format github`
#                                 (outputs: findings, errors, warnings, info,
#                                 exit-code); exits with review-ls's exit code
#
# Inputs come as environment variables (INPUT_PATHS, INPUT_FAIL_ON,
# INPUT_CONFIG, INPUT_VERSION), never spliced into the script, so a path
# cannot inject shell code. Outputs go to the file $GITHUB_OUTPUT names.
#
# Where review-ls comes from, in order:
#   1. REVIEW_LS_BIN, a binary given by the caller (the local tests use it);
#   2. a review-ls on PATH whose --version is the version asked for;
#   3. the release asset of a version tag, for the runners assets are built
#      for: review-ls-<tag>-<target>.tar.gz (see asset_url), holding the
#      binary `review-ls` at its root, and review-ls-<tag>-<target>.tar.gz.sha256
#      (sha256sum's format) beside it, checked when present;
#   4. `cargo install --locked` from the action's own repository at the tag
#      or commit asked for (cached by action.yml, keyed by that commit and
#      the runner), or from the action's own checkout when the workflow uses
#      it as a local action (`uses: ./action`).
#
# Every function but the three steps reads only its arguments, so the tests
# (tests/action/run.sh) source this file and call them one by one.
set -euo pipefail

action_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Writes `name=value` to the step's outputs (or stdout outside Actions).
set_output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  else
    printf '%s=%s\n' "$1" "$2"
  fi
}

# Stops with an error annotation on the workflow run and exit code 2, the
# code review-ls uses for usage errors.
fail() {
  printf '::error title=review-ls action::%s\n' "$1"
  exit 2
}

# The Rust target a release asset is built for on a runner, from
# RUNNER_OS and RUNNER_ARCH; fails for a runner no asset is published for
# (Windows, 32-bit), which then builds with cargo.
target_triple() {
  case "$1/$2" in
    Linux/X64) echo x86_64-unknown-linux-gnu ;;
    Linux/ARM64) echo aarch64-unknown-linux-gnu ;;
    macOS/X64) echo x86_64-apple-darwin ;;
    macOS/ARM64) echo aarch64-apple-darwin ;;
    *) return 1 ;;
  esac
}

# asset_url REPOSITORY_URL TAG RUNNER_OS RUNNER_ARCH: where the release
# asset for that runner is; fails when none is published for it.
asset_url() {
  local triple
  triple=$(target_triple "$3" "$4") || return 1
  echo "$1/releases/download/$2/review-ls-$2-$triple.tar.gz"
}

# What a version input names, as `KIND VALUE`: `latest`, `tag vX.Y.Z`
# (`0.1.0` and `v0.1.0` alike), `rev SHA` (a full commit) or `branch NAME`.
version_ref() {
  case "$1" in
    '' | latest) echo "latest" ;;
    v[0-9]*.[0-9]*) echo "tag $1" ;;
    [0-9]*.[0-9]*) echo "tag v$1" ;;
    *)
      if [[ "$1" =~ ^[0-9a-f]{40}$ ]]; then
        echo "rev $1"
      elif [[ "$1" =~ ^[A-Za-z0-9._/-]+$ ]]; then
        echo "branch $1"
      else
        return 1
      fi
      ;;
  esac
}

# validate_fail_on VALUE: succeeds for the severities --fail-on takes.
validate_fail_on() {
  case "$1" in
    error | warning | info) return 0 ;;
    *) return 1 ;;
  esac
}

# split_paths TEXT: the paths input, one a line; a single line is split at
# spaces (`notes/ week3/`). A path with a space needs a line of its own.
split_paths() {
  local text=$1 line
  if [[ "$text" == *$'\n'* ]]; then
    while IFS= read -r line; do
      line="${line#"${line%%[![:space:]]*}"}"
      line="${line%"${line##*[![:space:]]}"}"
      [ -n "$line" ] && printf '%s\n' "$line"
    done <<<"$text"
  else
    local word
    for word in $text; do
      printf '%s\n' "$word"
    done
  fi
  return 0
}

# action_origin ACTION_PATH: `OWNER/REPO REF` for an action checked out by
# the runner (…/_actions/OWNER/REPO/REF/action); fails for a local action.
# github.action_repository and github.action_ref are read first, but the
# runner leaves them empty inside composite actions on some versions.
action_origin() {
  if [[ "$1" =~ /_actions/([^/]+)/([^/]+)/([^/]+)/action/?$ ]]; then
    echo "${BASH_REMATCH[1]}/${BASH_REMATCH[2]} ${BASH_REMATCH[3]}"
  else
    return 1
  fi
}

# The version of a review-ls binary (`review-ls 0.1.0` → `0.1.0`).
binary_version() {
  "$1" --version 2>/dev/null | awk '{print $2}'
}

# Step 1: the inputs checked, and the plan for getting review-ls.
plan() {
  local fail_on=${INPUT_FAIL_ON:-warning}
  validate_fail_on "$fail_on" ||
    fail "fail-on must be error, warning or info, not \"$fail_on\""
  if [ -n "${INPUT_CONFIG:-}" ] && [ ! -f "${INPUT_CONFIG}" ]; then
    fail "config: no such file: ${INPUT_CONFIG}"
  fi
  if [ -z "$(split_paths "${INPUT_PATHS:-.}")" ]; then
    fail "paths is empty: give at least one file or folder"
  fi

  if [ -n "${REVIEW_LS_BIN:-}" ]; then
    [ -x "$REVIEW_LS_BIN" ] || fail "REVIEW_LS_BIN is not an executable: $REVIEW_LS_BIN"
    set_output method given
    return
  fi

  local repository=${ACTION_REPOSITORY:-} version=${INPUT_VERSION:-} origin
  if origin=$(action_origin "$action_dir"); then
    repository=${repository:-${origin%% *}}
    version=${version:-${ACTION_REF:-${origin#* }}}
  elif [ -z "$repository" ]; then
    # A local action: build the checkout it sits in.
    local commit
    commit=$(git -C "$action_dir" rev-parse HEAD 2>/dev/null || true)
    set_output method cargo
    set_output cargo-args "--path $action_dir/../server/review-ls"
    if [ -n "$commit" ] && git -C "$action_dir" diff --quiet HEAD 2>/dev/null; then
      set_output cache-key "review-ls-cargo-$commit-${RUNNER_OS:-}-${RUNNER_ARCH:-}"
    fi
    return
  fi
  version=${version:-${ACTION_REF:-latest}}
  local server_url=${GITHUB_SERVER_URL:-https://github.com}
  local url="$server_url/$repository" ref kind value
  ref=$(version_ref "$version") || fail "version must be a release (v0.1.0), a branch, a full commit or latest, not \"$version\""
  kind=${ref%% *}
  value=${ref#* }

  if [ "$kind" = latest ]; then
    # The latest release's page redirects to its tag; without a release,
    # the default branch.
    local page
    page=$(curl -fsSL -o /dev/null -w '%{url_effective}' "$url/releases/latest" || true)
    if [[ "$page" == */releases/tag/* ]]; then
      kind=tag
      value=${page##*/}
    else
      kind=branch
      value=HEAD
    fi
  fi
  if [ "$kind" = branch ]; then
    # A branch moves: build (and cache) the commit it is at now.
    local line
    line=$(git ls-remote "$url" "$value" | head -n 1) || true
    [ -n "$line" ] || fail "no branch \"$value\" in $url"
    kind=rev
    value=${line%%[[:space:]]*}
  fi
  set_output tag "$value"

  if [ "$kind" = tag ] && command -v review-ls >/dev/null &&
    [ "v$(binary_version "$(command -v review-ls)")" = "$value" ]; then
    set_output method path
    return
  fi
  local asset
  if [ "$kind" = tag ] &&
    asset=$(asset_url "$url" "$value" "${RUNNER_OS:-}" "${RUNNER_ARCH:-}") &&
    curl -fsSLI -o /dev/null "$asset"; then
    set_output method asset
    set_output url "$asset"
    return
  fi
  set_output method cargo
  if [ "$kind" = tag ]; then
    set_output cargo-args "--git $url --tag $value"
  else
    set_output cargo-args "--git $url --rev $value"
  fi
  set_output cache-key "review-ls-cargo-$value-${RUNNER_OS:-}-${RUNNER_ARCH:-}"
}

# Step 2: review-ls fetched or built as planned (METHOD, URL, CARGO_ARGS
# from the plan's outputs).
install() {
  local bin
  case "${METHOD:-}" in
    given) bin=$REVIEW_LS_BIN ;;
    path) bin=$(command -v review-ls) ;;
    asset)
      local dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/review-ls-bin"
      local archive="$dir/${URL##*/}"
      mkdir -p "$dir"
      curl -fsSL --retry 3 -o "$archive" "$URL"
      if curl -fsSL --retry 3 -o "$archive.sha256" "$URL.sha256"; then
        (cd "$dir" && sha256sum --check --status "${archive##*/}.sha256") ||
          fail "the checksum of ${URL##*/} does not match ${URL##*/}.sha256"
      else
        printf '::notice title=review-ls action::no %s.sha256 published; not checked\n' "${URL##*/}"
      fi
      tar -xzf "$archive" -C "$dir" review-ls
      bin="$dir/review-ls"
      # Later steps of the job can run review-ls too.
      if [ -n "${GITHUB_PATH:-}" ]; then
        echo "$dir" >>"$GITHUB_PATH"
      fi
      ;;
    cargo)
      bin="$HOME/.cargo/bin/review-ls"
      if [ -x "$bin" ] && [ "${CACHE_HIT:-}" = true ]; then
        echo "review-ls restored from the cache"
      else
        # shellcheck disable=SC2086 # CARGO_ARGS is words the plan wrote.
        cargo install --locked --force $CARGO_ARGS review-ls
      fi
      ;;
    *) fail "install: unknown method \"${METHOD:-}\" (run plan first)" ;;
  esac
  "$bin" --version
  set_output bin "$bin"
}

# Step 3: the check. Annotations on stdout, the job summary appended by
# review-ls itself; the counts taken from the annotations of findings
# (their title is the rule's code), not those of unreadable files.
check() {
  local bin=${REVIEW_LS_BIN:?the plan and install steps set REVIEW_LS_BIN}
  local fail_on=${INPUT_FAIL_ON:-warning}
  validate_fail_on "$fail_on" ||
    fail "fail-on must be error, warning or info, not \"$fail_on\""
  local -a paths args
  mapfile -t paths < <(split_paths "${INPUT_PATHS:-.}")
  args=(--check "${paths[@]}" --format github --fail-on "$fail_on")
  if [ -n "${INPUT_CONFIG:-}" ]; then
    args+=(--config "$INPUT_CONFIG")
  fi
  local log status
  log=$(mktemp)
  set +e
  "$bin" "${args[@]}" | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  local errors warnings info
  errors=$(grep -c '^::error .*,title=RV[0-9]' "$log" || true)
  warnings=$(grep -c '^::warning .*,title=RV[0-9]' "$log" || true)
  info=$(grep -c '^::notice .*,title=RV[0-9]' "$log" || true)
  rm -f "$log"
  set_output findings "$((errors + warnings + info))"
  set_output errors "$errors"
  set_output warnings "$warnings"
  set_output info "$info"
  set_output exit-code "$status"
  return "$status"
}

main() {
  case "${1:-}" in
    plan | install | check) "$1" ;;
    *)
      echo "usage: $0 plan|install|check (inputs as INPUT_* variables; see action.yml)" >&2
      exit 2
      ;;
  esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
