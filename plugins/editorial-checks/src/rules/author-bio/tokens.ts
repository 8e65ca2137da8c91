// Word tokens and phrase matching for the author-bio rule. Linear: every loop is bounded per token.
import {foldAccents, words} from '../../engine/index.ts'
import type {Phrase} from '../data/author-bio-signals.ts'

export interface Token {
  /** Lower case, curly apostrophe straightened; hyphenated words are split ("editor-at-large" → 3 tokens). */
  w: string
  start: number
  end: number
  cap: boolean
}

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const push = (part: string, start: number) => {
    const lower = part.toLowerCase()
    out.push({w: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower, start, end: start + part.length, cap: part[0] !== lower[0]})
  }
  for (const t of words(text)) {
    if (!t.word.includes('-')) {
      push(t.word, t.start)
      continue
    }
    let start = t.start
    for (const part of t.word.split('-')) {
      if (part) push(part, start)
      start += part.length + 1
    }
  }
  return out
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
export function indexPhrases(phrases: Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>()
  for (const phrase of phrases) for (const w of phrase[0] ?? []) index.set(w, [...(index.get(w) ?? []), phrase])
  return index
}
export function matchAny(tokens: Token[], i: number, end: number, phrases: Phrase[]): number {
  let best = -1
  for (const phrase of phrases) best = Math.max(best, matchPhrase(tokens, i, end, phrase))
  return best
}

/** Name comparison key: accents, case and apostrophes folded ("O’Sullivan" ≈ "OSullivan"). */
export const nameKey = (word: string) => foldAccents(word).replace(/['\u2019.]/g, '')
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
