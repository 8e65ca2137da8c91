import {createHash} from 'node:crypto'
import {describe, expect, test} from 'vitest'
import {blockTextsOf, contentHash, findingFingerprint, stableStringify, textHash} from './content-hash.ts'
import {sha256Hex} from './sha256.ts'

describe('sha256Hex', () => {
  test.each(['', 'abc', 'Pyongyang → Moscow ✓', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)])(
    'matches node:crypto for %j',
    (input) => {
      expect(sha256Hex(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'))
    },
  )
})

describe('stableStringify', () => {
  test.each([
    [{b: 1, a: [1, {d: 2, c: 3}]}, '{"a":[1,{"c":3,"d":2}],"b":1}'],
    [{a: undefined, b: null}, '{"b":null}'],
    [[undefined, NaN, 'x'], '[null,null,"x"]'],
    ['s', '"s"'],
  ])('%j → %s', (value, expected) => {
    expect(stableStringify(value)).toBe(expected)
  })
})

const article = {
  _id: 'drafts.a',
  _type: 'article',
  _rev: 'r1',
  _updatedAt: '2025-02-13T18:00:00Z',
  _createdAt: '2025-02-13T17:00:00Z',
  title: 'T',
  body: [{_type: 'block', _key: 'k1', children: [{_type: 'span', _key: 'k1s', text: 'Hello', marks: []}], markDefs: []}],
}

describe('contentHash', () => {
  const base = contentHash(article)

  test.each([
    ['the revision', {_rev: 'r2'}],
    ['_updatedAt', {_updatedAt: '2026-01-01T00:00:00Z'}],
    ['the id (draft vs published)', {_id: 'a'}],
    ['a system field', {_system: {base: {id: 'a', rev: 'x'}}}],
    ['key order', {body: article.body, title: 'T'}],
  ])('ignores %s', (_what, change) => {
    expect(contentHash({...article, ...change})).toBe(base)
  })

  test.each([
    ['the title', {title: 'T2'}],
    ['the type', {_type: 'post'}],
    ['a new field', {dek: 'D'}],
    ['a span', {body: [{...article.body[0]!, children: [{_type: 'span', _key: 'k1s', text: 'Hello!', marks: []}]}]}],
    ['a block key', {body: [{...article.body[0]!, _key: 'k2'}]}],
  ])('changes with %s', (_what, change) => {
    expect(contentHash({...article, ...change})).not.toBe(base)
  })

  test('is prefixed with the algorithm', () => {
    expect(base).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(textHash('Hello')).toBe(`sha256:${createHash('sha256').update('Hello').digest('hex')}`)
  })
})

test('blockTextsOf maps keys to paragraph text', () => {
  expect([...blockTextsOf(article)]).toEqual([['k1', 'Hello']])
})

test.each([
  [{ruleId: 'r', messageId: 'm', path: ['body', {_key: 'k'}]}, 'r/m:body[_key=="k"]'],
  [
    {ruleId: 'r', messageId: 'm', path: ['body', {_key: 'k'}, 'children', {_key: 's'}], range: [3, 9] as [number, number]},
    'r/m:body[_key=="k"].children[_key=="s"]@3-9',
  ],
  [{ruleId: 'r', messageId: 'internal', path: []}, 'r/internal:'],
])('findingFingerprint(%j) = %s', (finding, expected) => {
  expect(findingFingerprint(finding)).toBe(expected)
})
