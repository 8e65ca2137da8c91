// author-bio: a paragraph that describes the writer ("Jane Doe is a senior reporter covering …", "Follow her on
// Twitter @jdoe") pasted into the body from the source page.
//
// Each paragraph gets a feature score (weights in WEIGHTS, explained there). A bio is a short paragraph near the end
// whose first sentence has the shape "<person> is/was <occupation> …" or "<person> writes about …", whose person is
// the byline author or someone the story has not mentioned before, and which reads as a career summary rather than
// reporting (no "said", no ages or arrests). Contact lines ("Reach her at …", "X can be reached at …") score on
// their own. Vocabularies live in data/author-bio-signals.json. Every scan is linear in the paragraph's length.
import {defineRule, foldAccents, moveToAuthorBio, removeBlock, splitSentences, words} from '../engine/index.ts'
import type {ArticleView, AuthorView, BlockView, Fix} from '../engine/index.ts'
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
  newsmakerMarker: -1, // "was arrested", "34-year-old", "is expected to"
  tweetEmbed: -4, // an embedded tweet: "— Name (@handle) June 5, 2020"
  longParagraph: -1, // more than LONG words
  veryLongParagraph: -3, // more than VERY_LONG words
} as const
const LONG = 90
const VERY_LONG = 160
/** Trailing blocks shorter than this (widgets, copyright lines) do not count as the story's last paragraph. */
const SHORT_BLOCK_WORDS = 12
/** How far the parser looks: a name's appositive, a predicate's occupation noun. Bounded, so parsing is linear. */
const APPOSITIVE_WORDS = 40
const PREDICATE_WORDS = 12
const TAGLINE_WORDS = 25
/** A relative clause ends the predicate's head noun phrase: "a reporter who writes …". */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'where', 'whose', 'whom'])
const NAME_WORDS = 5

interface Token {
  /** Lower case, curly apostrophe straightened; hyphenated words are split ("editor-at-large" → 3 tokens). */
  w: string
  start: number
  end: number
  cap: boolean
}

function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const t of words(text)) {
    let start = t.start
    for (const part of t.word.split('-')) {
      if (part) out.push({w: part.toLowerCase().replace(/\u2019/g, "'"), start, end: start + part.length, cap: /^\p{Lu}/u.test(part)})
      start += part.length + 1
    }
  }
  return out
}

/** End index (exclusive) of `phrase` matched at `tokens[i]`, or -1. A gap (`...`) takes up to four words. */
function matchPhrase(tokens: Token[], i: number, end: number, phrase: Phrase, p = 0): number {
  if (p === phrase.length) return i
  const slot = phrase[p]
  if (slot === null || slot === undefined) {
    for (let gap = 0; gap <= 4 && i + gap <= end; gap++) {
      const m = matchPhrase(tokens, i + gap, end, phrase, p + 1)
      if (m >= 0) return m
    }
    return -1
  }
  if (i >= end || !slot.includes(tokens[i]!.w)) return -1
  return matchPhrase(tokens, i + 1, end, phrase, p + 1)
}

/** Phrases grouped by their first word, so scanning a paragraph for a list costs one lookup per token. */
function indexPhrases(phrases: Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>()
  for (const phrase of phrases) for (const w of phrase[0] ?? []) index.set(w, [...(index.get(w) ?? []), phrase])
  return index
}
const CAREER_PHRASES = indexPhrases(S.careerPhrases)
const NEWSMAKER_MARKERS = indexPhrases(S.newsmakerMarkers)

function matchAny(tokens: Token[], i: number, end: number, phrases: Phrase[]): number {
  let best = -1
  for (const phrase of phrases) best = Math.max(best, matchPhrase(tokens, i, end, phrase))
  return best
}

