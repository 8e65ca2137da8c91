// Does a sentence talk about the past? Stale titles in historical narrative ("In 2015, Secretary of State John Kerry
// …", "President Barack Obama and Secretary of State John Kerry negotiated …") are not errors.
import type {PersonTerm} from '../../kb/types.ts'
import type {EntityAnalysis, PersonRef} from './analysis.ts'
import type {TextUnit} from './text-units.ts'

/** Words that put a sentence in the past or name a period. */
const PAST_MARKERS = new Set([
  'then', 'previously', 'formerly', 'ago', 'era', 'tenure', 'historically', 'memoir', 'memoirs',
  'predecessor', 'predecessors', 'successor', 'legacy',
])
/** Words just before the title that speak of the holder's departure or appointment: "fired FBI Director James Comey". */
const NEAR_PAST_MARKERS = new Set([
  'fired', 'firing', 'fire', 'ousted', 'ouster', 'removal', 'resignation', 'resigned', 'dismissal', 'dismissed', 'sacked',
  'sacking', 'departure', 'replaced', 'succeeded', 'appointed', 'nominated', 'served', 'serving', 'advised', 'appointee',
  'later', 'aide', 'adviser', 'advisor',
])
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
/** Tokens before the title and after the name searched for NEAR_PAST_MARKERS. */
const NEAR_BEFORE = 6
const NEAR_AFTER = 4
/** Words that tie a sentence to the days around publication. */
const NOW_MARKERS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now', 'currently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
/** How long after leaving office (four years: a term) a stale title is still a likely slip rather than history. */
const RECENT_DAYS = 1461

const YEAR = /^(19|20)\d\d$/

/** How far either side of a token "its sentence" reaches: bounded so that a paragraph with no full stops stays linear. */
const SENTENCE_REACH = 60

export function sentenceTokens(unit: TextUnit, tokenIndex: number): number[] {
  const s = unit.sentenceOf[tokenIndex]
  const out: number[] = []
  const from = Math.max(unit.sentenceStartToken[s!] ?? 0, tokenIndex - SENTENCE_REACH)
  for (let i = from; i < unit.tokens.length && i <= tokenIndex + SENTENCE_REACH && unit.sentenceOf[i] === s; i++) out.push(i)
  return out
}

const yearsOfUnit = new WeakMap<TextUnit, number[]>()
const personsOfSentence = new WeakMap<EntityAnalysis, Map<TextUnit, Map<number, PersonRef[]>>>()

function yearsIn(unit: TextUnit): number[] {
  let years = yearsOfUnit.get(unit)
  if (!years) {
    years = unit.tokens.filter((t) => YEAR.test(t.norm)).map((t) => Number(t.norm))
    yearsOfUnit.set(unit, years)
  }
  return years
}

function personsIn(a: EntityAnalysis, unit: TextUnit, sentence: number): PersonRef[] {
  let byUnit = personsOfSentence.get(a)
  if (!byUnit) {
    byUnit = new Map()
    for (const ref of a.persons) {
      const u = byUnit.get(ref.run.unit) ?? new Map<number, PersonRef[]>()
      const s = ref.run.unit.sentenceOf[ref.run.from]!
      const list = u.get(s) ?? []
      list.push(ref)
      u.set(s, list)
      byUnit.set(ref.run.unit, u)
    }
    personsOfSentence.set(a, byUnit)
  }
  return byUnit.get(unit)?.get(sentence) ?? []
}

/**
 * True when the sentence holding token `at` is about the time of `term` (or earlier), so the title was right then:
 * a year inside or before the term, a past marker, or another person whose overlapping term has also ended.
 */
