// Reads the shape of one sentence: "<subject> [, appositive,] <bio predicate>", or a contact line.
import {splitSentences, type AuthorView, type Sentence} from '../../engine/index.ts'
import {authorBioSignals as S} from '../data/author-bio-signals.ts'
import {authorKeys, matchesByline} from './byline.ts'
import type {ContactTarget} from './contact-targets.ts'
import {indexPhrases, matchIndexed, NAME_SUFFIXES, nameKey, type Token} from './tokens.ts'

/** How far the parser looks: a name's appositive, a predicate's occupation noun. Bounded, so parsing is linear. */
const APPOSITIVE_WORDS = 40
const PREDICATE_WORDS = 12
const NAME_WORDS = 5
/** A relative clause ends the predicate's head noun phrase: "a reporter who writes …". */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'where', 'whose', 'whom'])
const AUTHOR_REFERENCES = indexPhrases(S.authorReferences)
const COPULAS = indexPhrases(S.copulas)
const BIO_VERBS = indexPhrases(S.bioVerbs)
const CAREER_VERBS = indexPhrases(S.careerVerbs)
const PASSIVE_PHRASES = indexPhrases(S.contact.passivePhrases)
const CONTACT_LABELS = indexPhrases(S.contact.labels)
const IMPERATIVE_VERBS = indexPhrases(S.contact.imperativeVerbs)
const PERSON_OBJECTS = indexPhrases(S.contact.personObjects)

export type Subject = {kind: 'name'; keys: string[]; display: string} | {kind: 'author'} | {kind: 'pronoun'}
export type PredicateKind = 'bio' | 'contact'

export interface Opening {
  subject: Subject
  predicate: PredicateKind
}

/** One sentence as a window on its paragraph: `tokens[from..to)` are its words; offsets are the paragraph's. */
export interface SentenceView {
  /** The whole paragraph. */
  text: string
  /** Offset of the sentence in the paragraph. */
  start: number
  /** The paragraph's tokens. */
  tokens: Token[]
  from: number
  to: number
  /** Token indices (paragraph-wide) that are handles, e-mails, profile URLs or phone numbers. */
  targetTokens: ReadonlySet<number>
  /** The sentence holds a handle, address, URL or phone number. */
  hasTarget: boolean
  /** Handles, addresses and URLs in this sentence, lower case. */
  handles: string[]
}

/**
 * Splits a paragraph into sentences, each with its slice of the paragraph's tokens and contact targets. Linear.
 * `spans` is splitSentences(text), when the caller has it already.
 */
export function readSentences(text: string, tokens: Token[], targets: ContactTarget[], spans: readonly Sentence[] = splitSentences(text)): SentenceView[] {
  const targetTokens = new Set<number>()
  // Targets may nest (a handle inside a profile URL): `marked` keeps each token visited once.
  for (let i = 0, t = 0, marked = 0; i < targets.length; i++) {
    while (t < tokens.length && tokens[t]!.end <= targets[i]!.start) t++
    let k = Math.max(t, marked)
    for (; k < tokens.length && tokens[k]!.start < targets[i]!.end; k++) targetTokens.add(k)
    marked = Math.max(marked, k)
  }

  const sentences: SentenceView[] = []
  let cursor = 0
  let nextTarget = 0
  for (const sentence of spans) {
    while (cursor < tokens.length && tokens[cursor]!.start < sentence.start) cursor++
    const from = cursor
    while (cursor < tokens.length && tokens[cursor]!.start < sentence.end) cursor++
    while (nextTarget < targets.length && targets[nextTarget]!.start < sentence.start) nextTarget++
    const handles: string[] = []
    let hasTarget = false
    for (let k = nextTarget; k < targets.length && targets[k]!.start < sentence.end; k++) {
      hasTarget = true
      if (targets[k]!.kind !== 'phone') handles.push(text.slice(targets[k]!.start, targets[k]!.end).toLowerCase())
    }
    sentences.push({text, start: sentence.start, tokens, from, to: cursor, targetTokens, hasTarget, handles})
  }
  return sentences
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
  const passive = matchIndexed(s.tokens, p, s.to, PASSIVE_PHRASES)
  if (passive >= 0 && s.hasTarget) return 'contact'
  const bio = matchIndexed(s.tokens, p, s.to, BIO_VERBS)
  if (bio >= 0 && s.tokens[bio]?.w !== 'that') return 'bio'
  const career = matchIndexed(s.tokens, p, s.to, CAREER_VERBS)
  if (career >= 0 && (hasOccupation(s, career, 12) || hasOrganisation(s, career, 12))) return 'bio'
  let q = matchIndexed(s.tokens, p, s.to, COPULAS)
  if (q < 0) return undefined
  if (s.targetTokens.has(q)) return 'contact' // "William Park is @williamhpark on Twitter"
  while (q < s.to && S.predicateAdverbs.has(s.tokens[q]!.w)) q++
  const head = s.tokens[q]
  // "was appointed", "is running": a verb phrase, unless an occupation follows at once ("is managing editor").
  if (head && !head.cap && /(?:ed|ing)$/.test(head.w) && !hasOccupation(s, q, 3)) return undefined
  return hasOccupation(s, q, PREDICATE_WORDS) ? 'bio' : undefined
}

