#!/usr/bin/env bash
# Packages the extension for linux-x64 with the review-ls server inside it:
# review-ls-linux-x64-<version>.vsix, whose server/review-ls the extension
# starts when neither the review-ls.server.path setting nor PATH gives one
# (src/serverPath.ts).
#
#   editors/vscode/scripts/package-linux-x64.sh
#       builds the release binary (cargo build --release --locked -p review-ls;
#       several minutes when cold) and bundles it
#   REVIEW_LS_BINARY=/path/to/review-ls editors/vscode/scripts/package-linux-x64.sh
#       bundles that binary instead, built by you (CI passes the debug
#       binary it already built, so that it pays no second, release build)
#   REVIEW_LS_VSIX_DIR=DIR   where the .vsix goes (default editors/vscode/dist)
#
# Prints the .vsix's path on its last line. Needs cargo (unless
# REVIEW_LS_BINARY is set), Node 20+ and npm; installs the extension's npm
# packages (vsce among them, pinned in package-lock.json) when missing.
# server/review-ls is a copy made for the package and removed afterwards, so
# that a plain `vsce package` (a universal .vsix) never ships a binary.
set -euo pipefail

extension="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$extension/../.." && pwd)"
out_dir="${REVIEW_LS_VSIX_DIR:-$extension/dist}"
case "$out_dir" in /*) ;; *) out_dir="$PWD/$out_dir" ;; esac

step() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'package-linux-x64: %s\n' "$*" >&2; exit 1; }

# --- The server binary -------------------------------------------------------
if [ -n "${REVIEW_LS_BINARY:-}" ]; then
  binary="$REVIEW_LS_BINARY"
  case "$binary" in /*) ;; *) binary="$PWD/$binary" ;; esac
else
  target_dir="${CARGO_TARGET_DIR:-$repo/target}"
  case "$target_dir" in /*) ;; *) target_dir="$repo/$target_dir" ;; esac
  step "cargo build --release --locked -p review-ls"
  (cd "$repo" && CARGO_TARGET_DIR="$target_dir" cargo build --release --locked -p review-ls)
  binary="$target_dir/release/review-ls"
fi
if [ ! -f "$binary" ] || [ ! -x "$binary" ]; then
  fail "no executable review-ls at $binary"
fi
# An ELF for x86-64 (e_machine 62), or the package would not run on its target.
elf_magic="$(od -An -tx1 -N4 "$binary" | tr -d ' \n')"
elf_machine="$(od -An -tu2 -j18 -N2 "$binary" | tr -d ' \n')"
if [ "$elf_magic" != 7f454c46 ] || [ "$elf_machine" != 62 ]; then
  fail "$binary is not an x86-64 Linux executable"
fi

# --- npm packages (vsce, TypeScript, the language client) --------------------
if [ ! -x "$extension/node_modules/.bin/vsce" ] || [ ! -d "$extension/node_modules/vscode-languageclient" ]; then
  step "npm ci (editors/vscode)"
  (cd "$extension" && npm ci --no-audit --no-fund >&2)
fi

# --- The package ---------------------------------------------------------------
version="$(node -p 'require(process.argv[1]).version' "$extension/package.json")"
vsix="$out_dir/review-ls-linux-x64-$version.vsix"
bundled="$extension/server/review-ls"
cleanup() {
  rm -f "$bundled"
  rmdir "$extension/server" 2>/dev/null || true
}
trap cleanup EXIT
mkdir -p "$extension/server" "$out_dir"
install -m 755 "$binary" "$bundled"
rm -f "$vsix"

step "npm run compile; vsce package --target linux-x64 (bundling $binary, $(du -h "$binary" | cut -f1))"
(
  cd "$extension"
  npm run --silent compile >&2
  # vsce runs the vscode:prepublish script (the same compile) itself; it keeps
  # the files' modes, so server/review-ls stays executable once installed.
  node_modules/.bin/vsce package --target linux-x64 --out "$vsix" < /dev/null >&2
)

# --- What went in: the server (executable), the compiled code, no sources ------
python3 - "$vsix" <<'EOF' || fail "unexpected contents in $vsix"
import stat, sys, zipfile
names = {}
with zipfile.ZipFile(sys.argv[1]) as archive:
    for info in archive.infolist():
        names[info.filename] = info
problems = []
with zipfile.ZipFile(sys.argv[1]) as archive:
    manifest = archive.read("extension.vsixmanifest").decode()
if 'TargetPlatform="linux-x64"' not in manifest:
    problems.append("extension.vsixmanifest names no TargetPlatform linux-x64")
server = names.get("extension/server/review-ls")
if server is None:
    problems.append("no extension/server/review-ls")
elif not (server.external_attr >> 16) & stat.S_IXUSR:
    problems.append("extension/server/review-ls is not executable in the archive")
for wanted in ("extension/out/extension.js", "extension/out/serverPath.js",
               "extension/node_modules/vscode-languageclient/package.json"):
    if wanted not in names:
        problems.append(f"no {wanted}")
for name in names:
    if (name.startswith(("extension/src/", "extension/scripts/", "extension/dist/"))
            or name.endswith((".ts", ".map", ".vsix"))
            or name.startswith(("extension/node_modules/@vscode/vsce", "extension/node_modules/typescript/",
                                "extension/node_modules/eslint/"))):
        problems.append(f"ships {name}")
for problem in problems:
    print(f"package-linux-x64: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
step "wrote $vsix ($(du -h "$vsix" | cut -f1))"
echo "$vsix"
