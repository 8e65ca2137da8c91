import {readFileSync} from 'node:fs'
import {beforeEach, describe, expect, test} from 'vitest'
import {contentHash, findingFingerprint} from '../approval/index.ts'
import {checkDocument} from '../checks.ts'
import type {SanityDocumentLike} from '../engine/index.ts'
import {resolveOptions} from './config.ts'
import {clearReviewCaches, setActiveOptions} from './review-store.ts'
import {editorialChecksValidation} from './validation.ts'

const seed = readFileSync(new URL('../../../../test/fixtures/seed-article.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as SanityDocumentLike)
const article = seed.find((d) => d._type === 'article')!
const person = seed.find((d) => d._type === 'person')!

/** A fake Content Lake client answering the three queries the rule makes. */
function clientWith(records: {approvals?: unknown[]; ignores?: unknown[]} = {}) {
  const queries: string[] = []
  return {
    queries,
    getClient: () => ({
      fetch: async (query: string, params: Record<string, unknown>) => {
        queries.push(query)
        if (query.includes('_id in $ids')) return [person].filter((p) => (params.ids as string[]).includes(String(p._id)))
        if (query.includes('editorial.entity')) return []
        return {approvals: records.approvals ?? [], requests: [], ignores: records.ignores ?? []}
      },
    }),
  }
}

/** Runs the three rules the helper returns, as Sanity would: each rule's custom validator with its level. */
async function markers(doc: SanityDocumentLike, context: ReturnType<typeof clientWith>, path: unknown[] = []) {
  const made: Array<{level: string; rule: unknown}> = []
  const fakeRule = {
    custom(fn: unknown) {
      return {
        error: () => made.push({level: 'error', rule: fn}) && made.at(-1),
        warning: () => made.push({level: 'warning', rule: fn}) && made.at(-1),
        info: () => made.push({level: 'info', rule: fn}) && made.at(-1),
      }
    },
  }
  editorialChecksValidation(fakeRule as never)
  const out: Array<{level: string; message: string; path: unknown[]}> = []
  for (const {level, rule} of made) {
    const result = await (rule as (v: unknown, c: unknown) => Promise<unknown>)(doc, {document: doc, path, getClient: context.getClient})
    if (result === true) continue
    for (const e of result as Array<{message: string; path: unknown[]}>) out.push({level, message: e.message, path: e.path})
  }
  return out
}

describe('editorialChecksValidation', () => {
  setActiveOptions(resolveOptions({documentTypes: ['article']}))
  beforeEach(() => clearReviewCaches())

  test('the seed gets its error markers on the offending paragraphs, levels as configured', async () => {
    const got = await markers(article, clientWith())
    const errors = got.filter((m) => m.level === 'error').map((m) => JSON.stringify(m.path))
    expect(errors).toEqual(
      expect.arrayContaining([
        JSON.stringify(['body', {_key: '05bd4067907a'}]),
        JSON.stringify(['body', {_key: '23e069e1a3eb'}]),
        JSON.stringify(['body', {_key: '0db63cb64f55'}]),
      ]),
    )
    const findings = checkDocument(article, {people: new Map([[String(person._id), person]])})
    expect(got).toHaveLength(findings.length)
  })

  test('on the body field, paths are relative to it; findings elsewhere are left to the document rule', async () => {
    const got = await markers(article, clientWith(), ['body'])
    expect(got.length).toBeGreaterThan(0)
    for (const m of got) expect(m.path[0]).toMatchObject({_key: expect.any(String)})
  })

  test('an override by a managing editor turns the error into a warning that says who and why', async () => {
    const findings = checkDocument(article, {people: new Map([[String(person._id), person]])})
    const bio = findings.find((f) => f.category === 'author-bio')!
    const approval = {
      documentId: 'article-hegseth-kyiv',
      contentHash: contentHash(article),
      approvedAt: '2025-02-13T19:00:00Z',
      approvedBy: {id: 'p-max', name: 'Max Managing', roles: ['managing-editor']},
      overrides: findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({fingerprint: findingFingerprint(f), ruleId: f.ruleId, reason: 'Checked'})),
    }
    const got = await markers(article, clientWith({approvals: [approval]}))
    expect(got.filter((m) => m.level === 'error')).toEqual([])
    const bioMarker = got.find((m) => JSON.stringify(m.path) === JSON.stringify(bio.path))!
    expect(bioMarker).toMatchObject({level: 'warning', message: expect.stringContaining('overridden by Max Managing: “Checked”')})
  })

  test('other document types are left alone', async () => {
    expect(await markers({...article, _type: 'post'}, clientWith())).toEqual([])
  })
})
