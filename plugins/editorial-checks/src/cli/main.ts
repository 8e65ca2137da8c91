#!/usr/bin/env node
import {runCli} from './cli.ts'

runCli(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, env: process.env}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`editorial-checks: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 2
  },
)