/** Name comparison key: accents, case and apostrophes folded ("O’Sullivan" ≈ "OSullivan"). */
const nameKey = (word: string) => foldAccents(word).replace(/['\u2019.]/g, '')
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

type ContactTarget = {start: number; end: number; kind: 'email' | 'handle' | 'url' | 'phone'}
/** North American phone numbers ("(414) 207-3145", "313-222-6584", "546-6421"): fixed-width, so linear. */
const PHONE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)|\b\d{3})[ .-]\d{3}[ .-]\d{4}\b|\b\d{3}-\d{4}\b/g

/** Handles, e-mail addresses, profile URLs and phone numbers, as `[start, end)` spans. Linear: each `@` is visited once. */
function findContactTargets(text: string): ContactTarget[] {
  const out: ContactTarget[] = []
  const isLocal = (c: string) => /[A-Za-z0-9._%+-]/.test(c)
  const isDomain = (c: string) => /[A-Za-z0-9.-]/.test(c)
  let previousAt = -1
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let l = at
    while (l > previousAt + 1 && isLocal(text[l - 1]!)) l--
    let r = at + 1
    while (r < text.length && isDomain(text[r]!)) r++
    while (r > at + 1 && text[r - 1] === '.') r-- // sentence-final full stop
    const domain = text.slice(at + 1, r)
    if (l < at && /\.[A-Za-z]{2,}$/.test(domain)) out.push({start: l, end: r, kind: 'email'})
    else if (l === at) {
      let h = at + 1
      while (h < text.length && h - at <= 30 && /\w/.test(text[h]!)) h++
      if (h > at + 1) out.push({start: at, end: h, kind: 'handle'})
    }
    previousAt = at
  }
  const lower = text.toLowerCase()
  for (const literal of S.contact.obfuscatedEmails) {
    for (let i = lower.indexOf(literal); i >= 0; i = lower.indexOf(literal, i + literal.length)) out.push({start: i, end: i + literal.length, kind: 'email'})
  }
  for (const domain of S.contact.profileDomains) {
    for (let i = lower.indexOf(domain); i >= 0; i = lower.indexOf(domain, i + domain.length)) {
      let r = i + domain.length
      while (r < text.length && /[\w./@-]/.test(text[r]!)) r++
      out.push({start: i, end: r, kind: 'url'})
    }
  }
  for (const m of text.matchAll(PHONE)) out.push({start: m.index, end: m.index + m[0].length, kind: 'phone'})
  return out.sort((a, b) => a.start - b.start)
}

/** An embedded tweet: a t.co/pic.twitter.com link, or the "(@handle) June 5, 2020" signature. */
function isTweetEmbed(text: string, tokens: Token[], targets: ContactTarget[]): boolean {
  const lower = text.toLowerCase()
  if (S.tweetEmbed.markers.some((m) => lower.includes(m))) return true
  let t = 0
  for (const target of targets) {
    if (target.kind !== 'handle' || text[target.start - 1] !== '(' || text[target.end] !== ')') continue
    while (t < tokens.length && tokens[t]!.start <= target.end) t++
    if (t < tokens.length && S.tweetEmbed.months.has(tokens[t]!.w)) return true
  }
  return false
}

type Subject = {kind: 'name'; keys: string[]; display: string} | {kind: 'author'} | {kind: 'pronoun'}
type PredicateKind = 'bio' | 'contact'

interface Opening {
  subject: Subject
  predicate: PredicateKind
}

interface SentenceView {
  text: string
  /** Offset of the sentence in the paragraph. */
  start: number
  /** The paragraph's full text and this sentence's tokens (indices into the paragraph's token list). */
  tokens: Token[]
  from: number
  to: number
  /** Token indices that are handles, e-mails or profile URLs. */
  targetTokens: ReadonlySet<number>
  hasTarget: boolean
  /** Handles in this sentence, lower case, without the `@`. */
  handles: string[]
}

