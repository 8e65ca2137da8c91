// Small text utilities shared by rules. All linear in the input; no backtracking regexes.

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
