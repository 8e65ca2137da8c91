// What makes a sentence a subscription / follow / donate prompt rather than reporting about one:
//  - a call to action addressed to the reader (an imperative at a clause start: "Sign up", "Follow us",
//    "To get it in your inbox, sign up"), about a subscription topic (newsletter, inbox, app, podcast, donation,
//    membership, a social platform after "on"/"at"), or a known widget phrase ("By signing up, you agree");
//  - and no reported speech: the call to action is not inside quotation marks and the sentence has no
//    attribution ("said", "told", "joked" …); tweet embeds are skipped.
// Once a paragraph holds such a prompt, its other sentences that speak to the reader or about the offer
// ("Members get all of our content …", "Delivered weekday mornings.") are part of the same widget.
import {boilerplateSignatures as signatures} from '../data/boilerplate-signatures.ts'
import {hasWordIn, TRIGGER_SIGNATURE, type Paragraph, type SentenceTokens} from './paragraph.ts'
import type {Token} from './tokens.ts'

export type PromptStrength = 'strong' | 'supporting'

export interface PromptSentence {
  strength: PromptStrength
  /** newsletter, subscription, follow-us, app, podcast, donation, membership, petition or widget. */
  kind: string
}

const vocab = signatures.prompt
const FINITE_VERB_WINDOW = 3

/** Whether the one-word call to action at `at` reads as a command, not a noun or a subject. */
function isImperative(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]
  if (!next) return true
  if (vocab.notImperativeAfter.has(next.norm)) return false
  if (vocab.nounLikeCallsToAction.has(tokens[at]!.norm) && vocab.nounLikeFollowers.has(next.norm)) return false
  for (let i = at + 1; i <= at + FINITE_VERB_WINDOW && i < tokens.length; i++) if (vocab.finiteVerbs.has(tokens[i]!.norm)) return false
  return true
}

/** Token index of an imperative call to action at a clause start, or -1. */
export function findCallToAction(tokens: readonly Token[]): number {
  // "If you liked this story, sign up …" / "To get it in your inbox, sign up …": a comma opens the imperative
  // only after a clause that sets a condition or a purpose.
  const conditional = vocab.conditionOpeners.has(tokens[0]?.norm ?? '')
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!(t.clauseStart || (t.afterComma && conditional)) || t.quoted) continue
    let j = i
    for (let lead = vocab.leadIns.matchAt(tokens, j); lead; lead = vocab.leadIns.matchAt(tokens, j)) j = lead.to
    const cta = vocab.callsToAction.matchAt(tokens, j)
    if (!cta || tokens[cta.from]!.quoted) continue
    if (cta.to - cta.from === 1 && !isImperative(tokens, cta.from)) continue
    return cta.from
  }
  return -1
}

/**
 * The topic kind of the sentence: the first specific one ("podcast", "app" …) before plain "subscription".
 * A platform only counts as the place to follow someone: after "follow", "join", "like" … and as "on Twitter",
 * "Twitter: @x" or a profile address.
 */
export function findTopic(tokens: readonly Token[]): string | undefined {
  let socialAction = -1
  let generic: string | undefined
  const matches = vocab.topics.findAll(tokens)
  let m = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (socialAction < 0 && vocab.socialActions.has(t.norm) && !t.quoted) socialAction = i
    if (t.norm === '@' && socialAction >= 0 && tokens[i + 1] && !tokens[i + 1]!.symbol) return 'follow-us'
    const match = matches[m]
    if (match?.from !== i) continue
    m++
    const kind = match.pattern.label
    if (vocab.socialKinds.has(kind)) {
      const before = tokens[i - 1]
      const placed = (before && vocab.socialPrepositions.has(before.norm)) || tokens[match.to]?.norm === '@' || t.norm.includes('.')
      if (placed && socialAction >= 0) return kind
    } else if (kind !== 'subscription') return kind
    else generic ??= kind
  }
  return generic
}

function isReportedSpeech(sentence: SentenceTokens): boolean {
  return sentence.attributed || sentence.tokens.every((t) => t.quoted)
}

interface SentenceSignals {
  reported: boolean
  /** The kind of the widget phrase the sentence holds, if any. */
  signature: string | undefined
  callToAction: boolean
  /** This and `addressed` are read only in a paragraph with a prompt (see readTopic). */
  topic: string | undefined
  /** Speaks to the reader or for the publisher ("your inbox", "our newsletter"). */
  addressed: boolean
  wordCount: number
}

