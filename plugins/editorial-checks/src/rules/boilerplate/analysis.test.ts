import {describe, expect, test} from 'vitest'
import {checkDocument} from '../../checks.ts'
import pageFurniture from '../page-furniture.ts'
import subscriptionBoilerplate from '../subscription-boilerplate.ts'
import syndicationCredit from '../syndication-credit.ts'
import {articleOf, blockPath, removeEdits} from './test-helpers.ts'

const rules = [subscriptionBoilerplate, syndicationCredit, pageFurniture]
const run = (doc: Record<string, unknown>) => checkDocument(doc, {rules})

describe('boilerplate analysis shared by the three rules', () => {
  test('a paragraph of several kinds of boilerplate is offered for removal once, by the prompt', () => {
    const text = 'USA TODAY intern Ben Tobin contributed. Follow Dalvin Brown on Twitter: @Dalvin_Brown'
    const findings = run(articleOf([text]))
    expect(findings.map((f) => [f.ruleId, f.range, f.fix?.edits])).toEqual([
      ['subscription-boilerplate', [0, text.length], removeEdits(0)],
      ['syndication-credit', [0, 'USA TODAY intern Ben Tobin contributed.'.length], undefined],
    ])
  })

  test('between credit and furniture, the one covering more of the paragraph owns it', () => {
    const findings = run(articleOf(['Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.']))
    expect(findings.map((f) => [f.ruleId, f.path, f.fix?.edits])).toEqual([['syndication-credit', blockPath(0), removeEdits(0)]])
  })

  const ODD_BODIES: Array<[string, unknown]> = [
    ['no body', undefined],
    ['a body that is not an array', 'Sign up for our newsletter'],
    ['empty blocks', [{_type: 'block', _key: 'a', children: []}, {_type: 'block', _key: 'b'}]],
    ['spans without text', [{_type: 'block', _key: 'a', children: [{_type: 'span'}, {_type: 'span', text: 7}, null]}]],
    ['blocks without keys', [{_type: 'block', children: [{_type: 'span', text: 'Advertisement'}]}]],
    ['images and embeds', [{_type: 'image', _key: 'i'}, {_type: 'youtube', _key: 'y', url: 'https://youtu.be/x'}]],
    ['whitespace and symbols only', [{_type: 'block', _key: 'a', children: [{_type: 'span', text: ' \n\t — © @ ( ) : /'}]}]],
    ['an unclosed quote and a lone @', [{_type: 'block', _key: 'a', children: [{_type: 'span', text: '“Follow @'}]}]],
  ]
  test.each(ODD_BODIES)('odd input never throws: %s', (_, body) => {
    const findings = run({_id: 'drafts.x', _type: 'article', body})
    expect(findings.filter((f) => f.category === 'internal')).toEqual([])
  })

  test('a block without a key is still reported, by its index', () => {
    const findings = run({_id: 'x', _type: 'article', body: [{_type: 'image'}, {_type: 'block', children: [{_type: 'span', text: 'Advertisement'}]}]})
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([['page-furniture', ['body', 1]]])
  })

  // Linear time: 1 MB paragraphs built to provoke backtracking or quadratic scans in a naive implementation.
  const MEGABYTE = 1 << 20
  const fill = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE)
  const HUGE: Array<[string, string]> = [
    ['prompt sentences', fill('Sign up for our newsletter. ')],
    ['one endless sentence', fill('follow us on twitter and subscribe ')],
    ['one endless word', fill('a')],
    ['hyphen-joined word', fill('a-')],
    ['dotted word', fill('a.b')],
    ['opening quotes', fill('“')],
    ['apostrophes', fill("' a")],
    ['parentheses', fill('(Photo: ')],
    ['dashes and handles', fill('— (@x) ')],
    ['credits', fill('© 2019 ')],
    ['sentence ends', fill('. ')],
  ]
  test.each(HUGE)('a 1 MB paragraph of %s is checked in well under a few seconds', (_, text) => {
    const started = performance.now()
    const findings = run(articleOf(['Intro.', text]))
    const elapsed = performance.now() - started
    expect(findings.filter((f) => f.category === 'internal')).toEqual([])
    // ~0.1-0.5 s on a laptop; the bound leaves room for a loaded CI machine while catching quadratic blow-ups.
    expect(elapsed).toBeLessThan(8000)
  })
})
