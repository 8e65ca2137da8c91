import {describe, expect, test} from 'vitest'
import {compilePattern, PhraseSet, quotedRanges, tokenize} from './tokens.ts'

const norms = (text: string) => tokenize(text).map((t) => t.norm)
const phrase = (patterns: string[], text: string) =>
  new PhraseSet(patterns.map((p) => compilePattern(p))).findAll(tokenize(text)).map((m) => m.pattern.source)

describe('tokenize', () => {
  test.each([
    ['Sign up for WND.com’s e-mail alerts', ['sign', 'up', 'for', "wnd.com's", 'e-mail', 'alerts']],
    ['the U.S. economy', ['the', 'u.s', 'economy']],
    ['them.And don’t forget', ['them', 'and', "don't", 'forget']],
    ['© 2019 — Photo: AP/Evan Vucci (@evan)', ['©', '2019', '-', 'photo', ':', 'ap', '/', 'evan', 'vucci', '(', '@', 'evan', ')']],
  ])('%s', (text, expected) => {
    expect(norms(text)).toEqual(expected)
  })

  test('clause starts: sentence start, after : ; ? ! ( and a leading dash, not after a mid-sentence dash or comma', () => {
    const starts = (text: string) => tokenize(text).filter((t) => t.clauseStart && !t.symbol).map((t) => t.norm)
    expect(starts('Like what you’re reading?: Download the app')).toEqual(['like', 'download'])
    expect(starts('— Get insight; sign up today')).toEqual(['get', 'sign'])
    expect(starts('talking to him—become a crime, follow')).toEqual(['talking'])
    expect(starts('people.And subscribe')).toEqual(['people', 'and'])
  })

  test('offsets are the text’s own, also for a slice', () => {
    const text = 'Intro. Follow us on Twitter.'
    const [first] = tokenize(text, 7, text.length)
    expect([first!.start, first!.end, text.slice(first!.start, first!.end)]).toEqual([7, 13, 'Follow'])
  })
})

describe('quotedRanges', () => {
  test.each([
    ['“Subscribe to my channel,” she joked.', [[0, 26]]],
    ["'Subscribe to my channel,' she joked.", [[0, 26]]],
    ['Don’t miss Jones’ newsletter', []],
    ['He said "this continues into the next paragraph', [[8, 47]]],
    ['the ’90s and the \'90s', []],
  ])('%s', (text, expected) => {
    expect(quotedRanges(text)).toEqual(expected)
  })
})

describe('patterns', () => {
  test.each([
    [['sign up|in'], 'Please sign in to continue', ['sign up|in']],
    [['^ reporting by'], 'Reporting by Jane Doe; Editing by John Roe', ['^ reporting by']],
    [['^ reporting by'], 'based on reporting by the Times', []],
    [['contributed $'], 'Scott Wong contributed', ['contributed $']],
    [['contributed $'], 'Scott Wong contributed money', []],
    [['© {year}'], '© 2019 The Associated Press', ['© {year}']],
    [['© {year}'], '© Getty', []],
    [['if you liked *? *? story'], 'If you liked this story', ['if you liked *? *? story']],
    [['if you liked *? *? story'], 'If you liked the whole long story', []],
  ])('%j in %s', (patterns, text, expected) => {
    expect(phrase(patterns, text)).toEqual(expected)
  })

  test.each([
    ['', /no words/],
    ['^ $', /no words/],
    ['sign {brand}', /unknown placeholder/],
    ['sign up||in', /empty alternative/],
    ['sign ^ up', /may only open or close/],
    ['up? in?', /only optional/],
  ])('rejects %j', (source, message) => {
    expect(() => compilePattern(source)).toThrow(message)
  })
})
