// The real Studio (built with `sanity build`) in Chromium against the local lake: open, edit, publish,
// a document action's dialog, two users live, a 409 write conflict, roles, and no traffic beyond
// 127.0.0.1. Steps run in order and share one lake; each leaves a screenshot.
import type {Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest'
import {type Harness, SCREENSHOTS, startHarness} from './harness.ts'

const SEED_ID = 'article-hegseth-kyiv'
const SEED_DRAFT = `drafts.${SEED_ID}`
const CLEAN_ID = 'e2e-clean-article'
const EDITOR = 'p-edna-editor'
const MANAGING = 'p-max-managing'

let h: Harness
let editor: Page
let managing: Page

const stored = (id: string) => h.lake.store.get(id)
const openDocument = async (page: Page, id: string, type = 'article') => {
  await page.goto(`${h.lake.origin}/structure/${type};${id}`)
  await page.locator('#title').waitFor({timeout: 20_000})
}
/** The title input once the form has settled (the form mounts read-only while it loads). */
const titleInput = (page: Page) => page.locator('#title:not([readonly])')
/**
 * Appends text at the end of a field as one input event (like a paste). Key-by-key typing costs
 * ~0.3 s a character in headless Chromium on two cores; the first edit step types key by key.
 */
const appendText = async (page: Page, selector: string, text: string) => {
  const field = page.locator(`${selector}:not([readonly])`)
  await field.click()
  await field.press('ControlOrMeta+End')
  await page.keyboard.insertText(text)
}

// Browser files take turns (see harness.ts), so this may wait for another file's run first.
beforeAll(async () => {
  h = await startHarness()
}, 400_000)

afterEach(async ({task}) => {
  if (task.result?.state !== 'fail') return
  for (const [who, page] of [['editor', editor], ['managing-editor', managing]] as const) {
    if (page && !page.isClosed()) await h.shot(page, `FAILED-${who}`).catch(() => undefined)
  }
})

afterAll(async () => {
  console.log(`\n[e2e] screenshots in ${h?.screenshots ?? SCREENSHOTS}`)
  await h?.close()
})

describe('the Studio against the local lake', () => {
  test('opens the seed article from the list', async () => {
    ;({page: editor} = await h.newUser(EDITOR))
    const started = performance.now()
    await editor.goto(`${h.lake.origin}/structure/article`)
    const item = editor.getByText('Hegseth denies US is abandoning Kyiv').first()
    await item.waitFor({timeout: 20_000})
    console.log(`[e2e] document list usable ${Math.round(performance.now() - started)} ms after navigation`)
    await h.shot(editor, 'document-list')
    await item.click()
    await expect.poll(() => titleInput(editor).inputValue(), {timeout: 20_000}).toBe(
      'Hegseth denies US is abandoning Kyiv as Trump opens talks with Putin',
    )
    await expect.poll(() => editor.getByTestId('pane-footer').innerText()).toContain('Publish')
    await h.shot(editor, 'seed-article-open')
  }, 60_000)

  test('typing into the title is saved to the lake', async () => {
    const before = stored(SEED_DRAFT)!._rev
    await titleInput(editor).click()
    await titleInput(editor).press('End')
    await titleInput(editor).pressSequentially(' (updated)', {delay: 20})
    await expect
      .poll(() => stored(SEED_DRAFT)?.title, {timeout: 15_000})
      .toBe('Hegseth denies US is abandoning Kyiv as Trump opens talks with Putin (updated)')
    expect(stored(SEED_DRAFT)!._rev).not.toBe(before)
    expect(h.lake.store.transactions().at(-1)!.author).toBe(EDITOR)
    await h.shot(editor, 'title-saved')
  }, 30_000)

  test('two users in two browsers see each other\'s edits live', async () => {
    ;({page: managing} = await h.newUser('managing-editor'))
    await openDocument(managing, SEED_ID)
    await expect.poll(() => titleInput(managing).inputValue(), {timeout: 20_000}).toContain('(updated)')

    await appendText(editor, '#title', ' live')
    await expect.poll(() => titleInput(managing).inputValue(), {timeout: 15_000}).toMatch(/\(updated\) live$/)

    await appendText(managing, '#dek', ' Checked by the desk.')
    await expect.poll(() => editor.locator('#dek').inputValue(), {timeout: 15_000}).toMatch(/Checked by the desk\.$/)
    await expect.poll(() => stored(SEED_DRAFT)?.dek).toMatch(/Checked by the desk\.$/)
    expect(h.lake.store.transactions().at(-1)!.author).toBe(MANAGING)
    await h.shot(editor, 'editor-sees-managing-editor-edit')
    await h.shot(managing, 'managing-editor-sees-editor-edit')
  }, 60_000)

  test('a write with a stale revision is answered 409 and the Studio keeps the other write', async () => {
    const staleRev = stored(SEED_DRAFT)!._rev!
    await appendText(editor, '#title', ' again')
    await expect.poll(() => stored(SEED_DRAFT)?.title, {timeout: 15_000}).toMatch(/ again$/)

    // A script (or a plugin's client.patch) still holding the old revision.
    const conflict = await h.lake.api('POST', '/data/mutate/production', {
      mutations: [{patch: {id: SEED_DRAFT, ifRevisionID: staleRev, set: {title: 'Overwritten by a stale client'}}}],
    })
    expect(conflict.status).toBe(409)
    expect(conflict.body.error.type).toBe('mutationError')
    expect(conflict.body.error.description).toContain('unexpected revision ID')

    expect(stored(SEED_DRAFT)!.title).toMatch(/ again$/)
    await editor.waitForTimeout(500)
    expect(await titleInput(editor).inputValue()).toMatch(/ again$/)
    expect(await titleInput(managing).inputValue()).toMatch(/ again$/)

    // With the current revision the same client's write goes through and reaches both browsers.
    const current = await h.lake.api('POST', '/data/mutate/production', {
      mutations: [{patch: {id: SEED_DRAFT, ifRevisionID: stored(SEED_DRAFT)!._rev, set: {source: 'Wire copy'}}}],
    })
    expect(current.status).toBe(200)
    await expect.poll(() => editor.locator('#source').inputValue(), {timeout: 15_000}).toBe('Wire copy')
    await expect.poll(() => managing.locator('#source').inputValue(), {timeout: 15_000}).toBe('Wire copy')
    await h.shot(editor, 'conflict-kept-studio-write')
  }, 45_000)

  test('publishes a clean article', async () => {
    // A short article with no boilerplate, so publishing stays allowed once the checks gate Publish.
    await h.lake.api('POST', '/data/mutate/production', {
      mutations: [
        {
          create: {
            _id: `drafts.${CLEAN_ID}`,
            _type: 'article',
            title: 'Council approves new bike lanes on Main Street',
            body: [
              {
                _type: 'block',
                _key: 'p0',
                style: 'normal',
                markDefs: [],
                children: [{_type: 'span', _key: 'p0s', marks: [], text: 'The city council voted 7-2 on Tuesday to add protected bike lanes to Main Street by next spring.'}],
              },
            ],
          },
        },
      ],
    })
    await openDocument(editor, CLEAN_ID)
    await expect.poll(() => titleInput(editor).inputValue(), {timeout: 20_000}).toBe('Council approves new bike lanes on Main Street')
    const publish = editor.getByTestId('action-publish')
    // The editorial-checks plugin runs its checks before it lets Publish through; give it time on a busy machine.
    await expect.poll(() => publish.isEnabled(), {timeout: 30_000}).toBe(true)
    await publish.click()
    await expect.poll(() => stored(CLEAN_ID)?.title, {timeout: 15_000}).toBe('Council approves new bike lanes on Main Street')
    expect(stored(`drafts.${CLEAN_ID}`)).toBeUndefined()
    // The Studio follows: nothing left to publish, and the list shows the document as published.
    await expect.poll(() => publish.isDisabled(), {timeout: 15_000}).toBe(true)
    await h.shot(editor, 'clean-article-published')
  }, 60_000)

  test('a document action opens its dialog (Delete asks for confirmation)', async () => {
    // The editorial-checks plugin's own actions will have their dialogs tested here once they exist.
    await editor.getByTestId('pane-footer').getByTestId('action-menu-button').click()
    await editor.getByTestId('action-Delete').click()
    const dialog = editor.getByRole('dialog')
    await expect.poll(() => dialog.innerText(), {timeout: 15_000}).toMatch(/delete/i)
    await h.shot(editor, 'delete-dialog')
    await dialog.getByRole('button', {name: /cancel/i}).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(stored(CLEAN_ID)).toBeDefined()
  }, 30_000)

  test('roles: the switcher shows who is signed in, and the lake enforces what each role may write', async () => {
    await editor.goto(`${h.lake.origin}/local-lake-users`)
    await editor.getByTestId(`lake-user-${EDITOR}`).getByText('Signed in').waitFor({timeout: 15_000})
    await h.shot(editor, 'user-switcher')

    const createApproval = (page: Page, id: string) =>
      page.evaluate(async (docId) => {
        const res = await fetch('/v2025-02-19/data/mutate/production', {
          method: 'POST',
          headers: {'content-type': 'application/json'},
          body: JSON.stringify({mutations: [{create: {_id: docId, _type: 'editorial.approval', article: {_type: 'reference', _ref: 'e2e-clean-article'}}}]}),
        })
        return res.status
      }, id)
    expect(await createApproval(editor, 'approval-by-editor')).toBe(403)
    expect(await createApproval(managing, 'approval-by-managing-editor')).toBe(200)

    await editor.getByRole('link', {name: 'Switch to Max Managing'}).click()
    await editor.waitForURL(/\/structure/)
    const me = await editor.evaluate(async () => (await (await fetch('/v2025-02-19/users/me')).json()).id)
    expect(me).toBe(MANAGING)
  }, 45_000)

  test('no request the browser made left 127.0.0.1', () => {
    const local = (host: string) => host === 'localhost' || host === '127.0.0.1'
    const external = h.requests.filter((r) => !local(r.host))
    // The built Studio links Sanity's font CDN from its CSS; the Content-Security-Policy stops those
    // in the browser (failure "csp"), and nothing else may even be attempted.
    const leaked = external.filter((r) => r.failure !== 'csp')
    console.log(`[e2e] ${h.requests.length} browser requests, ${external.length} to other hosts, all blocked by CSP before leaving the browser`)
    expect(h.requests.length).toBeGreaterThan(50)
    expect(leaked).toEqual([])
    expect(h.lake.unknownRequests).toEqual([])
  })
})
