// author-bio: a paragraph that describes the writer ("Jane Doe is a senior reporter covering …", "Follow her on
// Twitter @jdoe") pasted into the body from the source page.
//
// Each paragraph gets a feature score (weights in WEIGHTS, explained there). A bio is a short paragraph near the end
// whose first sentence has the shape "<person> is/was <occupation> …" or "<person> writes about …", whose person is
// the byline author or someone the story has not mentioned before, and which reads as a career summary rather than
// reporting (no "said", no ages or arrests). Contact lines ("Reach her at …", "X can be reached at …") score on
// their own. Vocabularies live in data/author-bio-signals.json. Every scan is linear in the paragraph's length.
import {blockSentences, defineRule, moveToAuthorBio, removeBlock} from '../engine/index.ts'
import type {ArticleView, AuthorView, BlockView, Fix, RuleContext, Sentence} from '../engine/index.ts'
import {matchesByline, readBylineBlock} from './author-bio/byline.ts'
import {findContactTargets, isTweetEmbed} from './author-bio/contact-targets.ts'
import {isContactSentence, readOpening, readSentences} from './author-bio/sentence.ts'
import {indexPhrases, matchIndexed, matchPhrase, nameKey, tokenize, type Token} from './author-bio/tokens.ts'
import {authorBioSignals as S, type Phrase} from './data/author-bio-signals.ts'

/** Flag at or above this score. */
const THRESHOLD = 4

const WEIGHTS = {
  // Who the first sentence is about (only counted when the sentence has a bio predicate).
  bylineSubject: 3, // a byline author, or "The author …": the writer describing themself
  newFullName: 1, // a full name the story has not used before: introduced here, as bios do
  bareSurname: -1, // a lone surname refers back to someone already introduced, as reporting does
  knownPerson: -3, // someone the story already discussed: a newsmaker, not the writer
  pronoun: -2, // "He is …" with no bio before it to refer to
  bioPredicate: 2, // "is a columnist for …", "writes about …", "served as deputy …"
  extraBioSentence: 1, // a later sentence also has the bio shape ("He is also the author of …")
  careerPhrase: 1, // each distinct career phrase ("author of", "work has appeared in"), at most careerPhraseCap
  careerPhraseCap: 3,
  contact: 6, // "Follow him on Twitter @x", "X can be reached at x@y.com": decisive on its own
  bioSimilarity: 4, // the paragraph repeats the byline author's stored bio
  taglineMarker: 2, // a leading "—" or "•": how publishers set off a bio tagline, even mid-page in multi-author pieces
  taglineShape: 1, // the whole paragraph is one short "<name> is <occupation> …" sentence
  continuation: 2, // the paragraph before was a bio: bios run on to the end
  // Where the paragraph sits: bios cluster after the last paragraph of reporting.
  atEnd: 2,
  nearEnd: 1,
  midStory: -2,
  // Reporting, not biography.
  reportingVerb: -2, // "said", "told", "according to"
  newsmakerMarker: -2, // "was arrested", "34-year-old", "is expected to", "in November": a dated event, not a career
  tweetEmbed: -4, // an embedded tweet: "— Name (@handle) June 5, 2020"
  longParagraph: -1, // more than LONG words
  veryLongParagraph: -3, // more than VERY_LONG words
} as const
const LONG = 90
const VERY_LONG = 160
/** Trailing blocks shorter than this (widgets, copyright lines) do not count as the story's last paragraph. */
const SHORT_BLOCK_WORDS = 12
/** A one-sentence paragraph up to this long reads as a tagline. */
const TAGLINE_WORDS = 25
const CAREER_PHRASES = indexPhrases(S.careerPhrases)
const NEWSMAKER_MARKERS = indexPhrases(S.newsmakerMarkers)
// Which word-level signals a word may give, as bits: one lookup per word instead of one per vocabulary (speed).
const CAREER = 1
const REPORTING = 2
const NEWSMAKER = 4
const PUBLICATION = 8
const WORD_SIGNALS = new Map<string, number>()
const addSignal = (words: Iterable<string>, bit: number) => {
  for (const w of words) WORD_SIGNALS.set(w, (WORD_SIGNALS.get(w) ?? 0) | bit)
}
addSignal(CAREER_PHRASES.keys(), CAREER)
addSignal(S.reportingVerbs, REPORTING)
addSignal(NEWSMAKER_MARKERS.keys(), NEWSMAKER)
addSignal(S.contact.publicationObjects, PUBLICATION)

function contentWords(tokens: Token[]): Set<string> {
  const words = new Set<string>()
  for (const {w} of tokens) if (w.length >= 4 && !S.nonNameStarters.has(w)) words.add(w)
  return words
}

/** True when the paragraph restates the author's stored bio (most of the shorter text's content words shared). */
function resemblesBio(paragraph: Set<string>, bioWords: Set<string>): boolean {
  if (bioWords.size < 3) return false
  let shared = 0
  for (const w of bioWords) if (paragraph.has(w)) shared++
  return shared >= 3 && shared / Math.min(bioWords.size, paragraph.size) >= 0.5
}

