import {describe, expect, test} from 'vitest'
import type {Finding} from '../engine/index.ts'
import {excerptFor, groupByCategory} from './presentation.ts'

const doc = {
  _type: 'article',
  body: [
    {
      _type: 'block',
      _key: 'b1',
      children: [
        {_key: 'b1a', text: 'Talks between '},
        {_key: 'b1b', text: 'Pyongyang and Washington.'},
      ],
    },
    {_type: 'block', _key: 'b2', children: [{_key: 'b2a', text: 'Subscribe now.'}]},
  ],
}
const base = {ruleId: 'r', messageId: 'm', message: 'm', severity: 'error'} as const

describe('excerptFor', () => {
  test('a span range is shifted by the span offset', () => {
    const f: Finding = {
      ...base,
      category: 'entity-name',
      path: ['body', {_key: 'b1'}, 'children', {_key: 'b1b'}],
      range: [0, 9],
      blockKey: 'b1',
    }
    expect(excerptFor(f, doc)).toEqual({before: 'Talks between ', flagged: 'Pyongyang', after: ' and Washington.', wholeParagraph: false})
  })

  test('a block-level finding without a range flags the whole paragraph', () => {
    const f: Finding = {...base, category: 'subscription-boilerplate', path: ['body', {_key: 'b2'}], blockKey: 'b2'}
    expect(excerptFor(f, doc)).toEqual({before: '', flagged: 'Subscribe now.', after: '', wholeParagraph: true})
  })

  test('a block range spanning spans is in paragraph coordinates', () => {
    const f: Finding = {...base, category: 'style', path: ['body', {_key: 'b1'}], range: [6, 23], blockKey: 'b1'}
    expect(excerptFor(f, doc)?.flagged).toBe('between Pyongyang')
  })

  test('nothing for a document-level finding or a paragraph that is gone', () => {
    expect(excerptFor({...base, category: 'internal', path: []}, doc)).toBeUndefined()
    expect(excerptFor({...base, category: 'style', path: ['body', {_key: 'zz'}], blockKey: 'zz'}, doc)).toBeUndefined()
  })
})

test('groups blocking categories first, internal at the top', () => {
  const state = (category: Finding['category']) => ({
    finding: {...base, category, path: []},
    fingerprint: category,
    blocking: true,
    status: 'open' as const,
  })
  expect(
    groupByCategory([state('style'), state('entity-name'), state('internal'), state('subscription-boilerplate')]).map((g) => g.category),
  ).toEqual(['internal', 'subscription-boilerplate', 'entity-name', 'style'])
})
