// Browser-test harness: builds the Studio once for the local lake, starts the lake on a random port
// with a temporary data file, drives Debian's Chromium through playwright-core, records every request
// the browser makes and writes a screenshot per step to test-results/screenshots/.
import {existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {type Browser, type BrowserContext, chromium, type Page} from 'playwright-core'
import {expect} from 'vitest'
import {ensureStudioBuild} from '../../studio/local-lake/build.ts'
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

/**
 * Runs `fn` holding a lock shared by every test file (vitest runs files in separate workers): the
 * browser files take turns, since two Studios in two Chromiums on two cores make both flaky.
 */
async function withLock<T>(name: string, fn: () => Promise<T>, waitMs = 600_000): Promise<{result: T; release: () => void}> {
  const dir = join(ROOT, 'test-results', `${name}.lock`)
  mkdirSync(join(ROOT, 'test-results'), {recursive: true})
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      mkdirSync(dir)
      writeFileSync(join(dir, 'pid'), String(process.pid))
      break
    } catch {
      if (lockHolderIsGone(dir)) rmSync(dir, {recursive: true, force: true})
      else if (Date.now() > deadline) throw new Error(`waited ${waitMs / 1000} s for ${dir}`)
      else await sleep(250)
    }
  }
  const release = () => rmSync(dir, {recursive: true, force: true})
  try {
    return {result: await fn(), release}
  } catch (err) {
    release()
    throw err
  }
}

// A lock left by a killed run names a process that no longer exists.
function lockHolderIsGone(dir: string): boolean {
  let pid: number
  try {
    pid = Number(readFileSync(join(dir, 'pid'), 'utf8'))
  } catch {
    // Just taken (pid not written yet) or just released.
    try {
      return Date.now() - statSync(dir).mtimeMs > 10_000
    } catch {
      return false
    }
  }
  try {
    process.kill(pid, 0)
    return false
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
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
  /** This file's screenshot folder */
  screenshots: string
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

/**
 * Starts lake and browser for one test file. Screenshots go to test-results/screenshots/<file>/.
 * Call from beforeAll; close() in afterAll releases the turn for the next browser file.
 */
export async function startHarness(): Promise<Harness> {
  requireChromium()
  const testFile = expect.getState().testPath
  const screenshots = join(SCREENSHOTS, testFile ? basename(testFile).replace(/\.test\.ts$/, '') : 'e2e')
  const {result: studioDir, release} = await withLock('e2e-browser', async () => ensureStudioBuild(STUDIO_BUILD).dir)
  let lake: TestLake | undefined
  let browser: Browser | undefined
  try {
    lake = await startTestLake({studioDir})
    browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS})
  } catch (err) {
    await lake?.close()
    release()
    throw err
  }
  return harness(lake, browser, screenshots, release)
}

function harness(lake: TestLake, browser: Browser, screenshots: string, release: () => void): Harness {
  const requests: RecordedRequest[] = []
  const consoleErrors: string[] = []
  rmSync(screenshots, {recursive: true, force: true})
  mkdirSync(screenshots, {recursive: true})
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
      const file = join(screenshots, `${String(step).padStart(2, '0')}-${name}.png`)
      await page.screenshot({path: file})
      return file
    },
    screenshots,
    async close() {
      try {
        await browser.close()
        await lake.close()
      } finally {
        release()
      }
    },
  }
}