export interface BioAssessment {
  score: number
  /** The verdict: bio-like content and a score at or above the threshold. */
  bio: boolean
  /** Why, for the corpus report and for tests: feature name → contribution. */
  features: Record<string, number>
  contact: boolean
  /** The byline author the paragraph is about, when known. */
  author?: AuthorView
  who?: string
}

interface ArticleContext {
  article: ArticleView
  /** The document's byline, then names from byline-shaped paragraphs ("By Jane Doe") seen so far. */
  bylines: AuthorView[]
  /** Index of the last block of reporting: trailing short blocks (widgets, copyright lines) are not counted. */
  lastStoryIndex: number
  /** Surname keys of people (capitalised words) used before the current block. */
  seen: Set<string>
  previousWasBio: boolean
  /** Content words of each stored bio, by its text: read once per article, not once per paragraph. */
  bioWords: Map<string, Set<string>>
}

/** Scores one paragraph; `ctx.seen` must hold the capitalised words of the blocks before it. */
function assessParagraph(block: BlockView, tokens: Token[], spans: readonly Sentence[], ctx: ArticleContext): BioAssessment {
  const {article} = ctx
  const text = block.text
  const features: Record<string, number> = {}
  const add = (name: string, weight: number) => void (features[name] = (features[name] ?? 0) + weight)

  const lower = text.toLowerCase()
  const targets = findContactTargets(text, lower)
  const sentences = readSentences(text, tokens, targets, spans)

  let author: AuthorView | undefined
  let who: string | undefined
  let contact = false
  let bioSentences = 0
  let aboutWriter = false
  sentences.forEach((s, n) => {
    const opening = readOpening(s)
    if (opening?.predicate === 'contact' || isContactSentence(s, ctx.bylines)) contact = true
    if (!opening) return
    let subjectWeight = 0
    const subject = opening.subject
    if (subject.kind === 'author') {
      subjectWeight = WEIGHTS.bylineSubject
      if (ctx.bylines.length === 1) author ??= ctx.bylines[0]
      who ??= 'the author'
    } else if (subject.kind === 'pronoun') {
      subjectWeight = WEIGHTS.pronoun
    } else {
      const surname = subject.keys[subject.keys.length - 1]!
      const byline = matchesByline(subject.keys, ctx.bylines)
      const fullName = subject.keys.length >= 2
      if (byline && (fullName || !ctx.seen.has(surname))) {
        subjectWeight = WEIGHTS.bylineSubject
        author ??= byline
      } else if (ctx.seen.has(surname)) subjectWeight = WEIGHTS.knownPerson
      else subjectWeight = fullName ? WEIGHTS.newFullName : WEIGHTS.bareSurname
      who ??= subject.display
    }
    if (n === 0) {
      aboutWriter = subjectWeight === WEIGHTS.bylineSubject && opening.predicate === 'bio'
      add('subject', subjectWeight)
      if (opening.predicate === 'bio') add('bioPredicate', WEIGHTS.bioPredicate)
    } else if (opening.predicate === 'bio' && subjectWeight > WEIGHTS.knownPerson) bioSentences++
  })
  if (contact) add('contact', WEIGHTS.contact)
  if (bioSentences > 0) add('extraBioSentence', WEIGHTS.extraBioSentence)

  // The word-level signals, in one pass (speed): career phrases anywhere in the paragraph, each counted once;
  // reporting verbs; newsmaker markers; the publication speaking for itself.
  const found = new Set<Phrase>()
  let reporting = false
  let newsmaker = false
  let publicationVoice = false
  for (let i = 0; i < tokens.length; i++) {
    const signals = WORD_SIGNALS.get(tokens[i]!.w)
    if (signals === undefined) continue
    if (signals & CAREER) {
      for (const phrase of CAREER_PHRASES.get(tokens[i]!.w)!) if (matchPhrase(tokens, i, tokens.length, phrase) >= 0) found.add(phrase)
    }
    if (signals & REPORTING) reporting = true
    if (signals & NEWSMAKER && !newsmaker && matchIndexed(tokens, i, tokens.length, NEWSMAKER_MARKERS) >= 0) newsmaker = true
    if (signals & PUBLICATION) publicationVoice = true
  }
  if (found.size) add('careerPhrase', Math.min(found.size, WEIGHTS.careerPhraseCap) * WEIGHTS.careerPhrase)

  if (/^\s*[\u2014\u2013\u2022\u2981\u00B7*-]/.test(text) && features.bioPredicate) add('taglineMarker', WEIGHTS.taglineMarker)
  if (sentences.length === 1 && tokens.length <= TAGLINE_WORDS && features.bioPredicate) add('taglineShape', WEIGHTS.taglineShape)

  const candidates = author ? [author] : article.authors
  let paragraphWords: Set<string> | undefined // only wanted when an author has a bio
  const similar = candidates.find((a) => {
    if (!a.bio.trim()) return false
    let bioWords = ctx.bioWords.get(a.bio)
    if (!bioWords) ctx.bioWords.set(a.bio, (bioWords = contentWords(tokenize(a.bio))))
    return resemblesBio((paragraphWords ??= contentWords(tokens)), bioWords)
  })
  if (similar) {
    add('bioSimilarity', WEIGHTS.bioSimilarity)
    author ??= similar
  }

  if (block.index >= ctx.lastStoryIndex) add('position', WEIGHTS.atEnd)
  else if (ctx.lastStoryIndex - block.index <= 2) add('position', WEIGHTS.nearEnd)
  // Mid-story is where newsmakers get introduced, but a writer describing themself is a bio wherever it sits
  // (multi-author pieces put each bio after that writer's section).
  else if (block.index > 1 && !aboutWriter) add('position', WEIGHTS.midStory)

  if (ctx.previousWasBio) add('continuation', WEIGHTS.continuation)

  if (reporting) add('reportingVerb', WEIGHTS.reportingVerb)
  if (newsmaker) add('newsmakerMarker', WEIGHTS.newsmakerMarker)
  if (isTweetEmbed(text, tokens, targets, lower)) add('tweetEmbed', WEIGHTS.tweetEmbed)
  if (tokens.length > VERY_LONG) add('length', WEIGHTS.veryLongParagraph)
  else if (tokens.length > LONG) add('length', WEIGHTS.longParagraph)

  const score = Object.values(features).reduce((a, b) => a + b, 0)
  // Position and context only raise a paragraph that says something bio-like itself: a widget after a bio is not one,
  // nor the publication speaking for itself ("our Board of Contributors").
  const bioLike = Boolean(
    features.bioPredicate || features.contact || features.bioSimilarity || (features.careerPhrase && features.continuation && !publicationVoice),
  )
  return {score, features, contact, bio: bioLike && score >= THRESHOLD, ...(author ? {author} : {}), ...(who ? {who} : {})}
}

