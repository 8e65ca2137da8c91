import {readFileSync} from 'node:fs'
import {Mutation as MutatorMutation} from '@sanity/mutator'
import {describe, expect, test} from 'vitest'
import {checkDocument} from '../checks.ts'
import {buildArticleView, moveToAuthorBio, removeBlock, replaceText, type SanityDocumentLike} from '../engine/index.ts'
import {FixConflictError, fixToMutations, getAtPath, type Mutation} from './patches.ts'

const seed = readFileSync(new URL('../../../../test/fixtures/seed-article.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as SanityDocumentLike)
const article: SanityDocumentLike = {...seed.find((d) => d._type === 'article')!, _rev: 'rev-1'}
const person = seed.find((d) => d._type === 'person')!
const people = new Map([[person._id as string, person]])
const view = buildArticleView(article)
const block = (key: string) => view.blocks.find((b) => b.key === key)!

/** Applies the mutations for one document id the way the Content Lake would (minus the revision check). */
function apply(doc: SanityDocumentLike | null, mutations: Mutation[], id: string): SanityDocumentLike | null {
  const mine = mutations.filter((m) => ('patch' in m ? m.patch.id : m.createIfNotExists._id) === id)
  return new MutatorMutation({mutations: mine as never}).apply(doc as never) as SanityDocumentLike | null
}

describe('fixToMutations', () => {
  test('removeBlock unsets the paragraph by _key, guarded by the revision', () => {
    const mutations = fixToMutations(removeBlock(block('05bd4067907a')), {document: article})
    expect(mutations).toEqual([{patch: {id: 'drafts.article-hegseth-kyiv', ifRevisionID: 'rev-1', unset: ['body[_key=="05bd4067907a"]']}}])
    const after = apply(article, mutations, 'drafts.article-hegseth-kyiv')!
    expect((after.body as unknown[]).length).toBe((article.body as unknown[]).length - 1)
    expect(getAtPath(after, ['body', {_key: '05bd4067907a'}])).toBeUndefined()
    expect(getAtPath(after, ['body', {_key: '23e069e1a3eb'}])).toBeDefined()
  })

  test('replaceText sets the span text by _key with the words replaced', () => {
    const b = block('eea7e6fe86ab')
    const at = b.text.indexOf('Pyongyang')
    const fix = replaceText(b, [at, at + 'Pyongyang'.length], 'Moscow')!
    const mutations = fixToMutations(fix, {document: article})
    expect(mutations).toHaveLength(1)
    const after = apply(article, mutations, 'drafts.article-hegseth-kyiv')!
    const span = getAtPath(after, ['body', {_key: 'eea7e6fe86ab'}, 'children', {_key: 'eea7e6fe86abs'}]) as {text: string}
    expect(span.text).toContain('between Moscow and Washington')
    expect(span.text).not.toContain('Pyongyang')
  })

  test('replaceText refuses when the words are no longer where they were', () => {
    const b = block('eea7e6fe86ab')
    const at = b.text.indexOf('Pyongyang')
    const fix = replaceText(b, [at, at + 9], 'Moscow')!
    const edited = structuredClone(article) as SanityDocumentLike
    const span = getAtPath(edited, ['body', {_key: 'eea7e6fe86ab'}, 'children', {_key: 'eea7e6fe86abs'}]) as {text: string}
    span.text = `Breaking: ${span.text}`
    expect(() => fixToMutations(fix, {document: edited})).toThrow(FixConflictError)
  })

  test('a fix for a paragraph that is gone is refused', () => {
    const edited = {...article, body: (article.body as Array<{_key: string}>).filter((b) => b._key !== '05bd4067907a')}
    expect(() => fixToMutations(removeBlock(block('05bd4067907a')), {document: edited})).toThrow(/no longer in the document/)
  })

  test('a published-only document gets a draft first; the published copy is never patched', () => {
    const published = {...article, _id: 'article-hegseth-kyiv'}
    const mutations = fixToMutations(removeBlock(block('05bd4067907a')), {document: published})
    expect(mutations[0]).toMatchObject({createIfNotExists: {_id: 'drafts.article-hegseth-kyiv', _type: 'article'}})
    expect(mutations.every((m) => ('patch' in m ? m.patch.id : m.createIfNotExists._id).startsWith('drafts.'))).toBe(true)
    expect(JSON.stringify(mutations[0])).not.toContain('rev-1')
  })

  test('move to author bio: one transaction sets the empty bio on a person draft and removes the paragraph', () => {
    const emptyBio = {...person, bio: []}
    const fix = moveToAuthorBio(block('0db63cb64f55'), 'person-luis-gochoco')
    let n = 0
    const mutations = fixToMutations(fix, {
      document: article,
      people: new Map([['person-luis-gochoco', emptyBio]]),
      makeKey: () => `k${n++}`,
    })
    expect(mutations.map((m) => Object.keys(m)[0])).toEqual(['patch', 'createIfNotExists', 'patch'])
    const draftPerson = apply(null, mutations, 'drafts.person-luis-gochoco')!
    expect(draftPerson.name).toBe('Luis Gochoco')
    expect(draftPerson.bio).toEqual([
      {
        _type: 'block',
        _key: 'k0',
        style: 'normal',
        markDefs: [],
        children: [{_type: 'span', _key: 'k0s', text: block('0db63cb64f55').text, marks: []}],
      },
    ])
    const after = apply(article, mutations, 'drafts.article-hegseth-kyiv')!
    expect(getAtPath(after, ['body', {_key: '0db63cb64f55'}])).toBeUndefined()
  })

  test('move to author bio never overwrites a bio someone has written since', () => {
    const fix = moveToAuthorBio(block('0db63cb64f55'), 'person-luis-gochoco')
    expect(() => fixToMutations(fix, {document: article, people})).toThrow(/already has a bio/)
  })

  test('a person draft is patched guarded by its own revision', () => {
    const draft = {...person, _id: 'drafts.person-luis-gochoco', _rev: 'p-rev', bio: []}
    const fix = moveToAuthorBio(block('0db63cb64f55'), 'person-luis-gochoco')
    const mutations = fixToMutations(fix, {document: article, people: new Map([['drafts.person-luis-gochoco', draft]]), makeKey: () => 'k'})
    expect(mutations).toContainEqual({patch: expect.objectContaining({id: 'drafts.person-luis-gochoco', ifRevisionID: 'p-rev'})})
  })

  test("every fix the checks offer for the seed translates (the rules' fixes and this layer agree)", () => {
    const findings = checkDocument(article, {people})
    for (const f of findings) {
      for (const fix of [f.fix, ...(f.suggestions ?? [])].filter((x) => x !== undefined)) {
        const mutations = fixToMutations(fix, {document: article, people})
        expect(mutations.length).toBeGreaterThan(0)
        for (const m of mutations)
          if ('patch' in m && m.patch.id === 'drafts.article-hegseth-kyiv') expect(m.patch.ifRevisionID).toBe('rev-1')
      }
    }
  })
})
