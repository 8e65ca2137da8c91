// One paragraph cut into sentences and tokens, the form all three boilerplate classifiers read.
import {splitSentences, type BlockView, type Range} from '../../engine/index.ts'
import {quotedRanges, tokenize, type Token} from './tokens.ts'

export interface SentenceTokens {
  start: number
  end: number
  tokens: Token[]
  /** Word tokens (symbols excluded). */
  wordCount: number
}

export interface Paragraph {
  block: BlockView
  text: string
  quoted: Range[]
  sentences: SentenceTokens[]
  /** Every word token of the paragraph. */
  wordCount: number
  /** An embedded tweet ("… — Name (@handle) July 26, 2017"): someone else's words, never the page's prompt. */
  embed: boolean
}

// "(@handle)" after a dash, as tweet embeds end; bounded repetition, so linear.
const TWEET_SIGNATURE = /[\u2014\u2013-][^\u2014\u2013]{0,80}\(@\w{1,20}\)|pic\.twitter\.com\/|https?:\/\/t\.co\//

export function prepareParagraph(block: BlockView): Paragraph {
  const text = block.text
  const quoted = quotedRanges(text)
  const sentences = splitSentences(text).map((s) => {
    const tokens = tokenize(text, s.start, s.end, quoted)
    return {start: s.start, end: s.end, tokens, wordCount: tokens.filter((t) => !t.symbol).length}
  })
  return {
    block,
    text,
    quoted,
    sentences,
    wordCount: sentences.reduce((n, s) => n + s.wordCount, 0),
    embed: TWEET_SIGNATURE.test(text),
  }
}

export const hasWordIn = (tokens: readonly Token[], words: ReadonlySet<string>, unquotedOnly = false): boolean =>
  tokens.some((t) => words.has(t.norm) && !(unquotedOnly && t.quoted))
