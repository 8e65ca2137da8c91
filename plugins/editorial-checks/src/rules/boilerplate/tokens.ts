// Tokens and token-sequence patterns for the boilerplate rules. Hand-written instead of regexes so that matching
// stays linear in the paragraph's length whatever the data file holds: every pattern is a short, fixed token
// sequence tried at each token, never a backtracking regex over the text.
import type {Range} from '../../engine/index.ts'

export interface Token {
  /** Lower-cased, with curly apostrophes straightened; symbols are `©`, `@`, `:`, `(`, `)`, `/` and `-` (any dash). */
  norm: string
  start: number
  end: number
  /** First token of the sentence, or right after `:` `;` `?` `!` `(`, a bullet or a leading dash. */
  clauseStart: boolean
  /** Right after a comma. */
  afterComma: boolean
  /** Inside quotation marks (as found by quotedRanges). */
  quoted: boolean
  /** Starts with an upper-case letter or a digit (names, brands, years). */
  capitalized: boolean
  symbol: boolean
}

// A word: letters/digits, joined by apostrophes, hyphens, ampersands or dots ("you're", "e-mail", "WND.com",
// "U.S"; but "people.And" is two words); or one symbol. The word's inner groups are separated by a character the
// word class excludes and the lookahead is one or two characters, so the regex cannot backtrack super-linearly.
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019\-&][\p{L}\p{N}]+|\.(?=[\p{Ll}\p{N}]|\p{Lu}\.)[\p{L}\p{N}]+)*|[©@:()/\-\u2013\u2014]/gu
// Characters that, between two words, open a new clause (a full stop inside a sentence is an abbreviation).
const CLAUSE_GAP = new Set(';?![\u2022\u25BA\u00BB\u00B7\u2981\u25CF\u25A0\u25B6\u2026|\n')
const CLAUSE_SYMBOLS = new Set([':', '('])
const SYMBOLS = new Set('©@:()/-\u2013\u2014')

/** Tokens of `text.slice(start, end)` (offsets stay relative to `text`). */
export function tokenize(text: string, start = 0, end = text.length, quoted: readonly Range[] = []): Token[] {
  const out: Token[] = []
  const slice = start === 0 && end === text.length ? text : text.slice(start, end)
  let q = 0
  let prevEnd = 0
  let onlyDashes = true
  for (const m of slice.matchAll(TOKEN)) {
    const raw = m[0]
    const at = m.index
    const prev = out[out.length - 1]
    let clauseGap = false
    let comma = false
    for (let i = prevEnd; i < at; i++) {
      const c = slice[i]!
      if (c === ',') comma = true
      else if (CLAUSE_GAP.has(c)) clauseGap = true
    }
    const abs = start + at
    while (q < quoted.length && quoted[q]![1] <= abs) q++
    const first = raw[0]!
    const symbol = raw.length === 1 && SYMBOLS.has(first)
    const upper = first !== first.toLowerCase()
    out.push({
      norm: symbol ? (first === '\u2013' || first === '\u2014' ? '-' : first) : raw.toLowerCase().replaceAll('\u2019', "'"),
      start: abs,
      end: abs + raw.length,
      // A dash opens a clause only when it leads the sentence ("— Get insight …"): mid-sentence dashes are prose.
      // "… on them.And don't forget to subscribe": a full stop glued to a capitalised word still ends a clause.
      clauseStart: !prev || clauseGap || CLAUSE_SYMBOLS.has(prev.norm) || onlyDashes || (upper && at - prevEnd === 1 && slice[prevEnd] === '.'),
      afterComma: comma,
      quoted: q < quoted.length && quoted[q]![0] <= abs,
      capitalized: upper || (first >= '0' && first <= '9'),
      symbol,
    })
    prevEnd = at + raw.length
    onlyDashes &&= out[out.length - 1]!.norm === '-'
  }
  return out
}

/**
 * Ranges of `text` inside quotation marks. Double quotes (straight or curly) left open run to the end of the
 * paragraph (a quote continued in the next paragraph); single quotes count only when they open before a letter
 * and close before a non-letter, so apostrophes ("don't", "Jones' newsletter") are not mistaken for quotes.
 */
export function quotedRanges(text: string): Range[] {
  const out: Range[] = []
  let open = -1
  let kind: '"' | "'" | '' = ''
  const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}]/u.test(c)
  const isBoundary = (c: string | undefined) => c === undefined || /[\s(\[\u2014\u2013-]/.test(c)
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (open < 0) {
      if (c === '"' || c === '\u201C') [open, kind] = [i, '"']
      else if ((c === "'" || c === '\u2018') && isBoundary(text[i - 1]) && isLetter(text[i + 1])) [open, kind] = [i, "'"]
    } else if (kind === '"' && (c === '"' || c === '\u201D')) {
      out.push([open, i + 1])
      open = -1
    } else if (kind === "'" && (c === "'" || c === '\u2019') && !isLetter(text[i + 1]) && !/\s/.test(text[i - 1] ?? ' ')) {
      out.push([open, i + 1])
      open = -1
    }
  }
  if (open >= 0 && kind === '"') out.push([open, text.length])
  return out
}

