# Sourced by .ci/run (and usable alone: `. .ci/node22.sh`): puts the Node.js major version named in
# .nvmrc first on PATH, taken from the npm registry's official build (the package node-linux-<arch>),
# because a bare Debian machine has Debian's Node 20 or none, and nodejs.org may be unreachable.
# The same package carries Node's headers (include/node), so native modules (better-sqlite3) build
# from source against them with nothing else downloaded. A second run reuses the unpacked download.
# Needs: npm (Debian's is enough; its CLI then runs on the Node put first on PATH) and the npm registry.

spf_node_setup() {
  local root major arch cache home tarball
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  major="$(tr -d ' \nv' <"$root/.nvmrc")"
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "No node-linux build on the npm registry for $(uname -m)" >&2; return 1 ;;
  esac
  cache="${SPF_NODE_CACHE:-$HOME/.cache/spf-node$major}"
  home="$cache/node-linux-$arch"
  if ! "$home/bin/node" -e "process.exit(process.versions.node.split('.')[0] === '$major' ? 0 : 1)" 2>/dev/null; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "npm is needed to fetch Node $major from the npm registry: apt-get install npm" >&2
      return 1
    fi
    mkdir -p "$cache"
    rm -rf "$home" "$cache"/node-linux-"$arch"-*.tgz
    # npm pack only downloads the tarball (no install scripts run); @<major> picks the newest release.
    tarball="$(cd "$cache" && npm pack "node-linux-$arch@$major" --silent | tail -n 1)"
    mkdir -p "$home"
    tar -xzf "$cache/$tarball" -C "$home" --strip-components=1
    rm -f "$cache/$tarball"
  fi
  export PATH="$home/bin:$PATH"
  # node-gyp (better-sqlite3's build) takes Node's headers from here instead of downloading them.
  export npm_config_nodedir="$home"
  hash -r
}

spf_node_setup
