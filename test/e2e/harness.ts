// Browser-test harness: builds the Studio once for the local lake, starts the lake on a random port
// with a temporary data file, drives Debian's Chromium through playwright-core, records every request
// the browser makes and writes a screenshot per step to test-results/screenshots/.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, rmSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {type Browser, type BrowserContext, chromium, type Page} from 'playwright-core'
import {startTestLake, type TestLake} from '../local-lake/lake-client.ts'

export const ROOT = resolve(import.meta.dirname, '../..')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots')
const STUDIO_BUILD = join(ROOT, 'test-results/e2e-studio')

export function requireChromium(): void {
  if (existsSync(CHROMIUM)) return
  const how = 'Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).'
  throw new Error(
    process.env.CI
      ? `CI: the browser tests need Chromium at ${CHROMIUM} and it is missing. ${how} The CI script must install it.`
      : `The browser tests need Debian's Chromium at ${CHROMIUM}, which is missing. ${how}`,
  )
}

/** `sanity build` of this Studio without a project id, i.e. wired to the local lake. */
export function buildStudio(outDir = STUDIO_BUILD): string {
  const env: NodeJS.ProcessEnv = {...process.env, SANITY_TELEMETRY_DISABLED: '1'}
  delete env.SANITY_STUDIO_PROJECT_ID
  delete env.SANITY_STUDIO_DATASET
  const result = spawnSync(join(ROOT, 'node_modules/.bin/sanity'), ['build', outDir, '--yes'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`sanity build failed:\n${result.stdout}\n${result.stderr}`)
  return outDir
}

export interface RecordedRequest {
  url: string
  host: string
  user: string
  failure?: string
}

export interface Harness {
  lake: TestLake
  browser: Browser
  requests: RecordedRequest[]
  consoleErrors: string[]
  /** A fresh browser context signed in as `as` (a user id or role name). */
  newUser(as: string): Promise<{context: BrowserContext; page: Page}>
  shot(page: Page, name: string): Promise<string>
  close(): Promise<void>
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  // Belt and braces behind the Studio's Content-Security-Policy: no name but localhost resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]

export async function startHarness(): Promise<Harness> {
  requireChromium()
  const studioDir = buildStudio()
  const lake = await startTestLake({studioDir})
  const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS})
  const requests: RecordedRequest[] = []
  const consoleErrors: string[] = []
  rmSync(SCREENSHOTS, {recursive: true, force: true})
  mkdirSync(SCREENSHOTS, {recursive: true})
  let step = 0

  return {
    lake,
    browser,
    requests,
    consoleErrors,
    async newUser(as) {
      // The lake's CA is made per checkout, so the browser is told to accept it rather than the OS store.
      const context = await browser.newContext({ignoreHTTPSErrors: true, viewport: {width: 1400, height: 900}})
      const record = (url: string, failure?: string) => {
        if (!/^(https?|wss?):/.test(url)) return
        requests.push({url, host: new URL(url).hostname, user: as, failure})
      }
      context.on('request', (r) => record(r.url()))
      context.on('requestfailed', (r) => {
        const entry = requests.findLast((e) => e.url === r.url() && e.failure === undefined)
        if (entry) entry.failure = r.failure()?.errorText ?? 'failed'
      })
      const page = await context.newPage()
      page.on('websocket', (ws) => record(ws.url()))
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(`[${as}] ${m.text()}`)
      })
      await page.goto(`${lake.origin}/structure?as=${encodeURIComponent(as)}`)
      return {context, page}
    },
    async shot(page, name) {
      step += 1
      const file = join(SCREENSHOTS, `${String(step).padStart(2, '0')}-${name}.png`)
      await page.screenshot({path: file})
      return file
    },
    async close() {
      await browser.close()
      await lake.close()
    },
  }
}
