#!/usr/bin/env bash
# Installs code-server (real VS Code, served to a browser) into a fixed folder
# outside the clone, once. Sourced knowledge: ../../shared/E2E-NOTES.md.
#
# - code-server@4.100.3 is the newest that installs on Node 20.
# - Its dependency @vscode/ripgrep downloads rg from GitHub on install, which
#   this machine cannot reach: we seed its download cache with Debian's rg.
# - Its native modules build against the system Node headers (nodedir=/usr)
#   and need libkrb5-dev and pkg-config.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# The version and tarball name @vscode/ripgrep 1.15.11 asks for on x86_64.
RIPGREP_CACHE_DIR_NAME=vscode-ripgrep-cache-1.15.11
RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

prefix="${1:?usage: install-code-server.sh PREFIX}"
bin="$prefix/node_modules/.bin/code-server"
# Written last, after a complete install (postinstall included): a half
# install from an interrupted run is redone rather than trusted.
marker="$prefix/.installed-$CODE_SERVER_VERSION"

if [ -x "$bin" ] && [ -f "$marker" ]; then
  echo "code-server $CODE_SERVER_VERSION already in $prefix"
  exit 0
fi

rg_path="$(command -v rg || true)"
if [ -z "$rg_path" ]; then
  echo "install-code-server: rg (Debian's ripgrep) is needed to seed @vscode/ripgrep's cache" >&2
  exit 2
fi
tmp_dir="$(node -p 'require("os").tmpdir()')"
cache_dir="$tmp_dir/$RIPGREP_CACHE_DIR_NAME"
mkdir -p "$cache_dir"
if [ ! -s "$cache_dir/$RIPGREP_TARBALL" ]; then
  staging="$(mktemp -d)"
  cp "$rg_path" "$staging/rg"
  tar -C "$staging" -czf "$cache_dir/$RIPGREP_TARBALL" rg
  rm -rf "$staging"
fi

mkdir -p "$prefix"
cd "$prefix"
[ -f package.json ] || echo '{"name":"review-ls-e2e-code-server","private":true}' > package.json
echo "installing code-server $CODE_SERVER_VERSION into $prefix (takes a few minutes)"
# code-server's postinstall runs a nested npm install of VS Code's own
# dependencies (native modules, ripgrep). Environment variables reach that
# nested npm, flags do not:
# - unsafe_perm: its postinstall refuses to run as root without it;
# - dangerously_allow_all_scripts: npm 11.16+ skips dependencies' install
#   scripts by default, which leaves VS Code without its native modules
#   (older npm ignores the setting and runs them anyway).
export npm_config_yes=true npm_config_nodedir=/usr npm_config_unsafe_perm=true
export npm_config_dangerously_allow_all_scripts=true
npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION"
test -x "$prefix/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
# --version with a config of its own: otherwise it writes ~/.config/code-server.
"$bin" --config "$prefix/version-check.yaml" --version
rm -f "$prefix/version-check.yaml"
touch "$marker"
