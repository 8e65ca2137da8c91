// Dates the KB marks as approximate widen the margin around a hand-over: no error where the data cannot be sure.
import {describe, expect, test} from 'vitest'
import {checkDocument} from '../../plugins/editorial-checks/src/checks.ts'
import {loadKnowledgeBase} from '../../plugins/editorial-checks/src/kb/load.ts'

const office = (note?: string) => ({
  jurisdiction: 'NL',
  source: 'test fixture',
  asOf: '2025-06-01',
  offices: [
    {
      id: 'nl.test-foreign-minister',
      kind: 'foreign-minister' as const,
      title: 'Foreign Minister',
      titleVariants: ['Foreign Minister', 'Dutch Foreign Minister'],
      singleHolder: true,
      holders: [
        {name: 'Stef Blok', start: '2018-03-07', end: '2021-05-25', ...(note ? {note} : {})},
        {name: 'Sigrid Kaag', start: '2021-05-25', end: '2021-09-17'},
      ],
    },
  ],
})

const article = (day: string) => ({
  _id: `a-${day}`,
  _type: 'article',
  publishedAt: `${day}T12:00:00Z`,
  body: [{_type: 'block', _key: 'b0', children: [{_type: 'span', _key: 'b0s', text: 'Dutch Foreign Minister Stef Blok said on Tuesday that talks would continue.'}]}],
})

const staleErrors = (note: string | undefined, day: string) =>
  checkDocument(article(day), {kb: loadKnowledgeBase({offices: [office(note)]})}).filter((f) => f.ruleId === 'stale-officeholder' && f.severity === 'error')

describe('approximate hand-over dates', () => {
  test.each([
    ['exact date, three weeks after leaving', undefined, '2021-06-15', 1],
    ['approximate date, three weeks after leaving', 'date approximate', '2021-06-15', 0],
    ['approximate date, four months after leaving', 'date approximate', '2021-09-10', 1],
  ])('%s', (_name, note, day, expected) => {
    expect(staleErrors(note, day)).toHaveLength(expected)
  })
})