/**
 * Calls `visit` for every text block with its assessment, in order. Shared by the rule and the corpus report; with
 * the rule's context, the sentence split is shared with the other rules of the run.
 */
export function assessArticle(
  article: ArticleView,
  visit: (block: BlockView, result: BioAssessment, flagged: boolean) => void,
  rule?: Pick<RuleContext, 'memo'>,
): void {
  const blockSpans = blockSentences(article, rule)
  const blockTokens = article.blocks.map((block) => tokenize(block.text))
  let lastStoryIndex = -1
  article.blocks.forEach((block, i) => {
    if (blockTokens[i]!.length >= SHORT_BLOCK_WORDS) lastStoryIndex = block.index
  })
  if (lastStoryIndex < 0) lastStoryIndex = article.bodyLength - 1
  const seen = new Set<string>()
  const remember = (tokens: Token[]) => {
    for (const t of tokens) if (t.cap) seen.add(nameKey(t.w))
  }
  remember(tokenize(article.title))
  remember(tokenize(article.dek))
  const ctx: ArticleContext = {article, bylines: [...article.authors], lastStoryIndex, seen, previousWasBio: false, bioWords: new Map()}
  let previousIndex = -2
  article.blocks.forEach((block, i) => {
    ctx.previousWasBio &&= previousIndex === block.index - 1
    const result = assessParagraph(block, blockTokens[i]!, blockSpans[i]!, ctx)
    visit(block, result, result.bio)
    ctx.previousWasBio = result.bio
    previousIndex = block.index
    // A byline paragraph names the writers; it is not the story mentioning them.
    const bylineNames = readBylineBlock(block.text)
    for (const name of bylineNames) ctx.bylines.push({name, bio: ''})
    if (bylineNames.length === 0) remember(blockTokens[i]!)
  })
}

export default defineRule({
  meta: {
    id: 'author-bio',
    category: 'author-bio',
    defaultSeverity: 'error',
    description: 'A biography or contact line of the writer pasted into the body from the source page',
    messages: {
      bio: 'Reads like a biography of {{who}}, not reporting: it belongs in the author profile, not the article.',
      contact: "Reads like the writer's contact details copied from the source page, not reporting.",
    },
  },
  check(article, ctx) {
    let lastAuthor: AuthorView | undefined
    assessArticle(article, (block, result, flagged) => {
      if (!flagged) {
        lastAuthor = undefined
        return
      }
      // A bio that runs over several paragraphs ("He lives in …") keeps the author the first one named.
      const author = result.author ?? (result.who === undefined ? lastAuthor : undefined)
      lastAuthor = author
      const suggestions: Fix[] = []
      if (author?.id && author.bio.trim() === '') suggestions.push(moveToAuthorBio(block, author.id))
      const contactOnly = result.contact && !result.features.bioPredicate
      ctx.report({
        messageId: contactOnly ? 'contact' : 'bio',
        data: {who: result.who ?? author?.name ?? 'the writer'},
        block,
        fix: removeBlock(block),
        suggestions,
      })
    }, ctx)
  },
})
