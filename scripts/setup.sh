#!/usr/bin/env bash
# One command on a fresh machine: Node 22 (if needed), dependencies from the lockfile, Chromium for the browser
# tests, then the checks on the seed article.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
echo "setup: node $(node --version), npm $(npm --version)"
npm ci --no-audit --no-fund
if ! [ -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    echo "setup: Chromium is missing; the browser tests need it: sudo apt-get install -y chromium (Debian/Ubuntu)" >&2
  fi
fi
echo
echo "== The seed article, checked (exit status 1 means: error findings, publishing would be blocked)"
status=0
npm run -s check -- test/fixtures/seed-article.ndjson || status=$?
[ "$status" -le 1 ] || exit "$status"
