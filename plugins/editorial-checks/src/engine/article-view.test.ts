import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {buildArticleView, portableTextToPlain, type SanityDocumentLike} from './index.ts'

const seedDocs = readFileSync(new URL('../../../../test/fixtures/seed-article.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as SanityDocumentLike)
const seedArticle = seedDocs.find((d) => d._type === 'article')!
const people = new Map(seedDocs.filter((d) => d._type === 'person').map((d) => [d._id as string, d]))

describe('buildArticleView', () => {
  test('flattens the seed body into keyed blocks with paths', () => {
    const view = buildArticleView(seedArticle, {people})
    expect(view.documentId).toBe('drafts.article-hegseth-kyiv')
    expect(view.blocks).toHaveLength(26)
    expect(view.blocks[23]!.key).toBe('0db63cb64f55')
    expect(view.blocks[23]!.text.startsWith('Luis Gochoco is a seasoned managing editor')).toBe(true)
    expect(view.blocks[24]!.path).toEqual(['body', {_key: '05bd4067907a'}])
    expect(view.blocks[24]!.spans[0]).toMatchObject({key: '05bd4067907as', start: 0})
  })

  test('resolves the byline through person documents, with the bio as text', () => {
    const view = buildArticleView(seedArticle, {people})
    expect(view.authors).toEqual([
      {id: 'person-luis-gochoco', name: 'Luis Gochoco', bio: 'Managing editor and writer covering politics, technology, gaming, and entertainment.'},
    ])
  })

  test('prefers the draft of a person over the published one', () => {
    const drafts = new Map([...people, ['drafts.person-luis-gochoco', {_id: 'drafts.person-luis-gochoco', name: 'Luis G.', bio: []}]])
    const view = buildArticleView(seedArticle, {people: drafts})
    expect(view.authors[0]).toMatchObject({id: 'person-luis-gochoco', name: 'Luis G.', bio: ''})
  })

  test.each([
    ['publishedAt wins', {publishedAt: '2025-02-13T18:00:00Z', _updatedAt: '2026-01-01T00:00:00Z'}, undefined, '2025-02-13', 'publishedAt'],
    ['_updatedAt when unpublished', {_updatedAt: '2026-01-01T00:00:00Z'}, undefined, '2026-01-01', '_updatedAt'],
    ['an unparseable publishedAt falls through', {publishedAt: 'soon', _updatedAt: '2026-01-01T00:00:00Z'}, undefined, '2026-01-01', '_updatedAt'],
    ['the override beats both', {publishedAt: '2025-02-13T18:00:00Z'}, new Date('2025-06-01T12:00:00Z'), '2025-06-01', 'override'],
    ['today otherwise', {}, undefined, '2030-05-05', 'today'],
  ])('date: %s', (_name, fields, date, expected, source) => {
    const view = buildArticleView({_id: 'x', _type: 'article', ...fields}, {date, now: new Date('2030-05-05T10:00:00Z')})
    expect(view.date.toISOString().slice(0, 10)).toBe(expected)
    expect(view.dateSource).toBe(source)
  })

  test('span offsets and indexes survive images and odd members', () => {
    const view = buildArticleView({
      _id: 'x',
      body: [
        {_type: 'image', _key: 'img'},
        null,
        {_type: 'block', _key: 'b', children: [{_key: 's1', text: 'Hello '}, {_key: 's2', text: 'world', marks: ['strong']}, {_key: 'bad'}]},
      ],
    })
    expect(view.bodyLength).toBe(3)
    expect(view.blocks).toHaveLength(1)
    expect(view.blocks[0]).toMatchObject({index: 2, text: 'Hello world'})
    expect(view.blocks[0]!.spans.map((s) => [s.key, s.start, s.marks])).toEqual([
      ['s1', 0, []],
      ['s2', 6, ['strong']],
    ])
  })

  test('a block without a key gets an index path', () => {
    const view = buildArticleView({_id: 'x', body: [{_type: 'block', children: [{text: 'a'}]}]})
    expect(view.blocks[0]!.path).toEqual(['body', 0])
  })

  test('portableTextToPlain joins blocks and accepts plain strings', () => {
    expect(portableTextToPlain([{_type: 'block', children: [{text: 'One.'}]}, {_type: 'block', children: [{text: 'Two.'}]}])).toBe('One.\n\nTwo.')
    expect(portableTextToPlain('just text')).toBe('just text')
    expect(portableTextToPlain(42)).toBe('')
  })
})
