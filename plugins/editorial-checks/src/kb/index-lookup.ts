// Text → candidate KB entities in one pass over the article, whatever the KB's size.
//
// Written by hand rather than with a library because the matching unit is a normalised *token* (accent-folded,
// possessive stripped, "U.S." = "US") with per-token case expectations ("US" must be upper case, "us" is a
// pronoun), which generic string tries / Aho-Corasick packages do not model. A token trie is enough: phrases are
// short (≤ MAX_PHRASE_TOKENS), so the walk from each token is bounded and the whole scan is linear in the text.

/** How a phrase token must be written in the text for a match. */
type CaseRule = 'any' | 'cap' | 'upper'

export interface Token {
  /** The token as written (for "U.S." the dots are included). */
  text: string
  /** Lower-case, accent-folded, dots removed, possessive `'s` stripped: the matching key. */
  norm: string
  start: number
  end: number
  /** First letter is upper case. */
  cap: boolean
  /** Every letter is upper case (and there are at least two). */
  upper: boolean
  /** Written with a possessive `'s` / `’s`. */
  possessive: boolean
  /** The text between the previous token and this one (empty for the first). */
  gap: string
}

const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu

/** Lower-cases and strips accents; same as engine/text.ts foldAccents, plus a few letters NFKD keeps. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
}

export function normalizeToken(text: string): {norm: string; possessive: boolean} {
  let t = fold(text).replace(/\u2019/g, "'").replace(/\./g, '')
  let possessive = false
  if (t.length > 2 && t.endsWith("'s")) {
    t = t.slice(0, -2)
    possessive = true
  }
  return {norm: t, possessive}
}

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  let prevEnd = 0
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0]
    const {norm, possessive} = normalizeToken(raw)
    const letters = raw.replace(/[^\p{L}]/gu, '')
    out.push({
      text: raw,
      norm,
      start: m.index,
      end: m.index + raw.length,
      cap: /^\p{Lu}/u.test(raw),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive,
      gap: text.slice(prevEnd, m.index),
    })
    prevEnd = m.index + raw.length
  }
  return out
}

/** Tokens of a phrase may only be joined by spaces or a hyphen ("Jong-un" = "Jong Un"), never by punctuation. */
const JOINABLE_GAP = /^(?:\s{1,3}|\s?-\s?)$/

export const MAX_PHRASE_TOKENS = 8

interface TrieNode<Entry> {
  next: Map<string, TrieNode<Entry>>
  entries: Array<{entry: Entry; cases: CaseRule[]}>
}

export interface Match<Entry> {
  /** Token indexes `[from, to)`. */
  from: number
  to: number
  start: number
  end: number
  entry: Entry
}

export interface AddOptions {
  /** Match case-insensitively (titles); otherwise each token must be capitalised as in the phrase. */
  caseInsensitive?: boolean
}

/** A token trie from phrases to entries. Build once per KB; `scan` is linear in the text. */
export class PhraseIndex<Entry> {
  private readonly root: TrieNode<Entry> = {next: new Map(), entries: []}
  size = 0

  add(phrase: string, entry: Entry, options: AddOptions = {}): void {
    const tokens = tokenize(phrase)
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return
    let node = this.root
    for (const t of tokens) {
      let child = node.next.get(t.norm)
      if (!child) {
        child = {next: new Map(), entries: []}
        node.next.set(t.norm, child)
      }
      node = child
    }
    // Short all-capital tokens stay case-sensitive even in titles: "PM" is not "pm", "US" is not "us".
    const cases: CaseRule[] = tokens.map((t) => (t.upper && t.norm.length <= 4 ? 'upper' : options.caseInsensitive ? 'any' : t.cap ? 'cap' : 'any'))
    const key = JSON.stringify(entry)
    if (node.entries.some((e) => e.cases.join() === cases.join() && JSON.stringify(e.entry) === key)) return
    node.entries.push({entry, cases})
    this.size++
  }

  /** Every phrase occurrence, for every start token; each start is walked at most MAX_PHRASE_TOKENS deep. */
  scan(tokens: readonly Token[]): Match<Entry>[] {
    const out: Match<Entry>[] = []
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode<Entry> | undefined = this.root
      for (let j = i; j < tokens.length && j - i < MAX_PHRASE_TOKENS; j++) {
        const tok = tokens[j]!
        if (j > i && !JOINABLE_GAP.test(tok.gap)) break
        // A possessive ends a phrase: "Russia's ally" never continues into "ally".
        if (j > i && tokens[j - 1]!.possessive) break
        node = node.next.get(tok.norm)
        if (!node) break
        for (const {entry, cases} of node.entries) {
          if (casesMatch(tokens, i, cases)) out.push({from: i, to: j + 1, start: tokens[i]!.start, end: tok.end, entry})
        }
      }
    }
    return out
  }
}

function casesMatch(tokens: readonly Token[], from: number, cases: readonly CaseRule[]): boolean {
  for (let k = 0; k < cases.length; k++) {
    const rule = cases[k]!
    const tok = tokens[from + k]!
    if (rule === 'cap' && !tok.cap) return false
    if (rule === 'upper' && !tok.upper) return false
  }
  return true
}
