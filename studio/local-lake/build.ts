// Building the Studio for the local lake: `sanity build` without a project id (so studio/offline.ts
// wires it to the lake), skipped when the last such build is newer than every file it is built from.
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
// Written after a successful offline build; `sanity build` empties the folder, so any other build removes it.
const BUILT_MARKER = '.built-for-local-lake'
const BUILD_INPUTS = ['sanity.config.ts', 'sanity.cli.ts', 'package.json', 'schemas', 'studio', 'plugins']

export function buildStudio(outDir: string, options: {log?: boolean} = {}): string {
  rmSync(join(outDir, BUILT_MARKER), {force: true})
  const env: NodeJS.ProcessEnv = {...process.env, SANITY_TELEMETRY_DISABLED: '1'}
  delete env.SANITY_STUDIO_PROJECT_ID
  delete env.SANITY_STUDIO_DATASET
  const result = spawnSync(join(ROOT, 'node_modules/.bin/sanity'), ['build', outDir, '--yes'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: options.log ? 'inherit' : 'pipe',
  })
  if (result.status !== 0) throw new Error(`sanity build failed:\n${result.stdout ?? ''}\n${result.stderr ?? ''}`)
  writeFileSync(join(outDir, BUILT_MARKER), new Date().toISOString())
  return outDir
}

function newestInput(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue
    newest = Math.max(newest, newestInput(join(path, entry)))
  }
  return newest
}

/** Whether `outDir` holds an offline build newer than every file it is built from. */
export function isBuildFresh(outDir: string): boolean {
  const marker = join(outDir, BUILT_MARKER)
  if (!existsSync(marker)) return false
  const newest = Math.max(...BUILD_INPUTS.map((p) => newestInput(join(ROOT, p))))
  return statSync(marker).mtimeMs > newest
}

/** Builds the Studio unless the last offline build in `outDir` is still fresh. */
export function ensureStudioBuild(outDir: string, options: {log?: boolean} = {}): {dir: string; built: boolean} {
  if (isBuildFresh(outDir)) return {dir: outDir, built: false}
  return {dir: buildStudio(outDir, options), built: true}
}
