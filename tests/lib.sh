# shellcheck shell=bash disable=SC2154
# (`repo`, `server` and `venv` are the sourcing script's: set there or here.)
# What the shell test suites share (sourced, after `repo` is set to the
# repository's root): finding the review-ls binary, the tests' Python venv,
# and `npm ci` only when a lockfile changed.

# Sets `server` to the review-ls binary: $REVIEW_LS_SERVER, else
# ${CARGO_TARGET_DIR:-target}/debug/review-ls. With `build`, that default is
# built first and a missing binary exits 2; with `require`, a missing
# binary is a failed suite (`0 passed, 1 failed`, exit 1).
review_ls_server() {
  local mode="$1" target_dir
  if [ -n "${REVIEW_LS_SERVER:-}" ]; then
    server="$REVIEW_LS_SERVER"
  else
    target_dir="${CARGO_TARGET_DIR:-target}"
    case "$target_dir" in /*) ;; *) target_dir="$repo/$target_dir" ;; esac
    server="$target_dir/debug/review-ls"
    if [ "$mode" = build ]; then
      printf '==> %s\n' "cargo build -p review-ls"
      (cd "$repo" && CARGO_TARGET_DIR="$target_dir" cargo build -q -p review-ls)
    fi
  fi
  case "$server" in /*) ;; *) server="$repo/$server" ;; esac
  if [ ! -x "$server" ]; then
    echo "review-ls binary not found at $server: build it (cargo build -p review-ls) or set REVIEW_LS_SERVER" >&2
    if [ "$mode" = build ]; then
      exit 2
    fi
    echo "0 passed, 1 failed"
    exit 1
  fi
}

# Sets `venv` to the tests' venv ($REVIEW_LS_VENV, default tests/.venv),
# made when missing; a venv that cannot be made is a failed suite.
tests_venv() {
  venv="${REVIEW_LS_VENV:-$repo/tests/.venv}"
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { echo "cannot create $venv" >&2; echo "0 passed, 1 failed"; exit 1; }
  fi
}

# Runs `npm ci` in a folder unless its node_modules came from this very
# lockfile.
npm_ci_if_needed() {
  local folder="$1" stamp="$1/node_modules/.review-ls-lock.sha256" sum
  sum="$(sha256sum "$folder/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
    return
  fi
  printf '==> %s\n' "npm ci in ${folder#"$repo"/}"
  (cd "$folder" && npm ci --no-audit --no-fund)
  echo "$sum" > "$stamp"
}

# Installs the Debian packages named that are not installed yet (with sudo
# when not root); installs nothing when all are there.
apt_install_missing() {
  local package missing=() sudo_cmd=()
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return
  fi
  printf '==> %s\n' "apt-get install ${missing[*]}"
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}"
}
