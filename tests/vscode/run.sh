#!/usr/bin/env bash
# End-to-end test of the VS Code extension (editors/vscode) in real VS Code:
# code-server in headless Chromium, the packaged .vsix installed, pointed at
# the freshly built server, on a temporary workspace holding the seed notes;
# then the linux-x64 .vsix that bundles the server
# (editors/vscode/scripts/package-linux-x64.sh), in a second VS Code with no
# review-ls on PATH and no review-ls.server.path setting.
#
#   tests/vscode/run.sh               # build the server, lint + package the extension, run
#   REVIEW_LS_SERVER=/path/review-ls tests/vscode/run.sh
#   E2E_ONLY=1,3 tests/vscode/run.sh  # some scenarios only
#   E2E_KEEP=1 tests/vscode/run.sh    # keep the run's folder (logs) even when it passes
#
# Idempotent: apt packages, npm packages and code-server are installed only
# when missing (code-server into $REVIEW_LS_E2E_HOME, default
# /opt/review-ls-e2e, outside the clone). Everything that works here and why is
# in shared/E2E-NOTES.md. Prints one line per scenario, then
# `N passed, N failed` per pass and for all passes; exits non-zero on any
# failure.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/tests/vscode"
extension="$repo/editors/vscode"
e2e_home="${REVIEW_LS_E2E_HOME:-/opt/review-ls-e2e}"
code_server_prefix="$e2e_home/code-server"
code_server="$code_server_prefix/node_modules/.bin/code-server"
artifacts="$repo/target/e2e-vscode"
seed="$repo/seeds/000_1d7a1aefbff0b690.md"

started_at=$SECONDS
step() { printf '==> %s\n' "$*"; }
# shellcheck source=tests/lib.sh
. "$repo/tests/lib.sh"

# --- 1. System packages ------------------------------------------------------
# libkrb5-dev, pkg-config: code-server's native modules; ripgrep: seeds
# @vscode/ripgrep's download; chromium: the browser; fonts-nanum: Hangul
# glyphs (boxes in screenshots without it).
apt_packages=(libkrb5-dev pkg-config ripgrep chromium fonts-nanum)
apt_install_missing "${apt_packages[@]}"

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != 20 ]; then
  # code-server 4.100.3's postinstall insists on Node 20 (shared/E2E-NOTES.md).
  echo "tests/vscode: Node 20 is needed (code-server 4.100.3), found $(node --version)" >&2
  exit 2
fi

# --- 2. npm packages and code-server ------------------------------------------
npm_ci_if_needed "$extension"
npm_ci_if_needed "$here"
"$here/install-code-server.sh" "$code_server_prefix"
install_seconds=$((SECONDS - started_at))

# --- 3. The server and the extension ------------------------------------------
review_ls_server build

