#!/usr/bin/env bash
# The pre-commit hook of .pre-commit-hooks.yaml, run by real pre-commit
# (from PyPI) on a temporary git repository whose .pre-commit-config.yaml
# points at this clone at its HEAD commit, as a user's would point at a
# release. The hook is installed as a git hook and exercised by commits: a
# good note commits, a bad one is refused with its file and rule named, only
# staged markdown is checked. One line per check, then "N passed, N failed";
# exits 1 if any failed.
#
#   REVIEW_LS_SERVER=path/to/review-ls tests/precommit/run.sh
#
# REVIEW_LS_SERVER defaults to ${CARGO_TARGET_DIR:-target}/debug/review-ls;
# its folder is put first on PATH for the hook (`language: system`).
# pre-commit reads the hooks file from the commit, not the work tree: commit
# a change to .pre-commit-hooks.yaml before testing it (a warning says so).
# Idempotent: pre-commit is installed into $REVIEW_LS_VENV (default
# tests/.venv) only when missing; its cache is a temporary folder.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
repo=$(pwd)

PRE_COMMIT_VERSION=4.6.2

# shellcheck source=tests/lib.sh
. "$repo/tests/lib.sh"
review_ls_server require

tests_venv
if ! "$venv/bin/pre-commit" --version 2>/dev/null | grep -qx "pre-commit $PRE_COMMIT_VERSION"; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT_VERSION" >&2
fi

rev=$(git -C "$repo" rev-parse HEAD)
if ! git -C "$repo" diff --quiet HEAD -- .pre-commit-hooks.yaml; then
  echo "warning: .pre-commit-hooks.yaml has uncommitted changes; pre-commit tests the committed one ($rev)" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/pre-commit-cache"
# A git of our own: no user or system configuration, a known author.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --file "$GIT_CONFIG_GLOBAL" user.name "Teaching Assistant"
git config --file "$GIT_CONFIG_GLOBAL" user.email "ta@example.invalid"
git config --file "$GIT_CONFIG_GLOBAL" init.defaultBranch main
PATH="$(dirname "$server"):$venv/bin:$PATH"
export PATH

passed=0
failed=0
# check NAME COMMAND...: passes when COMMAND succeeds.
check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}
contains() { grep -qF -- "$2" "$1" || { echo "     not in $1:"; sed 's/^/     | /' "$1"; false; }; }
lacks() { ! grep -qF -- "$2" "$1" || { echo "     unexpected in $1: $2"; false; }; }
matches() { grep -qE -- "$2" "$1" || { echo "     no /$2/ in $1"; false; }; }
# commits LOG MESSAGE: git commit, its output (the hook's) in $work/LOG.
commits() { git commit -m "$2" >"$work/$1" 2>&1; }
refused() { ! commits "$@"; }
install_hook() { pre-commit install >"$work/install.log" 2>&1; }
last_commit_is() { [ "$(git log --format=%s -1)" = "$1" ]; }

notes="$work/notes"
git init --quiet "$notes"
cd "$notes" || exit 1
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: review-ls-system
EOF
git add .pre-commit-config.yaml
git commit --quiet -m "pre-commit configuration"
check "pre-commit install sets up the git hook" install_hook

mkdir week3
printf '홍길동: Attention Is All You Need\n\n- 목적: 순환 없이 번역하기.\n- Method: self-attention.\n- 실험: WMT 2014.\n' >week3/good.md
printf '김철수, Deep Residual Learning for Image Recognition\n\n- 목적: 깊은 망 학습.\n' >week3/bad.md
# A broken note that is not staged, and a text file that is not markdown:
# neither is the hook's business.
printf 'notes without sections\n\n- 목적: x\n' >week3/todo.txt

git add week3/good.md week3/todo.txt
check "a good note commits (the untracked bad note is not checked)" \
  commits good.log "week 3: good"
check "... with the hook run and passed" contains "$work/good.log" "review-ls (from PATH)"
check "... passed" matches "$work/good.log" 'review-ls \(from PATH\)\.+Passed'

git add week3/bad.md
check "a note without method and experiment is refused" \
  refused bad.log "week 3: bad"
check "... the hook failed" matches "$work/bad.log" 'review-ls \(from PATH\)\.+Failed'
check "... naming the file at the review's line" contains "$work/bad.log" "week3/bad.md:1:1"
check "... and the rule" contains "$work/bad.log" "RV001"
check "... the missing method section" contains "$work/bad.log" "missing method section"
check "... in Korean where the note is" contains "$work/bad.log" "실험:"
check "... not the good note, already committed and not staged" lacks "$work/bad.log" "week3/good.md"
check "... and nothing was committed" last_commit_is "week 3: good"

printf -- '- Method: residual blocks.\n- 실험: ImageNet.\n' >>week3/bad.md
git add week3/bad.md
check "once fixed, it commits" \
  commits fixed.log "week 3: fixed"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
