// What the checks must say about the seed article (test/fixtures/seed-article.expected.md).
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {checkDocument} from '../plugins/editorial-checks/src/checks.ts'
import type {Finding, SanityDocumentLike} from '../plugins/editorial-checks/src/engine/index.ts'

const docs = readFileSync(new URL('./fixtures/seed-article.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as SanityDocumentLike)
const article = docs.find((d) => d._type === 'article')!
const people = new Map(docs.filter((d) => d._type === 'person').map((d) => [d._id as string, d]))
const check = (date?: string) => checkDocument(article, {people, ...(date ? {date: new Date(`${date}T12:00:00Z`)} : {})})
const keysOf = (findings: Finding[], category: string) => findings.filter((f) => f.category === category).map((f) => f.blockKey)

describe('the seed article', () => {
  const findings = check()

  test('the two Jetpack widget paragraphs are subscription boilerplate, errors, fixed by removing them', () => {
    const subs = findings.filter((f) => f.category === 'subscription-boilerplate')
    expect(subs.map((f) => [f.blockKey, f.severity])).toEqual([
      ['05bd4067907a', 'error'],
      ['23e069e1a3eb', 'error'],
    ])
    for (const f of subs) expect(f.fix!.edits).toEqual([{type: 'removeBlock', path: ['body', {_key: f.blockKey}]}])
  })

  test('the pasted bio is an author-bio error; the byline bio is not empty, so removal is the fix', () => {
    const bios = findings.filter((f) => f.category === 'author-bio')
    expect(bios.map((f) => [f.blockKey, f.severity])).toEqual([['0db63cb64f55', 'error']])
    expect(bios[0]!.fix!.edits).toContainEqual({type: 'removeBlock', path: ['body', {_key: '0db63cb64f55'}]})
  })

  test('with an empty person bio, moving the paragraph to the bio is offered', () => {
    const emptyBio = new Map([['person-luis-gochoco', {...people.get('person-luis-gochoco')!, bio: []}]])
    const bio = checkDocument(article, {people: emptyBio}).find((f) => f.category === 'author-bio')!
    const offers = [bio.fix, ...(bio.suggestions ?? [])].flatMap((f) => f?.edits ?? [])
    expect(offers).toContainEqual(expect.objectContaining({type: 'setAuthorBio', personId: 'person-luis-gochoco'}))
  })

  test('no blocking finding in the genuine paragraphs (blocks 0–21) besides entity checks', () => {
    const genuine = new Set((article.body as Array<{_key: string}>).slice(0, 22).map((b) => b._key))
    const blocking = findings.filter((f) => f.blockKey && genuine.has(f.blockKey) && f.severity === 'error')
    expect(blocking).toEqual([])
  })

  test('no subscription or bio finding anywhere else', () => {
    expect(keysOf(findings, 'subscription-boilerplate').length + keysOf(findings, 'author-bio').length).toBe(3)
    expect(findings.filter((f) => f.category === 'internal')).toEqual([])
  })
})
