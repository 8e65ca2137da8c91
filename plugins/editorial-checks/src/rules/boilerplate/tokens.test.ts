import {describe, expect, test} from 'vitest'
import {compilePattern, PhraseSet, quotedRanges, tokenize, tokenizeRanges} from './tokens.ts'

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

// The tokenizer is scanned by hand for speed; this regex is what it must agree with, token for token.
const REFERENCE = /[\p{L}\p{N}]+(?:['\u2019\-&][\p{L}\p{N}]+|\.(?=[\p{Ll}\p{N}]|\p{Lu}\.)[\p{L}\p{N}]+)*|[©@:()/\-\u2013\u2014]/gu
const TRICKY = ['U.S. e-mail', 'WND.com’s A.B.c', 'ΑΣ.Β ΟΔΟΣ', 'İstanbul', '𝐀𝐛𝐜 𐐀𐐨.𐐀.', '\uD835 \uDC00x', 'a&b a- -a a..b a.B c', '٣٤ x²', 'e\u0301te', '😀a😀']

describe('tokenize agrees with the reference regex', () => {
  test.each(TRICKY)('%j', (text) => {
    const expected = [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length])
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual(expected)
    // A range reads as its own text: nothing past its end is looked at.
    for (let end = 0; end <= text.length; end++) {
      const slice = text.slice(0, end)
      expect(tokenize(text, 0, end).map((t) => [t.start, t.end, t.norm])).toEqual(tokenize(slice).map((t) => [t.start, t.end, t.norm]))
    }
  })

  test('tokenizeRanges gives each range what tokenize gives it', () => {
    const text = '“Sign up,” she said. — Follow us: @x (AP Photo/Evan Vucci). U.S. e-mail'
    const quoted = quotedRanges(text)
    const ranges = [{start: 0, end: 20}, {start: 21, end: 58}, {start: 59, end: text.length}]
    expect(tokenizeRanges(text, ranges, quoted)).toEqual(ranges.map((r) => tokenize(text, r.start, r.end, quoted)))
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

  test('anchors: words no match can do without, the rarest-looking of each pattern', () => {
    const anchors = (patterns: string[]) => new PhraseSet(patterns.map((p) => compilePattern(p))).anchors
    expect(anchors(['^ the? associated press contributed', 'click|tap here|below'])).toEqual(new Set(['contributed', 'here', 'below']))
    expect(anchors(['© {year}'])).toEqual(new Set(['©']))
    expect(anchors(['sign up', '{num} {num}'])).toBeUndefined()
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
