// The whole project type-checks under strict TypeScript: a type error fails the test command, not just an editor.
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

test('tsc --noEmit reports no errors', () => {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url))
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], {cwd: root, encoding: 'utf8'})
  expect(result.stdout + result.stderr).toBe('')
  expect(result.status).toBe(0)
}, 180_000)
