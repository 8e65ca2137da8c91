// Small text utilities shared by rules. All linear in the input; no backtracking regexes.
import type {RuleContext} from './rule.ts'
import type {ArticleView} from './types.ts'

/** Straight quotes and apostrophes for matching; same length as the input so offsets stay valid. */
export function normalizeQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
}

/** Lower-cases and strips accents, for accent-insensitive comparison of names (not for offsets). */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

export interface Sentence {
  text: string
  start: number
  end: number
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'vs',
  'u.s', 'u.k', 'u.n', 'inc', 'co', 'corp', 'ltd', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct',
  'nov', 'dec', 'e.g', 'i.e', 'etc', 'mt', 'ft', 'rev', 'hon', 'pres', 'atty', 'supt', 'cmdr', 'adm',
])

/**
 * Splits text into sentences at `.`, `!` or `?` (optionally followed by closing quotes/brackets) and whitespace,
 * unless the word before is a known abbreviation or a single initial ("John F. Kennedy").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text[i]
    if (c !== '.' && c !== '!' && c !== '?') continue
    let j = i + 1
    while (j < n && '"\')]\u201D\u2019'.includes(text[j]!)) j++
    if (j < n && !/\s/.test(text[j]!)) continue
    if (c === '.') {
      let w = i - 1
      while (w >= start && /[A-Za-z.]/.test(text[w]!)) w--
      const word = text.slice(w + 1, i).toLowerCase()
      if (word.length === 1 || ABBREVIATIONS.has(word)) continue
    }
    pushSentence(out, text, start, j)
    start = j
  }
  if (start < n) pushSentence(out, text, start, n)
  return out
}

/**
 * splitSentences of every block's text, by block position in `article.blocks`; with a rule context, computed once per
 * run whichever rule asks first.
 */
export function blockSentences(article: ArticleView, ctx?: Pick<RuleContext, 'memo'>): Sentence[][] {
  const split = () => article.blocks.map((block) => splitSentences(block.text))
  return ctx ? ctx.memo('block-sentences', split) : split()
}

function pushSentence(out: Sentence[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  if (end > start) out.push({text: text.slice(start, end), start, end})
}

/** Word tokens with offsets: letters, digits, apostrophes and hyphens inside a word. */
export function words(text: string): Array<{word: string; start: number; end: number}> {
  const out: Array<{word: string; start: number; end: number}> = []
  const re = /[\p{L}\p{N}]+(?:['\u2019\-.][\p{L}\p{N}]+)*/gu
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({word: m[0], start: m.index, end: m.index + m[0].length})
  return out
}

// Character classes for hand-written tokenizers, which read the text with charCodeAt and make no match objects
// (speed). They agree with the `u`-flag regex classes \p{L}, \p{N}, \p{Lu} and \p{Ll}: each BMP character is asked
// of those regexes once and remembered; characters beyond the BMP (surrogate pairs, rare) are asked each time.
export const CHAR_LETTER = 1
export const CHAR_NUMBER = 2
export const CHAR_UPPER = 4
export const CHAR_LOWER = 8
/** The character is a surrogate pair: two code units. */
export const CHAR_PAIR = 16
const CHAR_KNOWN = 32
const bmpClasses = new Uint8Array(0x10000)

function classify(ch: string): number {
  return (
    (/\p{L}/u.test(ch) ? CHAR_LETTER : 0) |
    (/\p{N}/u.test(ch) ? CHAR_NUMBER : 0) |
    (/\p{Lu}/u.test(ch) ? CHAR_UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? CHAR_LOWER : 0)
  )
}

/**
 * The CHAR_* bits of the character at `text[i]`, reading the text as if it ended at `end` (as a `u` regex reads
 * `text.slice(…, end)`): 0 outside `[0, end)`; a surrogate pair is one character, with CHAR_PAIR set.
 */
export function charClassAt(text: string, i: number, end = text.length): number {
  if (i >= end || i < 0) return 0
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2)) | CHAR_PAIR
  }
  let k = bmpClasses[c]!
  if (k === 0) bmpClasses[c] = k = classify(String.fromCharCode(c)) | CHAR_KNOWN
  return k & ~CHAR_KNOWN
}