export function isHistorical(a: EntityAnalysis, unit: TextUnit, at: number, term: PersonTerm, personId: string, nameEnd?: number): boolean {
  const endYear = Number((term.end ?? a.day).slice(0, 4))
  const startYear = Number(term.start.slice(0, 4))
  const sentence = sentenceTokens(unit, at)
  for (const i of sentence) {
    const t = unit.tokens[i]!
    if (YEAR.test(t.norm) && Number(t.norm) >= startYear && Number(t.norm) <= endYear) return true
    if (PAST_MARKERS.has(t.norm)) return true
    // "the waning days of his administration", "during her term": the holder's own tenure is being told.
    if ((t.norm === 'his' || t.norm === 'her') && ['administration', 'presidency', 'term', 'premiership'].includes(unit.tokens[i + 1]?.norm ?? '')) return true
    if (i < at && i >= at - NEAR_BEFORE && NEAR_PAST_MARKERS.has(t.norm)) return true
    // "a former aide to House Speaker John Boehner", "a former Cabinet secretary to President Barack Obama".
    if (t.norm === 'former' && i < at && i >= at - NEAR_BEFORE && ['to', 'for', 'under'].includes(unit.tokens[at - 1]?.norm ?? '')) return true
    // "in March": the most recent such month up to the article's date, inside the term.
    const month = MONTHS.indexOf(t.norm)
    if (month >= 0 && t.cap && !(t.norm === 'may' && !/^\s$/.test(t.gap))) {
      const [y, m] = [Number(a.day.slice(0, 4)), Number(a.day.slice(5, 7))]
      const when = `${month + 1 <= m ? y : y - 1}-${String(month + 1).padStart(2, '0')}`
      if (when >= term.start.slice(0, 7) && when <= (term.end ?? a.day).slice(0, 7)) return true
    }
    if (nameEnd !== undefined && i >= nameEnd && i < nameEnd + NEAR_AFTER && NEAR_PAST_MARKERS.has(t.norm)) return true
  }
  // "At the time, …" / "At that point, …" in the sentence before carries over.
  const previous = sentence[0] !== undefined && sentence[0] > 0 ? sentenceTokens(unit, sentence[0] - 1) : []
  for (const i of [...previous, ...sentence]) {
    const t = unit.tokens[i]!
    if ((t.norm === 'time' || t.norm === 'point') && unit.tokens[i - 1] && ['the', 'that'].includes(unit.tokens[i - 1]!.norm)) return true
  }
  // A year in the same paragraph that falls inside the term dates the whole paragraph.
  if (yearsIn(unit).some((y) => y >= startYear && y <= endYear)) return true
  // Other people in the sentence who served at the same time and have also left: the sentence tells that time.
  for (const ref of personsIn(a, unit, unit.sentenceOf[at]!)) {
    if (ref.person.id === personId) continue
    const overlapping = ref.person.terms.filter((t) => t.start <= (term.end ?? a.day) && (t.end ?? a.day) >= term.start)
    if (overlapping.length > 0 && overlapping.every((t) => t.end !== undefined && t.end < a.day)) return true
  }
  // Long gone and nothing ties the sentence to the present: history ("President George W. Bush's invasion of Iraq").
  const gone = (Date.parse(a.day) - Date.parse(term.end ?? a.day)) / 86_400_000
  if (gone > RECENT_DAYS && !speaksOfNow(unit, sentence, at)) return true
  return false
}

const PRESENT_VERBS = new Set(['is', 'are', 'has', 'have', 'says', 'will', 'wants', 'plans', 'hopes', 'thinks', 'continues', 'remains', 'faces', 'insists', 'argues', 'claims', 'believes', 'expects', 'tells', 'does', 'can', 'must'])

/** Today, a weekday, "this week", or a present-tense verb after the name: the sentence reports the present. */
function speaksOfNow(unit: TextUnit, sentence: number[], at: number): boolean {
  const t = unit.tokens
  for (const i of sentence) {
    const w = t[i]!.norm
    if (NOW_MARKERS.has(w)) return true
    if ((w === 'this' || w === 'last' || w === 'next') && ['week', 'weekend', 'month'].includes(t[i + 1]?.norm ?? '')) return true
  }
  // The verb after the "Title Name" phrase: skip the name's capitalised words.
  let k = at
  while (k < t.length && k < at + 12 && (t[k]!.cap || t[k]!.text.length === 1) && unit.sentenceOf[k] === unit.sentenceOf[at]) k++
  const verb = t[k]
  return !!verb && /^\s$/.test(verb.gap) && !verb.cap && (PRESENT_VERBS.has(verb.norm) || (verb.norm.length >= 4 && verb.norm.endsWith('s') && !verb.norm.endsWith('ss')))
}

/**
 * A block that is only a name and a title, a photo caption, or a transcript's speaker label ("INTERIOR SECRETARY KEN
 * SALAZAR:"): no claim about the present to check.
 */
export function isCaptionLike(unit: TextUnit, at?: number): boolean {
  if (unit.tokens.length <= 8 && !/[.!?]["”’)]?\s*$/.test(unit.text.trim())) return true
  return at !== undefined && unit.tokens[at]!.upper && (unit.tokens[at + 1]?.upper ?? false)
}
