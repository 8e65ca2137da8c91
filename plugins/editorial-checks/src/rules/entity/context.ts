// Does a sentence talk about the past? Stale titles in historical narrative ("In 2015, Secretary of State John Kerry
// …", "President Barack Obama and Secretary of State John Kerry negotiated …") are not errors.
import type {PersonTerm} from '../../kb/types.ts'
import type {EntityAnalysis} from './analysis.ts'
import type {TextUnit} from './text-units.ts'

/** Words that put a sentence in the past or name a period. */
const PAST_MARKERS = new Set([
  'then', 'previously', 'formerly', 'once', 'ago', 'era', 'tenure', 'while', 'during', 'when', 'until', 'later', 'served',
  'serving', 'onetime', 'former', 'history', 'historic', 'historically', 'memoir', 'memoirs', 'recalled', 'recalls',
  'remembered', 'predecessor', 'predecessors', 'successor', 'appointed', 'administration', 'administrations', 'legacy',
  'had', 'fired', 'firing', 'fire', 'ousted', 'ouster', 'removal', 'removed', 'resignation', 'resigned', 'dismissal',
  'dismissed', 'sacked', 'sacking', 'departure', 'replaced', 'succeeded', 'left',
])
/** Words that tie a sentence to the days around publication. */
const NOW_MARKERS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now', 'currently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
/** How long after leaving office a stale title is still a likely slip rather than history. */
const RECENT_DAYS = 730

const YEAR = /^(19|20)\d\d$/

export function sentenceTokens(unit: TextUnit, tokenIndex: number): number[] {
  const s = unit.sentenceOf[tokenIndex]
  const out: number[] = []
  for (let i = unit.sentenceStartToken[s!] ?? 0; i < unit.tokens.length && unit.sentenceOf[i] === s; i++) out.push(i)
  return out
}

/**
 * True when the sentence holding token `at` is about the time of `term` (or earlier), so the title was right then:
 * a year inside or before the term, a past marker, or another person whose overlapping term has also ended.
 */
export function isHistorical(a: EntityAnalysis, unit: TextUnit, at: number, term: PersonTerm, personId: string): boolean {
  const endYear = Number((term.end ?? a.day).slice(0, 4))
  const startYear = Number(term.start.slice(0, 4))
  const articleYear = Number(a.day.slice(0, 4))
  const sentence = sentenceTokens(unit, at)
  for (const i of sentence) {
    const t = unit.tokens[i]!
    if (YEAR.test(t.norm) && Number(t.norm) <= endYear) return true
    if (PAST_MARKERS.has(t.norm)) return true
    if (t.norm === 'last' && unit.tokens[i + 1]?.norm === 'year' && articleYear - 1 <= endYear) return true
  }
  // "At the time, …" / "At that point, …" in the sentence before carries over.
  const previous = sentence[0] !== undefined && sentence[0] > 0 ? sentenceTokens(unit, sentence[0] - 1) : []
  for (const i of [...previous, ...sentence]) {
    const t = unit.tokens[i]!
    if ((t.norm === 'time' || t.norm === 'point') && unit.tokens[i - 1] && ['the', 'that'].includes(unit.tokens[i - 1]!.norm)) return true
  }
  // A year in the same paragraph that falls inside the term dates the whole paragraph.
  for (const t of unit.tokens) if (YEAR.test(t.norm) && Number(t.norm) >= startYear && Number(t.norm) <= endYear) return true
  const first = sentence[0] ?? at
  const last = sentence[sentence.length - 1] ?? at
  // Other people in the sentence who had also left office by then: the sentence tells the past.
  for (const ref of a.persons) {
    if (ref.run.unit !== unit || ref.run.from < first || ref.run.from > last || ref.person.id === personId) continue
    if (ref.person.terms.length > 0 && ref.person.terms.every((t) => t.end !== undefined && t.end < a.day)) return true
  }
  // Long gone and nothing ties the sentence to the present: history ("President George W. Bush's invasion of Iraq").
  const gone = (Date.parse(a.day) - Date.parse(term.end ?? a.day)) / 86_400_000
  if (gone > RECENT_DAYS && !sentence.some((i) => NOW_MARKERS.has(unit.tokens[i]!.norm))) return true
  return false
}

/**
 * A block that is only a name and a title, a photo caption, or a transcript's speaker label ("INTERIOR SECRETARY KEN
 * SALAZAR:"): no claim about the present to check.
 */
export function isCaptionLike(unit: TextUnit, at?: number): boolean {
  if (unit.tokens.length <= 8 && !/[.!?]["”’)]?\s*$/.test(unit.text.trim())) return true
  if (unit.tokens.length <= 40 && /\b(?:photo|photograph|getty images|file photo)\b|\((?:AP|Reuters|AFP)\b/i.test(unit.text)) return true
  return at !== undefined && unit.tokens[at]!.upper && (unit.tokens[at + 1]?.upper ?? false)
}
