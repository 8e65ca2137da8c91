// Word tokens and phrase matching for the author-bio rule. Linear: every loop is bounded per token.
import {CHAR_LETTER, CHAR_NUMBER, CHAR_PAIR, charClassAt, foldAccents} from '../../engine/index.ts'
import type {Phrase} from '../data/author-bio-signals.ts'

export interface Token {
  /** Lower case, curly apostrophe straightened; hyphenated words are split ("editor-at-large" → 3 tokens). */
  w: string
  start: number
  end: number
  cap: boolean
}

// Words as words() in engine/text.ts finds them, /[\p{L}\p{N}]+(?:['\u2019\-.][\p{L}\p{N}]+)*/gu, split at
// their hyphens. Scanned by hand (speed: no match objects); each character is read a bounded number of times.
const WORD = CHAR_LETTER | CHAR_NUMBER
const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019
const HYPHEN = 0x2d
const FULL_STOP = 0x2e

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const n = text.length
  for (let i = 0; i < n; ) {
    const k = charClassAt(text, i)
    if (!(k & WORD)) {
      i += k & CHAR_PAIR ? 2 : 1
      continue
    }
    // One word; each hyphen inside it ends a token ("editor-at-large" → 3 tokens).
    let partStart = i
    let j = skipWordCharacters(text, i)
    for (;;) {
      const c = text.charCodeAt(j)
      if (!(c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN || c === FULL_STOP) || !(charClassAt(text, j + 1) & WORD)) break
      if (c === HYPHEN) {
        pushToken(out, text.slice(partStart, j), partStart)
        partStart = j + 1
      }
      j = skipWordCharacters(text, j + 1)
    }
    pushToken(out, text.slice(partStart, j), partStart)
    i = j
  }
  return out
}

function skipWordCharacters(text: string, i: number): number {
  for (let k = charClassAt(text, i); k & WORD; k = charClassAt(text, i)) i += k & CHAR_PAIR ? 2 : 1
  return i
}

function pushToken(out: Token[], part: string, start: number): void {
  const lower = part.toLowerCase()
  const c0 = part.charCodeAt(0)
  out.push({
    w: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower,
    start,
    end: start + part.length,
    // ASCII needs no case mapping to tell upper case (speed: most words are ASCII).
    cap: c0 < 0x80 ? c0 >= 0x41 && c0 <= 0x5a : part[0] !== lower[0],
  })
}

/** End index (exclusive) of `phrase` matched at `tokens[i]`, or -1. A gap (`...`) takes up to four words. */
export function matchPhrase(tokens: Token[], i: number, end: number, phrase: Phrase, p = 0): number {
  if (p === phrase.length) return i
  const slot = phrase[p]
  if (slot === null || slot === undefined) {
    for (let gap = 0; gap <= 4 && i + gap <= end; gap++) {
      const m = matchPhrase(tokens, i + gap, end, phrase, p + 1)
      if (m >= 0) return m
    }
    return -1
  }
  if (i >= end || !slot.includes(tokens[i]!.w)) return -1
  return matchPhrase(tokens, i + 1, end, phrase, p + 1)
}

/** Phrases grouped by their first word, so scanning a paragraph for a list costs one lookup per token. */
export type PhraseIndex = ReadonlyMap<string, readonly Phrase[]>

/** Indexes phrases by their first word (a phrase may start with any of its first slot's words). */
export function indexPhrases(phrases: readonly Phrase[]): PhraseIndex {
  const index = new Map<string, Phrase[]>()
  for (const phrase of phrases) {
    for (const w of phrase[0] ?? []) {
      const list = index.get(w)
      if (list) list.push(phrase)
      else index.set(w, [phrase])
    }
  }
  return index
}

/** The longest match at `tokens[i]` among `phrases` (end index), or -1. */
export function matchAny(tokens: Token[], i: number, end: number, phrases: readonly Phrase[]): number {
  let best = -1
  for (const phrase of phrases) best = Math.max(best, matchPhrase(tokens, i, end, phrase))
  return best
}

/**
 * matchAny for an indexed list: only the phrases whose first word is `tokens[i]` can match there (a phrase always
 * starts with a word; the data file's loader checks).
 */
export function matchIndexed(tokens: Token[], i: number, end: number, index: PhraseIndex): number {
  if (i >= end) return -1
  const phrases = index.get(tokens[i]!.w)
  return phrases ? matchAny(tokens, i, end, phrases) : -1
}

// A plain ASCII word has nothing to fold: the common case skips Unicode normalisation (speed).
const PLAIN_KEY = /^[A-Za-z0-9]*$/

/** Name comparison key: accents, case and apostrophes folded ("O’Sullivan" ≈ "OSullivan"). */
export const nameKey = (word: string) => (PLAIN_KEY.test(word) ? word.toLowerCase() : foldAccents(word).replace(/['\u2019.]/g, ''))
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
