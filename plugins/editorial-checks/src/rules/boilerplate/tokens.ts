// Tokens and token-sequence patterns for the boilerplate rules. Hand-written instead of regexes so that matching
// stays linear in the paragraph's length whatever the data file holds: every pattern is a short, fixed token
// sequence tried at each token, never a backtracking regex over the text.
import {CHAR_LETTER, CHAR_LOWER, CHAR_NUMBER, CHAR_PAIR, CHAR_UPPER, charClassAt, type Range} from '../../engine/index.ts'

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
// "U.S"; but "people.And" is two words); or one symbol. As a regex (the reference; see tokens.test.ts):
//   /[\p{L}\p{N}]+(?:['\u2019\-&][\p{L}\p{N}]+|\.(?=[\p{Ll}\p{N}]|\p{Lu}\.)[\p{L}\p{N}]+)*|[©@:()/\-\u2013\u2014]/gu
// scanned by hand below (speed: no match objects, and a range is read in place without slicing the text). Every
// character is read a bounded number of times, so tokenizing stays linear.
const WORD = CHAR_LETTER | CHAR_NUMBER
// Characters that, between two words, open a new clause (a full stop inside a sentence is an abbreviation).
// As char codes: the scanner reads the gaps with charCodeAt, which allocates nothing.
const CLAUSE_GAP = new Set(Array.from(';?![\u2022\u25BA\u00BB\u00B7\u2981\u25CF\u25A0\u25B6\u2026|\n', (c) => c.charCodeAt(0)))
const SYMBOLS = new Set(Array.from('©@:()/-\u2013\u2014', (c) => c.charCodeAt(0)))
const COMMA = 0x2c
const FULL_STOP = 0x2e
const EN_DASH = 0x2013
const EM_DASH = 0x2014

/** Tokens of `text.slice(start, end)` (offsets stay relative to `text`). */
export function tokenize(text: string, start = 0, end = text.length, quoted: readonly Range[] = []): Token[] {
  const out: Token[] = []
  scanRange(text, start, Math.min(end, text.length), quoted, 0, out)
  return out
}

/**
 * Tokens of each of `ranges` (ascending, not overlapping), as `tokenize(text, r.start, r.end, quoted)` gives them:
 * what prepareParagraph does with a paragraph's sentences. `quoted` must be ascending too (quotedRanges' output is),
 * so one cursor walks it for all the ranges.
 */
export function tokenizeRanges(text: string, ranges: ReadonlyArray<{start: number; end: number}>, quoted: readonly Range[]): Token[][] {
  const lists: Token[][] = []
  let q = 0
  for (const {start, end} of ranges) {
    const out: Token[] = []
    q = scanRange(text, start, Math.min(end, text.length), quoted, q, out)
    lists.push(out)
  }
  return lists
}

/** End of the word starting at `text[i]`, reading nothing from `to` on. */
function wordEnd(text: string, i: number, to: number): number {
  let j = skipWordCharacters(text, i, to)
  while (j < to) {
    const c = text.charCodeAt(j)
    if (c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26) {
      // ' ’ - & join two words
      if (!(charClassAt(text, j + 1, to) & WORD)) break
    } else if (c === FULL_STOP) {
      // "WND.com", "U.S": a dot joins before a lower-case letter or a digit, or before a capital and another dot.
      const next = charClassAt(text, j + 1, to)
      const afterNext = j + 1 + (next & CHAR_PAIR ? 2 : 1)
      if (!(next & (CHAR_LOWER | CHAR_NUMBER)) && !(next & CHAR_UPPER && afterNext < to && text.charCodeAt(afterNext) === FULL_STOP)) break
    } else break
    j = skipWordCharacters(text, j + 1, to)
  }
  return j
}

function skipWordCharacters(text: string, i: number, to: number): number {
  for (let k = charClassAt(text, i, to); k & WORD; k = charClassAt(text, i, to)) i += k & CHAR_PAIR ? 2 : 1
  return i
}

const straighten = (word: string) => (word.includes('\u2019') ? word.replaceAll('\u2019', "'") : word)

/**
 * Appends the tokens of `text.slice(from, to)` to `out`. `q` is the cursor into `quoted`; returns it for the next
 * range.
 */