function signalsOf(sentence: SentenceTokens, text: string): SentenceSignals {
  const tokens = sentence.tokens
  const reported = tokens.length === 0 || isReportedSpeech(sentence)
  // Speed: reported speech is never a prompt, a widget phrase needs one of its words (the trigger) and makes the
  // call to action moot; nothing is looked for where it cannot matter.
  const signature =
    reported || !(sentence.triggers & TRIGGER_SIGNATURE) ? undefined : vocab.signatures.findAll(tokens).find((m) => !tokens[m.from]!.quoted)?.pattern.label
  // A question is not an imperative ("Get the picture?"); it may still carry the topic for the next sentence.
  const question = /\?["'\u201D\u2019)]*$/.test(text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end))
  return {
    reported,
    signature,
    callToAction: !reported && !signature && !question && findCallToAction(tokens) >= 0,
    topic: undefined,
    addressed: false,
    wordCount: sentence.wordCount,
  }
}

function readTopic(signals: SentenceSignals, sentence: SentenceTokens): void {
  const tokens = sentence.tokens
  signals.topic = findTopic(tokens)
  signals.addressed = hasWordIn(tokens, vocab.readerWords) || hasWordIn(tokens, vocab.publisherWords, true)
}

// Lower-case uses only: a capitalised "Free" or "Daily" mid-sentence is a name ("the Free Speech Center").
const hasPlainWordIn = (tokens: readonly Token[], words: ReadonlySet<string>) =>
  tokens.some((t) => words.has(t.norm) && (!t.capitalized || t.clauseStart))

function supportsPrompt(sentence: SentenceTokens, signals: SentenceSignals): boolean {
  if (signals.reported) return false
  if (sentence.wordCount <= 6) return true
  // More handles or profile addresses ("… and Jessica Gresko at https://twitter.com/jessicagresko").
  if (sentence.tokens.some((t) => t.norm === '@' || t.norm === 'http' || t.norm === 'https' || t.norm.startsWith('www.'))) return true
  if (sentence.wordCount <= 40 && (signals.topic !== undefined || signals.addressed)) return true
  return sentence.wordCount <= 20 && (hasPlainWordIn(sentence.tokens, vocab.supportWords) || hasPlainWordIn(sentence.tokens, vocab.linkWords))
}

/** Prompt sentences of a paragraph, by sentence index (undefined where the sentence is not a prompt). */
export function classifyPrompts(paragraph: Paragraph): Array<PromptSentence | undefined> {
  const {sentences} = paragraph
  if (paragraph.embed) return sentences.map(() => undefined)
  const signals = sentences.map((s) => signalsOf(s, paragraph.text))
  // Only a widget phrase or a call to action starts a prompt; a paragraph with neither has none (speed: most
  // paragraphs stop here, before the topic search).
  if (!signals.some((s) => s.signature || s.callToAction)) return sentences.map(() => undefined)
  signals.forEach((s, i) => readTopic(s, sentences[i]!))
  const labels = signals.map((s, i): PromptSentence | undefined => {
    if (s.reported) return undefined
    if (s.signature) return {strength: 'strong', kind: s.signature === 'widget' ? (s.topic ?? 'widget') : s.signature}
    if (!s.callToAction) return undefined
    if (s.topic) return {strength: 'strong', kind: s.topic}
    // "Want the best from VICE News in your inbox? Sign up here.": a short imperative may take its topic from
    // the sentence next door when that one speaks to the reader.
    const neighbour = [signals[i - 1], signals[i + 1]].find((n) => n && !n.reported && n.topic && n.addressed)
    return neighbour && s.wordCount <= 10 ? {strength: 'strong', kind: neighbour.topic!} : undefined
  })
  // The widget's other sentences: those next to a prompt that speak to the reader or about the offer.
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? sentences.map((_, i) => i) : sentences.map((_, i) => sentences.length - 1 - i)
    for (const i of order) {
      const next = pass === 0 ? labels[i - 1] : labels[i + 1]
      if (!labels[i] && next && supportsPrompt(sentences[i]!, signals[i]!)) labels[i] = {strength: 'supporting', kind: next.kind}
    }
  }
  return labels
}

/**
 * A short heading-like paragraph that opens with a call to action or names a topic ("Discover more from X",
 * "Byers Market Newsletter"): part of a widget when it sits next to a prompt paragraph.
 */
export function isWidgetFragment(paragraph: Paragraph): boolean {
  if (paragraph.embed || paragraph.wordCount === 0 || paragraph.wordCount > 8 || paragraph.sentences.length > 1) return false
  const sentence = paragraph.sentences[0]!
  if (isReportedSpeech(sentence) || /[.!?]["'\u201D\u2019]?$/.test(paragraph.text.trim())) return false
  return findCallToAction(sentence.tokens) >= 0 || findTopic(sentence.tokens) !== undefined
}
