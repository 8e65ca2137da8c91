// What makes a paragraph page furniture: text the page layout put there, not the writer.
//  - a bare label that is the whole paragraph ("Advertisement", "Share", "Story continues", "Loading…");
//  - a link line: a label and a colon, or a "Read more from …" opener, before a short headline;
//  - an image caption: one that opens like a caption ("FILE - In this … file photo", "Image caption", "Enlarge
//    this image") or ends with a photo credit ("(AP Photo/X)", "(Photo: X, Agency)", "X/Reuters/File 2016");
//  - a "Click here …" / "Don't see the graphic above?" sentence, which only makes sense on the source page;
//  - markup leftovers ("//-->", "<!--").
import {boilerplateSignatures as signatures} from '../data/boilerplate-signatures.ts'
import {TRIGGER_POINTER, type Paragraph} from './paragraph.ts'
import type {Token} from './tokens.ts'

export interface FurnitureVerdict {
  /** Set when the whole paragraph is furniture of this kind. */
  whole?: string
  /** Set when the whole paragraph is one page label ("Advertisement", "Share"), the surest kind of furniture. */
  label?: string
  /** Furniture kind per sentence (undefined where the sentence is not furniture). */
  sentences: Array<string | undefined>
}

const vocab = signatures.furniture
const LINK_LINE_MAX_WORDS = 30
const CAPTION_MAX_WORDS = 80

function wholeLabel(tokens: readonly Token[]): string | undefined {
  const m = vocab.wholeParagraph.matchAt(tokens, 0)
  if (!m) return undefined
  // A trailing colon or dash ("Advertisement:", "READ MORE:") is still just the label.
  return tokens.slice(m.to).every((t) => t.symbol) ? m.pattern.label : undefined
}

function isLinkLine(p: Paragraph, tokens: readonly Token[]): boolean {
  if (p.wordCount > LINK_LINE_MAX_WORDS || p.sentences.some((s) => s.attributed)) return false
  if (tokens[0]!.quoted) return false
  const labelled = vocab.linkLabels.matchAt(tokens, 0)
  if (labelled && (tokens[labelled.to]?.norm === ':' || p.text.trimEnd().endsWith(':'))) return true
  return p.wordCount <= 15 && vocab.linkLines.matchAt(tokens, 0) !== undefined
}

/** Whether the tokens hold a photo credit: a credit word or an agency, with the "X/Agency" or "Photo: X" shape. */
function looksLikePhotoCredit(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 16) return false
  const creditWord = tokens.some((t) => vocab.creditWords.has(t.norm))
  const agency = vocab.agencies.findAll(tokens).length > 0
  const shaped = tokens.some((t) => t.norm === '/' || t.norm === ':' || t.norm === 'via' || t.norm === 'by')
  return (creditWord && (agency || shaped)) || (agency && shaped)
}

/** Token index where a photo credit closing the paragraph starts, or -1. */
function trailingPhotoCredit(text: string, tokens: readonly Token[]): number {
  let last = tokens.length
  // Scrapers leave a stray word after the credit ("… (Photo: Getty Images) More").
  if (last > 0 && !tokens[last - 1]!.symbol && tokens[last - 1]!.norm.length <= 4 && tokens[last - 2]?.norm === ')') last--
  if (tokens[last - 1]?.norm === ')') {
    let depth = 0
    for (let i = last - 1; i >= 0 && i >= last - 20; i--) {
      const n = tokens[i]!.norm
      if (n === ')') depth++
      else if (n === '(' && --depth === 0) return looksLikePhotoCredit(tokens.slice(i + 1, last - 1)) ? i : -1
    }
    return -1
  }
  // "… Photo: Jae C. Hong/Associated Press" or "… Gary Cameron/Reuters/File 2016"
  for (let i = Math.max(0, last - 12); i < last; i++) {
    const t = tokens[i]!
    if (vocab.creditWords.has(t.norm) && tokens[i + 1]?.norm === ':' && looksLikePhotoCredit(tokens.slice(i, last))) return i
  }
  for (let i = Math.max(1, last - 8); i < last; i++) {
    if (tokens[i]!.norm !== '/' || !vocab.agencies.matchAt(tokens, i + 1)) continue
    let from = i - 1
    while (from > 0 && tokens[from - 1]!.capitalized && !tokens[from - 1]!.symbol && i - from < 4) from--
    if (text.slice(tokens[from]!.start, tokens[last - 1]!.end).length < 80) return from
  }
  return -1
}

export function classifyFurniture(p: Paragraph): FurnitureVerdict {
  const none = p.sentences.map(() => undefined)
  const tokens = p.tokens
  if (p.wordCount === 0) {
    // Symbols only: markup a scraper kept ("//-->", "<!--"); bare separators ("* * *", "___") are the writer's.
    return /[<>{}]|\/\//.test(p.text) ? {whole: 'page leftover', sentences: p.sentences.map(() => 'page leftover')} : {sentences: none}
  }
  const whole = (kind: string): FurnitureVerdict => ({whole: kind, sentences: p.sentences.map(() => kind)})

  const label = wholeLabel(tokens)
  if (label) return {...whole(label), label}
  if (p.embed) return {sentences: none}
  if (isLinkLine(p, tokens)) return whole('related link')
  if (p.wordCount <= CAPTION_MAX_WORDS) {
    const opening = vocab.captionStarts.matchAt(tokens, 0)
    if (opening && !tokens[0]!.quoted) return whole('image caption')
    const credit = trailingPhotoCredit(p.text, tokens)
    if (credit === 0) return whole('photo credit')
    if (credit > 0) return whole('image caption')
  }
  return {
    sentences: p.sentences.map((s) => {
      if (s.attributed) return undefined
      if (trailingPhotoCredit(p.text, s.tokens) === 0) return 'photo credit'
      // Speed: the search only where a pointer's words occur.
      const pointer = s.triggers & TRIGGER_POINTER ? vocab.pointers.findAll(s.tokens).find((m) => !s.tokens[m.from]!.quoted) : undefined
      return pointer ? 'pointer to the source page' : undefined
    }),
  }
}