mkdir -p "$artifacts"
rm -f "$artifacts"/*.png "$artifacts"/*.vsix
vsix="$artifacts/review-ls.vsix"
step "npm run lint, npm run compile, vsce package (editors/vscode)"
(
  cd "$extension"
  npm run --silent lint
  npm run --silent compile
  # vsce 3.9.2 (the last that runs on Node 20) is a devDependency, pinned in
  # package-lock.json; it runs vscode:prepublish.
  node_modules/.bin/vsce package --out "$vsix" < /dev/null > "$artifacts/vsce.log" 2>&1 ||
    { cat "$artifacts/vsce.log" >&2; exit 1; }
)
# The universal package ships no binary: only the platform one below does.
if python3 -c 'import sys, zipfile; sys.exit(not any(n.startswith("extension/server/") for n in zipfile.ZipFile(sys.argv[1]).namelist()))' "$vsix"; then
  echo "tests/vscode: $vsix ships extension/server/ (a stale editors/vscode/server/?)" >&2
  exit 1
fi

# The platform package, built by the script users run, bundling the server
# above (not a second, release build). Its debug info is stripped from a copy
# first: 265 MB become about 45 MB, so packing and installing take seconds.
run_dir="$(mktemp -d "${TMPDIR:-/tmp}/review-ls-vscode-e2e.XXXXXX")"
bundled_server="$server"
if command -v objcopy > /dev/null; then
  bundled_server="$run_dir/review-ls"
  objcopy --strip-debug "$server" "$bundled_server"
fi
step "editors/vscode/scripts/package-linux-x64.sh (bundling $server)"
bundled_vsix="$(REVIEW_LS_BINARY="$bundled_server" REVIEW_LS_VSIX_DIR="$artifacts" \
  "$extension/scripts/package-linux-x64.sh" 2> "$artifacts/package-linux-x64.log" | tail -n 1)" ||
  { cat "$artifacts/package-linux-x64.log" >&2; exit 1; }
echo "$bundled_vsix ($(du -h "$bundled_vsix" | cut -f1))"

# PATH without any review-ls, for the bundled pass: the directories that hold
# one are left out (code-server's own node stays reachable).
path_without_server=""
IFS=: read -r -a path_dirs <<< "$PATH"
for directory in "${path_dirs[@]}"; do
  if [ -n "$directory" ] && [ ! -x "$directory/review-ls" ]; then
    path_without_server="${path_without_server:+$path_without_server:}$directory"
  fi
done
if PATH="$path_without_server" command -v review-ls > /dev/null; then
  echo "tests/vscode: could not make a PATH without review-ls" >&2
  exit 1
fi

# --- 4. One fresh VS Code per pass: user data, extensions, workspace ---------
# make_workspace DIR: the seed and the notes the scenarios open.
make_workspace() {
  local workspace="$1" swin_folder
  mkdir -p "$workspace"
  cp "$seed" "$workspace/reviews.md"
  # A review being written: the completion scenario types the title after it.
  printf '## 홍길동: \n' > "$workspace/new-review.md"
  # One paper per file: a note titled only by its folder (a lookalike ː for
  # the colon), CRLF and an emoji; another note names it in its prose.
  swin_folder="$workspace/papers/Swin Transformerː Hierarchical Vision Transformer"
  mkdir -p "$swin_folder"
  printf '## 📌 Metadata\r\n- Authors: Ze Liu, Yutong Lin, Yue Cao\r\n\r\n## 1. Introduction 🙂\r\nViT는 고해상도에서 느리다.\r\n\r\n## 2. Method\r\nShifted window attention.\r\n\r\n## 3. Experiments\r\nImageNet 87.3%%.\r\n' > "$swin_folder/README.md"
  printf '# [An Image is Worth 16x16 Words](https://arxiv.org/abs/2010.11929)\n\n## Introduction\n🙂 Swin Transformer와 비교한다.\n\n## Method\npatch 로 자른다.\n' > "$workspace/papers/vit.md"
}

# write_settings FILE TRACE [SERVER_PATH]: without a server path, the
# extension looks on PATH, then at its bundled copy.
write_settings() {
  local file="$1" trace="$2" server_path="${3:-}" path_line=""
  if [ -n "$server_path" ]; then
    path_line="\"review-ls.server.path\": \"$server_path\","
  fi
  cat > "$file" <<EOF
{
  $path_line
  "review-ls.trace.server": "$trace",
  "files.autoSave": "off",
  "files.hotExit": "off",
  "chat.disableAIFeatures": true,
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "editor.minimap.enabled": false
}
EOF
}

# --- 5. One code-server per pass, in a process group of its own --------------
code_server_pid=""
stop_code_server() {
  if [ -z "$code_server_pid" ]; then
    return
  fi
  # The whole group: a plain SIGTERM to code-server leaves its file watchers,
  # its extension host and our server behind.
  kill -TERM -- "-$code_server_pid" 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 -- "-$code_server_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$code_server_pid" 2>/dev/null || true
  code_server_pid=""
  # Anything of this run that left the group (a detached child) still has
  # its working directory in the run's folder: the language server runs in
  # the workspace. Name it and end it, by pid.
  local proc pid
  for proc in /proc/[0-9]*; do
    pid="${proc#/proc/}"
    case "$(readlink "$proc/cwd" 2>/dev/null)" in
      "$run_dir"*)
        echo "tests/vscode: $(tr '\0' ' ' < "$proc/cmdline" 2>/dev/null | cut -c1-120) (pid $pid) outlived code-server's process group; ending it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        ;;
    esac
  done
}
cleanup() {
  local status=$?
  stop_code_server
  if [ "$status" -eq 0 ] && [ -z "${E2E_KEEP:-}" ]; then
    rm -rf "$run_dir"
  else
    echo "tests/vscode: kept $run_dir (per pass: code-server.log, user-data/logs: the Review LS output channel and trace are under exthost*/output_logging_*)" >&2
  fi
  exit "$status"
}
trap cleanup EXIT

