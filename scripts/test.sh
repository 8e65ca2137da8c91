#!/usr/bin/env bash
# Every test: unit, rule, CLI, corpus, stand-in and browser tests. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node -e '
  const fs = require("fs")
  try {
    const r = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"))
    const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0)
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""))
  } catch (e) { console.log("0 passed, 1 failed"); console.error("test: no test report: " + e.message) }
'
exit $status