/** True when tokens from `j` are name particles followed by a capitalised word: "de la Cruz", "van Buren". */
function isParticleRun(s: SentenceView, j: number): boolean {
  for (let k = j; k < Math.min(s.to, j + 3); k++) {
    if (s.tokens[k]!.cap) return k > j
    if (!S.nameParticles.has(s.tokens[k]!.w)) return false
  }
  return false
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
export function readOpening(s: SentenceView): Opening | undefined {
  if (s.from >= s.to) return undefined
  const lead = s.text.slice(s.start, s.tokens[s.from]!.start)
  if (QUOTES.test(lead)) return undefined // a quotation, not the paper's own voice
  let i = s.from
  let subject: Subject | undefined
  let authorLabel = false
  const authorRef = matchIndexed(s.tokens, i, s.to, AUTHOR_REFERENCES)
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
      const particle = j > first && isParticleRun(s, j) // "Juan de la Cruz"
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

/** True when a handle, address or URL in the sentence spells a byline author's name ("jroe@…", "@JaneRoe"). */
function addressesByline(s: SentenceView, bylines: readonly AuthorView[]): boolean {
  const keys = bylines.flatMap((a) => authorKeys(a)).filter((key) => key.length >= 3)
  return s.handles.some((h) => keys.some((key) => h.includes(key)))
}

/** A sentence that gives contact details: "Follow him on Twitter @x", "Email: x@y.com", "Reach Jane Doe at …". */
export function isContactSentence(s: SentenceView, bylines: readonly AuthorView[]): boolean {
  if (!s.hasTarget || s.from >= s.to) return false
  let i = s.from
  while (i < s.to && i - s.from < 2 && ['you', 'can', 'may', 'please', 'also', 'and'].includes(s.tokens[i]!.w)) i++
  const label = matchIndexed(s.tokens, i, s.to, CONTACT_LABELS)
  if (label >= 0 && label < s.to && /^\s*:/.test(gapBefore(s, label)) && s.targetTokens.has(label)) return addressesByline(s, bylines)
  const verb = matchIndexed(s.tokens, i, s.to, IMPERATIVE_VERBS)
  if (verb < 0 || verb >= s.to) return false
  let k = verb
  if (s.tokens[k]!.w === 'to' || s.tokens[k]!.w === 'with') k++ // "write to", "connect with"
  if (k >= s.to) return false
  const object = s.tokens[k]!
  if (S.contact.publicationObjects.has(object.w)) return false // "Follow us on Twitter": a site prompt, another rule's
  if (matchIndexed(s.tokens, k, s.to, PERSON_OBJECTS) >= 0) return true
  // "Email jroe@example.com", "Email: jroe@…": no person named, so the address must spell a byline author's name
  // ("Email letters@example.com" is the publication's).
  if (object.w === 'on' || object.w === 'at' || s.targetTokens.has(k)) return addressesByline(s, bylines)
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
