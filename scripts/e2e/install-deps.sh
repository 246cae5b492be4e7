#!/usr/bin/env bash
# Installs what the end-to-end suite needs into a cache OUTSIDE the repository:
# Debian's chromium and ripgrep (apt), and code-server from the npm registry.
# Safe to run again: each step is skipped when its result is already there.
set -euo pipefail

CODE_SERVER_VERSION="${SAMSKAP_CODE_SERVER_VERSION:-4.117.0}"
CACHE_DIR="${SAMSKAP_E2E_CACHE:-$HOME/.cache/samskap-e2e}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# code-server 4.117 refuses any Node but 22; the repository ships Node 22 as a devDependency.
export PATH="$REPO_ROOT/node_modules/.bin:$PATH"

log() { printf '[e2e-install] %s\n' "$*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
code_server_bin="$CACHE_DIR/code-server-$CODE_SERVER_VERSION/node_modules/.bin/code-server"
if [ ! -x "$code_server_bin" ]; then
    # Headers for code-server's native modules (node-gyp builds them at install time).
    for pkg in libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config; do
        dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
    done
fi
if [ "${#need_apt[@]}" -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        log "missing Debian packages: ${need_apt[*]} (run as root or install them first)"
        exit 1
    fi
    log "apt-get install ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -x "$code_server_bin" ]; then
    log "code-server $CODE_SERVER_VERSION already in $CACHE_DIR"
    exit 0
fi

# code-server's VS Code pins @vscode/ripgrep 1.17.1 (lib/vscode/npm-shrinkwrap.json), whose postinstall
# fetches ripgrep v15.0.1 from GitHub unless the archive is already in its cache folder under the
# temp dir. This machine reaches no GitHub, so we put Debian's rg there.
tmp="${TMPDIR:-/tmp}"
rg_cache="$tmp/vscode-ripgrep-cache-1.17.1"
rg_archive="$rg_cache/ripgrep-v15.0.1-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$rg_archive" ]; then
    mkdir -p "$rg_cache"
    stage="$(mktemp -d)"
    cp "$(command -v rg)" "$stage/rg"
    tar czf "$rg_archive" -C "$stage" rg
    rm -rf "$stage"
    log "placed Debian's rg at $rg_archive"
fi

target="$CACHE_DIR/code-server-$CODE_SERVER_VERSION"
partial="$target.partial"
rm -rf "$partial"
mkdir -p "$partial"
log "installing code-server $CODE_SERVER_VERSION into $target (takes a few minutes)"
(
    cd "$partial"
    printf '{"name":"samskap-e2e-code-server","private":true}\n' > package.json
    # code-server's postinstall reads the Node version from npm_config_user_agent. Run from an npm
    # script started by a system npm on another Node, the variable names that Node: drop it, so
    # this npm (on the project's Node 22, first on PATH) states its own.
    env -u npm_config_user_agent npm_config_yes=true npm install --no-audit --no-fund --unsafe-perm --no-save \
        "code-server@$CODE_SERVER_VERSION"
)
rm -rf "$target"
mv "$partial" "$target"
log "code-server installed: $("$code_server_bin" --version | head -1)"