function scanRange(text: string, from: number, to: number, quoted: readonly Range[], q: number, out: Token[]): number {
  let prevEnd = from
  let prevNorm = ''
  let onlyDashes = true
  for (let at = from; at < to; ) {
    const k = charClassAt(text, at, to)
    const c0 = text.charCodeAt(at)
    const symbol = !(k & WORD) && SYMBOLS.has(c0)
    if (!(k & WORD) && !symbol) {
      at += k & CHAR_PAIR ? 2 : 1
      continue
    }
    const end = symbol ? at + 1 : wordEnd(text, at, to)
    let clauseGap = false
    let comma = false
    for (let i = prevEnd; i < at; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x20) continue // the usual gap
      if (c === COMMA) comma = true
      else if (CLAUSE_GAP.has(c)) clauseGap = true
    }
    while (q < quoted.length && quoted[q]![1] <= at) q++
    // ASCII needs no case mapping to tell upper case (speed: most tokens are ASCII).
    const upper = c0 < 0x80 ? c0 >= 0x41 && c0 <= 0x5a : text[at] !== text[at]!.toLowerCase()
    const norm = symbol ? (c0 === EN_DASH || c0 === EM_DASH ? '-' : text[at]!) : straighten(text.slice(at, end).toLowerCase())
    out.push({
      norm,
      start: at,
      end,
      // A dash opens a clause only when it leads the sentence ("— Get insight …"): mid-sentence dashes are prose.
      // "… on them.And don't forget to subscribe": a full stop glued to a capitalised word still ends a clause.
      clauseStart:
        out.length === 0 ||
        clauseGap ||
        prevNorm === ':' ||
        prevNorm === '(' ||
        onlyDashes ||
        (upper && at - prevEnd === 1 && text.charCodeAt(prevEnd) === FULL_STOP),
      afterComma: comma,
      quoted: q < quoted.length && quoted[q]![0] <= at,
      capitalized: upper || (c0 >= 0x30 && c0 <= 0x39),
      symbol,
    })
    prevEnd = end
    prevNorm = norm
    onlyDashes &&= norm === '-'
    at = end
  }
  return q
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
  // Character codes, not text[i]: no one-character string is made per character (speed).
  // 0x22 " · 0x27 ' · 0x2018 ‘ · 0x2019 ’ · 0x201C “ · 0x201D ”
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (open < 0) {
      if (c === 0x22 || c === 0x201c) [open, kind] = [i, '"']
      else if ((c === 0x27 || c === 0x2018) && isBoundary(text[i - 1]) && isLetter(text[i + 1])) [open, kind] = [i, "'"]
    } else if (kind === '"' && (c === 0x22 || c === 0x201d)) {
      out.push([open, i + 1])
      open = -1
    } else if (kind === "'" && (c === 0x27 || c === 0x2019) && !isLetter(text[i + 1]) && !/\s/.test(text[i - 1] ?? ' ')) {
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

function elementMatches(e: Element, t: Token): boolean {
  if (e.alts.has(t.norm)) return true
  for (const p of e.placeholders) if (placeholderAccepts(p, t)) return true
  return false
}

/** End token index of `pattern.elements[ei..]` matched from `tokens[ti]`, or -1. Patterns are a handful of words: cheap. */
function matchFrom(pattern: Pattern, tokens: readonly Token[], ei: number, ti: number, limit: number): number {
  if (ei === pattern.elements.length) return pattern.atEnd && ti !== limit ? -1 : ti
  const e = pattern.elements[ei]!
  if (ti < limit && elementMatches(e, tokens[ti]!)) {
    const end = matchFrom(pattern, tokens, ei + 1, ti + 1, limit)
    if (end >= 0) return end
  }
  return e.optional ? matchFrom(pattern, tokens, ei + 1, ti, limit) : -1
}

const NO_PATTERNS: readonly Pattern[] = []

function rarestElement(pattern: Pattern): Element | undefined {
  let best: Element | undefined
  let bestLength = 0
  for (const e of pattern.elements) {
    if (e.optional || e.placeholders.length > 0) continue
    const shortest = Math.min(...Array.from(e.alts, (alt) => alt.length))
    if (shortest > bestLength) [best, bestLength] = [e, shortest]
  }
  return best
}

/** A list of patterns indexed by their first word, so each token only tries the patterns that can start there. */
export class PhraseSet {
  readonly patterns: readonly Pattern[]
  private readonly byFirst = new Map<string, Pattern[]>()
  private readonly anyFirst: Pattern[] = []
  /**
   * Words no match can do without: a text without any of them holds no match. Of each pattern's required, literal
   * elements, the one whose shortest alternative is longest gives its alternatives (long words are the rare ones:
   * "contributed", not "the"); undefined when some pattern has no such element ("{num} {num}").
   */
  readonly anchors: ReadonlySet<string> | undefined

  constructor(patterns: readonly Pattern[]) {
    this.patterns = patterns
    let anchors: Set<string> | undefined = new Set()
    for (const p of patterns) {
      const anchor = rarestElement(p)
      if (!anchor) anchors = undefined
      else for (const alt of anchor.alts) anchors?.add(alt)
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
    this.anchors = anchors
  }

  /** Longest match starting exactly at token `at` (honouring `^`), or undefined. */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch | undefined {
    const t = tokens[at]
    if (!t) return undefined
    const first = this.byFirst.get(t.norm)
    if (!first && this.anyFirst.length === 0) return undefined
    // The first pattern reaching furthest wins; a match object is made only for it.
    let best: Pattern | undefined
    let bestTo = at
    for (let l = 0; l < 2; l++) {
      for (const pattern of (l === 0 ? first : this.anyFirst) ?? NO_PATTERNS) {
        if (pattern.atClauseStart && !t.clauseStart) continue
        const to = matchFrom(pattern, tokens, 0, at, limit)
        if (to > bestTo) {
          best = pattern
          bestTo = to
        }
      }
    }
    return best && {pattern: best, from: at, to: bestTo}
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