# Whether E2E_ONLY asks for any of the scenarios given.
wanted() {
  local number
  [ -z "${E2E_ONLY:-}" ] && return 0
  for number in "$@"; do
    case ",$E2E_ONLY," in *",$number,"*) return 0 ;; esac
  done
  return 1
}

total_passed=0
total_failed=0
# run_pass NAME VSIX PATH [SERVER_PATH]: a fresh VS Code with VSIX installed,
# started with PATH, runs the scenarios of pass NAME (e2e.mjs).
run_pass() {
  local name="$1" package="$2" pass_path="$3" server_path="${4:-}"
  local dir="$run_dir/$name" port config url status
  local workspace="$dir/workspace" user_data="$dir/user-data" extensions_dir="$dir/extensions"
  mkdir -p "$user_data/User" "$extensions_dir"
  make_workspace "$workspace"
  # The LSP trace goes to the output channel; the bundled pass reads that
  # channel's first line on the page, so it keeps it short.
  local trace=messages
  [ -n "$server_path" ] || trace=off
  write_settings "$user_data/User/settings.json" "$trace" "$server_path"
  port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  config="$dir/code-server.yaml"
  printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" > "$config"
  local code_server_args=(--config "$config" --user-data-dir "$user_data" --extensions-dir "$extensions_dir")
  "$code_server" "${code_server_args[@]}" --install-extension "$package" > "$dir/install-extension.log" 2>&1 ||
    { cat "$dir/install-extension.log" >&2; return 1; }

  # Not a job-control shell, so this child is no group leader and setsid
  # makes it one in place: its pid is the group to kill.
  # REVIEW_LS_CACHE_DIR: the server's title index goes into the run's folder,
  # not one more ~/.cache/review-ls/workspace-* per run.
  PATH="$pass_path" REVIEW_LS_CACHE_DIR="$dir/cache" setsid "$code_server" "${code_server_args[@]}" \
    --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --ignore-last-opened \
    "$workspace" > "$dir/code-server.log" 2>&1 &
  code_server_pid=$!
  url="http://127.0.0.1:$port"
  node -e '
    const url = process.argv[1] + "/healthz";
    const deadline = Date.now() + 60000;
    (async function poll() {
      for (;;) {
        try { if ((await fetch(url)).ok) return; } catch {}
        if (Date.now() > deadline) { console.error("code-server did not answer " + url); process.exit(1); }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
  ' "$url" || { cat "$dir/code-server.log" >&2; return 1; }

  local how="no review-ls.server.path, no review-ls on PATH"
  [ -z "$server_path" ] || how="review-ls.server.path $server_path"
  step "pass $name: $(basename "$package"), $how (code-server $url)"
  set +e
  E2E_PASS="$name" CODE_SERVER_URL="$url" E2E_WORKSPACE="$workspace" E2E_SCREENSHOTS="$artifacts" \
    E2E_EXTENSIONS_DIR="$extensions_dir" timeout 600 node "$here/e2e.mjs" | tee "$dir/e2e.out"
  status=${PIPESTATUS[0]}
  set -e
  stop_code_server
  local counts passed=0 failed=1
  counts="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$dir/e2e.out" | tail -n 1 || true)"
  if [ -n "$counts" ]; then
    passed="${counts%% passed*}"
    counts="${counts#* passed, }"
    failed="${counts%% failed*}"
  fi
  # A run that failed without saying so (a crash, the timeout) counts as one failure.
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
  fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
}

echo "timings: installs and checks ${install_seconds} s, build, package and start $((SECONDS - started_at - install_seconds)) s"
# Pass 1: the universal package, pointed at the server by the setting.
if wanted 1 2 3 4 5; then
  run_pass setting "$vsix" "$PATH" "$server"
fi
# Pass 2: the linux-x64 package, with no setting and no review-ls on PATH:
# the extension must start its bundled copy.
if wanted 6; then
  run_pass bundled "$bundled_vsix" "$path_without_server"
fi
echo "all passes: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ] && [ "$total_passed" -gt 0 ]
