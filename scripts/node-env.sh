# Sourced by the other scripts: puts a Node >= 22.12 on PATH, installing Node 22 from the npm registry into
# .tools/ when the machine's node is older (sanity 6 needs it). Nothing outside the project is touched.
_ec_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_ec_node_ok() {
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}
if ! (command -v node >/dev/null && _ec_node_ok node); then
  if ! [ -x "$_ec_root/.tools/node_modules/.bin/node" ] || ! _ec_node_ok "$_ec_root/.tools/node_modules/.bin/node"; then
    echo "setup: this machine's node is $(node --version 2>/dev/null || echo missing); installing Node 22 into .tools/ from the npm registry" >&2
    command -v npm >/dev/null || { echo "setup: npm is needed to bring Node 22; install Node.js first (any version with npm)" >&2; return 1 2>/dev/null || exit 1; }
    mkdir -p "$_ec_root/.tools"
    # Its own package.json, so npm does not climb up and install into the project itself.
    [ -f "$_ec_root/.tools/package.json" ] || echo '{"private": true, "description": "Node 22 for this project"}' > "$_ec_root/.tools/package.json"
    (cd "$_ec_root/.tools" && npm install --no-save --no-package-lock --no-audit --no-fund node@22 >&2) || { echo "setup: could not install node@22 from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_ec_root/.tools/node_modules/.bin:$PATH"
fi
export SANITY_TELEMETRY_DISABLED=1
