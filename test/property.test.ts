// Random and malformed Portable Text must never make the engine or any shipped rule throw.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {checkDocument} from '../plugins/editorial-checks/src/checks.ts'

const words = fc.constantFrom(
  'Subscribe', 'newsletter', 'Sign up', 'is a', 'senior reporter', 'Follow him on Twitter @x', 'Pyongyang', 'Washington',
  'Secretary of State', 'Mike Pompeo', 'former', 'the Kremlin', '“', '”', '.', ',', '\n', '', ' ', 'Luis Gochoco', '©',
  'Advertisement', 'Read more:', 'Putin', 'Prime Minister', 'é', '\u0000', '🙂', 'http://x.y', 'a@b.co',
)
const text = fc.array(words, {maxLength: 40}).map((w) => w.join(' '))
const anyJson = fc.anything({maxDepth: 3})
const span = fc.oneof(
  fc.record({_type: fc.constant('span'), _key: fc.string(), text, marks: fc.array(fc.string(), {maxLength: 2})}),
  fc.record({text: anyJson, _key: anyJson}, {requiredKeys: []}),
  anyJson,
)
const block = fc.oneof(
  fc.record({_type: fc.constant('block'), _key: fc.string(), style: fc.constantFrom('normal', 'h2', 'blockquote'), children: fc.array(span, {maxLength: 5})}),
  fc.record({_type: anyJson, _key: anyJson, children: anyJson}, {requiredKeys: []}),
  anyJson,
)
const document = fc.record(
  {
    _id: fc.oneof(fc.string(), anyJson),
    _type: fc.constant('article'),
    title: fc.oneof(text, anyJson),
    publishedAt: fc.oneof(fc.date({noInvalidDate: true}).map((d) => d.toISOString()), anyJson),
    authors: fc.oneof(fc.array(fc.oneof(fc.record({_ref: fc.constantFrom('p1', 'p2', 'drafts.p1')}), anyJson)), anyJson),
    body: fc.oneof(fc.array(block, {maxLength: 12}), anyJson),
  },
  {requiredKeys: ['_type']},
)
const people = new Map<string, Record<string, unknown>>([
  ['p1', {_id: 'p1', _type: 'person', name: 'Luis Gochoco', bio: [{_type: 'block', children: [{text: 'Writer.'}]}]}],
  ['p2', {_id: 'p2', _type: 'person', name: 42}],
])

describe('robustness', () => {
  test('random and malformed documents never throw and no rule crashes', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const findings = checkDocument(doc as Record<string, unknown>, {people})
        expect(findings.filter((f) => f.category === 'internal').map((f) => f.message)).toEqual([])
      }),
      {numRuns: 400, seed: 20261129},
    )
  })

  test('a 1 MB paragraph is checked in linear time', () => {
    const sentence = 'Sign up is a senior reporter who covers Washington and Pyongyang, said Secretary of State Mike Pompeo. '
    const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length))
    const doc = {_id: 'big', _type: 'article', body: [{_type: 'block', _key: 'b', children: [{_type: 'span', _key: 's', text: big}]}]}
    const started = performance.now()
    const findings = checkDocument(doc, {})
    // Not a timing assertion on speed: a catastrophic regex would take minutes; the test timeout catches it.
    expect(findings.filter((f) => f.category === 'internal')).toEqual([])
    expect(performance.now() - started).toBeGreaterThan(0)
  })
})