const gapBefore = (s: SentenceView, i: number) => s.text.slice(s.tokens[i - 1]?.end ?? 0, s.tokens[i]!.start)
const QUOTES = /["\u201C\u201D\u2018\u201E'`]/

function hasOccupation(s: SentenceView, from: number, limit: number): boolean {
  const end = Math.min(s.to, from + limit)
  for (let i = from; i < end && !CLAUSE_WORDS.has(s.tokens[i]!.w); i++) if (S.occupations.has(s.tokens[i]!.w)) return true
  return false
}

function hasOrganisation(s: SentenceView, from: number, limit: number): boolean {
  const end = Math.min(s.to, from + limit)
  for (let i = from; i < end; i++) if (s.tokens[i]!.cap && S.organisationWords.has(s.tokens[i]!.w)) return true
  return false
}

/** What follows the subject at token `p`: a bio predicate, a contact predicate, or nothing of interest. */
function readPredicate(s: SentenceView, p: number): PredicateKind | undefined {
  while (p < s.to && S.predicateAdverbs.has(s.tokens[p]!.w)) p++
  if (p >= s.to) return undefined
  const passive = matchAny(s.tokens, p, s.to, S.contact.passivePhrases)
  if (passive >= 0 && s.hasTarget) return 'contact'
  const bio = matchAny(s.tokens, p, s.to, S.bioVerbs)
  if (bio >= 0 && s.tokens[bio]?.w !== 'that') return 'bio'
  const career = matchAny(s.tokens, p, s.to, S.careerVerbs)
  if (career >= 0 && (hasOccupation(s, career, 12) || hasOrganisation(s, career, 12))) return 'bio'
  let q = matchAny(s.tokens, p, s.to, S.copulas)
  if (q < 0) return undefined
  if (s.targetTokens.has(q)) return 'contact' // "William Park is @williamhpark on Twitter"
  while (q < s.to && S.predicateAdverbs.has(s.tokens[q]!.w)) q++
  const head = s.tokens[q]
  // "was appointed", "is running": a verb phrase, unless an occupation follows at once ("is managing editor").
  if (head && !head.cap && /(?:ed|ing)$/.test(head.w) && !hasOccupation(s, q, 3)) return undefined
  return hasOccupation(s, q, PREDICATE_WORDS) ? 'bio' : undefined
}

/** Skips a job title set before a name ("NRO contributor Victor Davis Hanson", "CNN analyst Jane Doe"). */
function skipDescriptor(s: SentenceView, i: number): number {
  for (let k = i; k < Math.min(s.to - 1, i + 5); k++) {
    if (k > i && !/^\s+$/.test(gapBefore(s, k))) return i
    if (S.occupations.has(s.tokens[k]!.w) && s.tokens[k + 1]!.cap && /^\s+$/.test(gapBefore(s, k + 1))) return k + 1
  }
  return i
}

/** Parses "<subject> [, appositive,] <predicate>" at the start of a sentence. */
function readOpening(s: SentenceView): Opening | undefined {
  if (s.from >= s.to) return undefined
  const lead = s.text.slice(s.start, s.tokens[s.from]!.start)
  if (QUOTES.test(lead)) return undefined // a quotation, not the paper's own voice
  let i = s.from
  let subject: Subject | undefined
  let authorLabel = false
  const authorRef = matchAny(s.tokens, i, s.to, S.authorReferences)
  if (authorRef >= 0 && authorRef < s.to && /^\s*:\s*$/.test(gapBefore(s, authorRef))) {
    authorLabel = true // "About the author: Jane Doe is …": the name follows the label
    i = authorRef
  } else if (authorRef >= 0) {
    subject = {kind: 'author'}
    i = authorRef
  }
  if (subject) {
    // "The author is …"
  } else if (S.pronounSubjects.has(s.tokens[i]!.w)) {
    subject = {kind: 'pronoun'}
    i++
  } else {
    i = skipDescriptor(s, i)
    let j = i
    while (j < s.to && j - i < 2 && s.tokens[j]!.cap && S.honorifics.has(s.tokens[j]!.w)) j++
    const first = j
    while (j < s.to && j - first < NAME_WORDS) {
      const t = s.tokens[j]!
      const particle = j > first && S.nameParticles.has(t.w) && s.tokens[j + 1]?.cap === true // "Juan de la Cruz"
      if ((!t.cap && !particle) || /\d/.test(t.w)) break
      if (j > first && !/^(?:\s+|\.\s*|-)$/.test(gapBefore(s, j))) break // "Andrew C. McCarthy", "Hill-Gabriel"
      j++
    }
    const name = s.tokens.slice(first, j)
    if (name.length === 0 || S.nonNameStarters.has(name[0]!.w)) return undefined
    if (name.some((t) => S.organisationWords.has(t.w))) return undefined // "Excel Industries is …"
    const raw = name.map((t) => s.text.slice(t.start, t.end))
    if (raw.every((r) => r.length > 1 && r === r.toUpperCase())) return undefined // "FBI", "AMY GOODMAN"
    const keys = name.map((t) => nameKey(t.w)).filter((k) => !NAME_SUFFIXES.has(k))
    if (keys.length === 0) return undefined
    subject = authorLabel ? {kind: 'author'} : {kind: 'name', keys, display: raw.join(' ')}
    i = j
  }
  if (i >= s.to) return undefined
  const gap = gapBefore(s, i)
  let predicate: PredicateKind | undefined
  if (/^\s+$/.test(gap)) predicate = readPredicate(s, i)
  else if (/^\s*(?:,|\(@?)\s*$/.test(gap)) {
    // "Jane Doe, a former diplomat, is a senior fellow …": find where the appositive closes.
    for (let k = i + 1; k < Math.min(s.to, i + APPOSITIVE_WORDS); k++) {
      if (!/[,)]/.test(gapBefore(s, k))) continue
      predicate = readPredicate(s, k)
      if (predicate) break
    }
  }
  return predicate ? {subject, predicate} : undefined
}

/** A sentence that gives contact details: "Follow him on Twitter @x", "Email: x@y.com", "Reach Jane Doe at …". */
function isContactSentence(s: SentenceView, bylines: readonly AuthorView[]): boolean {
  if (!s.hasTarget || s.from >= s.to) return false
  let i = s.from
  while (i < s.to && i - s.from < 2 && ['you', 'can', 'may', 'please', 'also', 'and'].includes(s.tokens[i]!.w)) i++
  const label = matchAny(s.tokens, i, s.to, S.contact.labels)
  if (label >= 0 && label < s.to && /^\s*:/.test(gapBefore(s, label)) && s.targetTokens.has(label)) return true
  const verb = matchAny(s.tokens, i, s.to, S.contact.imperativeVerbs)
  if (verb < 0 || verb >= s.to) return false
  let k = verb
  if (s.tokens[k]!.w === 'to' || s.tokens[k]!.w === 'with') k++ // "write to", "connect with"
  if (k >= s.to) return false
  const object = s.tokens[k]!
  if (S.contact.publicationObjects.has(object.w)) return false // "Follow us on Twitter": a site prompt, another rule's
  if (matchAny(s.tokens, k, s.to, S.contact.personObjects) >= 0) return true
  if (object.w === 'on' || object.w === 'at' || s.targetTokens.has(k)) return true // "Follow on Twitter @x"
  if (!object.cap) return false
  // "Follow USA TODAY writer Jane Doe @jdoe": an object naming a person, not the publication.
  const names: string[] = []
  let occupation = false
  for (let j = k; j < s.to && j - k < 8 && !s.targetTokens.has(j) && !['on', 'at', 'via', 'and'].includes(s.tokens[j]!.w); j++) {
    if (S.occupations.has(s.tokens[j]!.w)) occupation = true
    if (s.tokens[j]!.cap && !S.organisationWords.has(s.tokens[j]!.w)) names.push(nameKey(s.tokens[j]!.w))
  }
  if (occupation || names.length >= 2) return true
  // A lone name counts when it is the byline's, or the handle spells it ("Follow Nightengale … @Bnightengale").
  return names.length === 1 && (matchesByline(names, bylines) !== undefined || (names[0]!.length >= 4 && s.handles.some((h) => h.includes(names[0]!))))
}

function authorKeys(author: AuthorView): string[] {
  return tokenize(author.name)
    .map((t) => nameKey(t.w))
    .filter((k) => !NAME_SUFFIXES.has(k))
}

/** The byline author a name refers to: full names must agree on first and last name, a bare surname on the surname. */
function matchesByline(keys: string[], bylines: readonly AuthorView[]): AuthorView | undefined {
  const last = keys[keys.length - 1]!
  for (const author of bylines) {
    const a = authorKeys(author)
    if (a.length === 0 || a[a.length - 1] !== last) continue
    if (keys.length === 1 || a.includes(keys[0]!)) return author
  }
  return undefined
}

const contentWords = (text: string) => new Set(tokenize(text).map((t) => t.w).filter((w) => w.length >= 4 && !S.nonNameStarters.has(w)))

/** True when the paragraph restates the author's stored bio (most of the shorter text's content words shared). */
function resemblesBio(paragraph: Set<string>, bio: string): boolean {
  const bioWords = contentWords(bio)
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
}

/** Scores one paragraph; `ctx.seen` must hold the capitalised words of the blocks before it. */
function assessParagraph(block: BlockView, ctx: ArticleContext): BioAssessment {
  const {article} = ctx
  const text = block.text
  const tokens = tokenize(text)
  const features: Record<string, number> = {}
  const add = (name: string, weight: number) => void (features[name] = (features[name] ?? 0) + weight)

  const targets = findContactTargets(text)
  const targetTokens = new Set<number>()
  let t = 0
  for (const target of targets) {
    while (t < tokens.length && tokens[t]!.end <= target.start) t++
    for (let k = t; k < tokens.length && tokens[k]!.start < target.end; k++) targetTokens.add(k)
  }

  // Sentences, each with its slice of the paragraph's tokens.
  const sentences: SentenceView[] = []
  let cursor = 0
  let nextTarget = 0
  for (const sentence of splitSentences(text)) {
    while (cursor < tokens.length && tokens[cursor]!.start < sentence.start) cursor++
    const from = cursor
    while (cursor < tokens.length && tokens[cursor]!.start < sentence.end) cursor++
    while (nextTarget < targets.length && targets[nextTarget]!.start < sentence.start) nextTarget++
    const handles: string[] = []
    let hasTarget = false
    for (let k = nextTarget; k < targets.length && targets[k]!.start < sentence.end; k++) {
      hasTarget = true
      if (targets[k]!.kind === 'handle') handles.push(text.slice(targets[k]!.start + 1, targets[k]!.end).toLowerCase())
    }
    sentences.push({text, start: sentence.start, tokens, from, to: cursor, targetTokens, hasTarget, handles})
  }

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

  // Career phrases anywhere in the paragraph, each counted once.
  const found = new Set<Phrase>()
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of CAREER_PHRASES.get(tokens[i]!.w) ?? []) if (matchPhrase(tokens, i, tokens.length, phrase) >= 0) found.add(phrase)
  }
  if (found.size) add('careerPhrase', Math.min(found.size, WEIGHTS.careerPhraseCap) * WEIGHTS.careerPhrase)

  if (/^\s*[\u2014\u2013\u2022\u2981\u00B7*-]/.test(text) && features.bioPredicate) add('taglineMarker', WEIGHTS.taglineMarker)
  if (sentences.length === 1 && tokens.length <= TAGLINE_WORDS && features.bioPredicate) add('taglineShape', WEIGHTS.taglineShape)

  const paragraphWords = contentWords(text)
  const candidates = author ? [author] : article.authors
  const similar = candidates.find((a) => a.bio.trim() && resemblesBio(paragraphWords, a.bio))
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

  let reporting = false
  let newsmaker = false
  for (let i = 0; i < tokens.length && !(reporting && newsmaker); i++) {
    if (S.reportingVerbs.has(tokens[i]!.w)) reporting = true
    if (!newsmaker && matchAny(tokens, i, tokens.length, NEWSMAKER_MARKERS.get(tokens[i]!.w) ?? []) >= 0) newsmaker = true
  }
  if (reporting) add('reportingVerb', WEIGHTS.reportingVerb)
  if (newsmaker) add('newsmakerMarker', WEIGHTS.newsmakerMarker)
  if (isTweetEmbed(text, tokens, targets)) add('tweetEmbed', WEIGHTS.tweetEmbed)
  if (tokens.length > VERY_LONG) add('length', WEIGHTS.veryLongParagraph)
  else if (tokens.length > LONG) add('length', WEIGHTS.longParagraph)

  const score = Object.values(features).reduce((a, b) => a + b, 0)
  // Position and context only raise a paragraph that says something bio-like itself: a widget after a bio is not one,
  // nor the publication speaking for itself ("our Board of Contributors").
  const publicationVoice = tokens.some((x) => S.contact.publicationObjects.has(x.w))
  const bioLike = Boolean(
    features.bioPredicate || features.contact || features.bioSimilarity || (features.careerPhrase && features.continuation && !publicationVoice),
  )
  return {score, features, contact, bio: bioLike && score >= THRESHOLD, ...(author ? {author} : {}), ...(who ? {who} : {})}
}

