// One paragraph cut into sentences and tokens, the form all three boilerplate classifiers read.
import {splitSentences, type BlockView, type Range, type Sentence} from '../../engine/index.ts'
import {boilerplateSignatures as signatures} from '../data/boilerplate-signatures.ts'
import {quotedRanges, tokenizeRanges, type Token} from './tokens.ts'

export interface SentenceTokens {
  start: number
  end: number
  tokens: Token[]
  /** Word tokens (symbols excluded). */
  wordCount: number
  /** Holds an attribution word ("said", "told" …): reported speech. */
  attributed: boolean
  /** TRIGGER_* bits: the vocabularies the sentence has a word of. */
  triggers: number
}

export interface Paragraph {
  block: BlockView
  text: string
  quoted: Range[]
  sentences: SentenceTokens[]
  /** Every token of the paragraph: the sentences' tokens in order. */
  tokens: Token[]
  /** Every word token of the paragraph. */
  wordCount: number
  /** An embedded tweet ("… — Name (@handle) July 26, 2017"): someone else's words, never the page's prompt. */
  embed: boolean
}

// Which vocabularies a sentence has a word of, read with one lookup per token while the paragraph is prepared
// (speed): a classifier skips the sentences where its phrases cannot match (a phrase needs one of its set's anchors).
export const TRIGGER_ATTRIBUTION = 1
export const TRIGGER_SIGNATURE = 2
export const TRIGGER_CREDIT = 4
export const TRIGGER_POINTER = 8
const TRIGGERS = new Map<string, number>()
/** The bits no word decides: a phrase set without anchors may match anywhere. */
let alwaysTriggered = 0
function addTriggers(bit: number, words: ReadonlySet<string> | undefined): void {
  if (!words) alwaysTriggered |= bit
  else for (const w of words) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | bit)
}
addTriggers(TRIGGER_ATTRIBUTION, signatures.attributionWords)
addTriggers(TRIGGER_SIGNATURE, signatures.prompt.signatures.anchors)
addTriggers(TRIGGER_CREDIT, signatures.credit.phrases.anchors)
addTriggers(TRIGGER_CREDIT, signatures.credit.contributorLines.anchors)
addTriggers(TRIGGER_POINTER, signatures.furniture.pointers.anchors)

// "(@handle)" after a dash, as tweet embeds end; bounded repetition, so linear.
const TWEET_SIGNATURE = /[\u2014\u2013-][^\u2014\u2013]{0,80}\(@\w{1,20}\)|pic\.twitter\.com\/|https?:\/\/t\.co\//

/** `spans` is splitSentences(block.text), when the caller has it already. */
export function prepareParagraph(block: BlockView, spans: readonly Sentence[] = splitSentences(block.text)): Paragraph {
  const text = block.text
  const quoted = quotedRanges(text)
  // One tokenizer pass over the paragraph for all its sentences.
  const tokenLists = tokenizeRanges(text, spans, quoted)
  const all: Token[] = []
  let wordCount = 0
  const sentences = spans.map((s, i): SentenceTokens => {
    const tokens = tokenLists[i]!
    let words = 0
    let triggers = alwaysTriggered
    for (const t of tokens) {
      all.push(t)
      if (!t.symbol) words++
      triggers |= TRIGGERS.get(t.norm) ?? 0
    }
    wordCount += words
    return {start: s.start, end: s.end, tokens, wordCount: words, attributed: (triggers & TRIGGER_ATTRIBUTION) !== 0, triggers}
  })
  return {block, text, quoted, sentences, tokens: all, wordCount, embed: TWEET_SIGNATURE.test(text)}
}

export function hasWordIn(tokens: readonly Token[], words: ReadonlySet<string>, unquotedOnly = false): boolean {
  for (const t of tokens) if (words.has(t.norm) && !(unquotedOnly && t.quoted)) return true
  return false
}
