// The article as the entity rules read it: title, dek and body blocks, each tokenised once, with sentence
// boundaries and the KB phrase matches. Everything here is linear in the article's length.
import {splitSentences, type ArticleView, type BlockView, type Sentence} from '../../engine/index.ts'
import {tokenize, type Match, type Token} from '../../kb/index-lookup.ts'
import type {KnowledgeBase, LookupEntry} from '../../kb/types.ts'

export interface TextUnit {
  field: 'title' | 'dek' | 'body'
  /** For title and dek a stand-in block whose path is the field: findings point there, fixes are body-only. */
  block: BlockView
  text: string
  tokens: Token[]
  sentences: Sentence[]
  /** Sentence index of each token. */
  sentenceOf: number[]
  /** Token index where each sentence starts. */
  sentenceStartToken: number[]
  matches: Match<LookupEntry>[]
  /** The matches starting at each token index. */
  matchesFrom: Map<number, Match<LookupEntry>[]>
  /** Per token: inside quotation marks (a speaker's words, which the desk does not rewrite). */
  quoted: boolean[]
  /** Headline-style capitalisation ("Trump Slams Putin & Iran"): capitals say nothing about names there. */
  titleCase: boolean
}

export function buildUnits(article: ArticleView, kb: KnowledgeBase): TextUnit[] {
  const units: TextUnit[] = []
  const add = (field: TextUnit['field'], text: string, block: BlockView = fieldBlock(field, text)) => {
    if (!text.trim()) return
    const tokens = tokenize(text)
    const sentences = splitSentences(text)
    const sentenceOf: number[] = new Array(tokens.length)
    const sentenceStartToken: number[] = sentences.map(() => -1)
    let s = 0
    tokens.forEach((t, i) => {
      while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++
      sentenceOf[i] = s
      if (sentenceStartToken[s] === -1) sentenceStartToken[s] = i
    })
    const matches = kb.lookup.scan(tokens)
    const matchesFrom = new Map<number, Match<LookupEntry>[]>()
    for (const m of matches) {
      const list = matchesFrom.get(m.from)
      if (list) list.push(m)
      else matchesFrom.set(m.from, [m])
    }
    units.push({field, block, text, tokens, sentences, sentenceOf, sentenceStartToken, matches, matchesFrom, quoted: quotedTokens(tokens), titleCase: isTitleCase(tokens)})
  }
  add('title', article.title)
  add('dek', article.dek)
  for (const block of article.blocks) add('body', block.text, block)
  return units
}

function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text))
  return words.length >= 4 && words.every((t) => t.cap)
}

/** Marks tokens between opening and closing quotation marks (curly or straight). */
function quotedTokens(tokens: Token[]): boolean[] {
  let inside = false
  return tokens.map((t) => {
    for (const c of t.gap) {
      if (c === '\u201C') inside = true
      else if (c === '\u201D') inside = false
      else if (c === '"') inside = !inside
    }
    return inside
  })
}

function fieldBlock(field: string, text: string): BlockView {
  return {index: -1, key: '', style: 'normal', text, spans: [], path: [field]}
}

/** True when token i is the first word of its sentence (its capital letter says nothing about it being a name). */
export function isSentenceInitial(unit: TextUnit, i: number): boolean {
  const s = unit.sentenceOf[i]
  if (s === undefined) return false
  if (unit.sentenceStartToken[s] === i) return true
  // After an opening quote or a dash the next word is capitalised too.
  const gap = unit.tokens[i]!.gap
  return /["“(]\s*$/.test(gap) || /:\s*$/.test(gap)
}