/**
 * Names in a byline-shaped paragraph: "By Jane Doe", "By Jane Doe and John Roe, USA TODAY", a bare "Jane Doe" as
 * scrapers leave it, or a multi-author piece's section head "Jane Doe: Why the race is not over". Later paragraphs
 * about these people are about the writers.
 */
export function readBylineBlock(text: string): string[] {
  if (text.length > 120) return []
  let rest = text.trim()
  const by = /^by\s+/i.exec(rest)
  const colon = rest.indexOf(':')
  if (by) rest = rest.slice(by[0].length).split(/[,|\u2014\u2013]/)[0]!
  else if (colon > 0 && colon <= 40) rest = rest.slice(0, colon)
  const names: string[] = []
  for (const part of rest.split(/\s*(?:,|&|\band\b)\s*/)) {
    const tokens = tokenize(part)
    const shaped =
      tokens.length >= 2 &&
      tokens.length <= 4 &&
      tokens.every((t) => t.cap && !/\d/.test(t.w) && !S.organisationWords.has(t.w)) &&
      !S.nonNameStarters.has(tokens[0]!.w) &&
      !tokens.every((t) => part.slice(t.start, t.end) === part.slice(t.start, t.end).toUpperCase()) &&
      part.replace(/[\p{L}\p{N}\s.'\u2019-]/gu, '') === ''
    if (!shaped) return []
    names.push(part.trim())
  }
  return names
}

/** Calls `visit` for every text block with its assessment, in order. Shared by the rule and the corpus report. */
export function assessArticle(article: ArticleView, visit: (block: BlockView, result: BioAssessment, flagged: boolean) => void): void {
  let lastStoryIndex = -1
  for (const block of article.blocks) if (words(block.text).length >= SHORT_BLOCK_WORDS) lastStoryIndex = block.index
  if (lastStoryIndex < 0) lastStoryIndex = article.bodyLength - 1
  const seen = new Set<string>()
  const remember = (text: string) => {
    for (const t of tokenize(text)) if (t.cap) seen.add(nameKey(t.w))
  }
  remember(article.title)
  remember(article.dek)
  const ctx: ArticleContext = {article, bylines: [...article.authors], lastStoryIndex, seen, previousWasBio: false}
  let previousIndex = -2
  for (const block of article.blocks) {
    ctx.previousWasBio &&= previousIndex === block.index - 1
    const result = assessParagraph(block, ctx)
    const flagged = result.bio
    visit(block, result, flagged)
    ctx.previousWasBio = flagged
    previousIndex = block.index
    for (const name of readBylineBlock(block.text)) ctx.bylines.push({name, bio: ''})
    remember(block.text)
  }
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
      // A bio that runs over several paragraphs keeps the author the first one named.
      const author = result.author ?? lastAuthor
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
    })
  },
})