type Placeholder = 'any' | 'year' | 'num'
/** One position of a pattern: a word from `alts` or a token a placeholder accepts. */
interface Element {
  alts: ReadonlySet<string>
  placeholders: readonly Placeholder[]
  optional: boolean
}
const PLACEHOLDERS: Record<string, Placeholder> = {'*': 'any', '{year}': 'year', '{num}': 'num'}

export interface Pattern {
  source: string
  /** What the caller files the match under (a topic, a credit kind …). */
  label: string
  elements: Element[]
  /** `^`: must begin at a clause start. */
  atClauseStart: boolean
  /** `$`: must end the token list (the sentence). */
  atEnd: boolean
}

/** Parses one pattern (see the data file's `source` for the syntax); throws a message naming the problem. */
export function compilePattern(source: string, label = source): Pattern {
  const parts = source.trim().split(/\s+/)
  const atClauseStart = parts[0] === '^'
  if (atClauseStart) parts.shift()
  const atEnd = parts[parts.length - 1] === '$'
  if (atEnd) parts.pop()
  if (parts.length === 0 || parts[0] === '') throw new Error(`pattern "${source}" has no words`)
  const elements = parts.map((part): Element => {
    const optional = part.length > 1 && part.endsWith('?')
    const body = optional ? part.slice(0, -1) : part
    if (body === '^' || body === '$') throw new Error(`pattern "${source}": "${body}" may only open or close a pattern`)
    const alts = new Set<string>()
    const placeholders: Placeholder[] = []
    for (const alt of body.toLowerCase().split('|')) {
      if (alt === '') throw new Error(`pattern "${source}": empty alternative in "${body}"`)
      const placeholder = PLACEHOLDERS[alt]
      if (placeholder) placeholders.push(placeholder)
      else if (/[{}*]/.test(alt)) throw new Error(`pattern "${source}": unknown placeholder "${alt}" (known: *, {year}, {num})`)
      else alts.add(alt)
    }
    return {alts, placeholders, optional}
  })
  if (elements.every((e) => e.optional)) throw new Error(`pattern "${source}" has only optional words`)
  return {source, label, elements, atClauseStart, atEnd}
}

export interface PhraseMatch {
  pattern: Pattern
  /** Token indices, `[first, last + 1)`. */
  from: number
  to: number
}

function placeholderAccepts(p: Placeholder, t: Token): boolean {
  if (p === 'any') return !t.symbol
  if (p === 'year') return /^(1[89]|20)\d\d$/.test(t.norm)
  return /^\d/.test(t.norm)
}

const elementMatches = (e: Element, t: Token): boolean => e.alts.has(t.norm) || e.placeholders.some((p) => placeholderAccepts(p, t))

/** End token index of `pattern` matched from `tokens[from]`, or -1. Patterns are a handful of words: cheap. */
function matchFrom(pattern: Pattern, tokens: readonly Token[], from: number, limit: number): number {
  const go = (ei: number, ti: number): number => {
    if (ei === pattern.elements.length) return pattern.atEnd && ti !== limit ? -1 : ti
    const e = pattern.elements[ei]!
    if (ti < limit && elementMatches(e, tokens[ti]!)) {
      const end = go(ei + 1, ti + 1)
      if (end >= 0) return end
    }
    return e.optional ? go(ei + 1, ti) : -1
  }
  return go(0, from)
}

/** A list of patterns indexed by their first word, so each token only tries the patterns that can start there. */
export class PhraseSet {
  readonly patterns: readonly Pattern[]
  private readonly byFirst = new Map<string, Pattern[]>()
  private readonly anyFirst: Pattern[] = []

  constructor(patterns: readonly Pattern[]) {
    this.patterns = patterns
    for (const p of patterns) {
      const first = p.elements[0]!
      if (first.placeholders.length > 0 || first.optional) {
        this.anyFirst.push(p)
        continue
      }
      for (const alt of first.alts) {
        const list = this.byFirst.get(alt) ?? []
        list.push(p)
        this.byFirst.set(alt, list)
      }
    }
  }

  /** Longest match starting exactly at token `at` (honouring `^`), or undefined. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch | undefined {
    const t = tokens[at]
    if (!t) return undefined
    let best: PhraseMatch | undefined
    for (const list of [this.byFirst.get(t.norm), this.anyFirst]) {
      for (const pattern of list ?? []) {
        if (pattern.atClauseStart && !t.clauseStart) continue
        const to = matchFrom(pattern, tokens, at, limit)
        if (to > at && (!best || to > best.to)) best = {pattern, from: at, to}
      }
    }
    return best
  }

  /** Every position's longest match, left to right, not overlapping. */
  findAll(tokens: readonly Token[], from = 0, limit = tokens.length): PhraseMatch[] {
    const out: PhraseMatch[] = []
    for (let i = from; i < limit; i++) {
      const m = this.matchAt(tokens, i, limit)
      if (m) {
        out.push(m)
        i = m.to - 1
      }
    }
    return out
  }
}
