import {defineRule, replaceText} from '../engine/index.ts'
import {fold} from '../kb/index-lookup.ts'
import type {Place} from '../kb/types.ts'
import {entityAnalysis, indexPlaces, placesAt, type EntityAnalysis, type PlaceIndex, type PlaceMention} from './entity/analysis.ts'
import {titledOffice} from './entity/offices.ts'
import type {TextUnit} from './entity/text-units.ts'

// A capital or government metonym standing for a government the story does not otherwise involve, while the story's
// sides are elsewhere: "between Pyongyang and Washington" in a Russia–US story. A capital used as a place ("a hotel
// in Pyongyang") is never flagged; nor is any use when the country appears elsewhere in the story.

/** Verbs that make the word before them a government speaking or acting. */
const GOVERNMENT_VERBS = new Set(
  (
    'said says say accused accuses denied denies warned warns insisted insists announced announces rejected rejects responded ' +
    'responds retaliated demanded demands condemned condemns threatened threatens agreed agrees refused refuses vowed vows ' +
    'pledged pledges signaled signalled signals blamed blames urged urges welcomed welcomes criticized criticised criticizes ' +
    'sanctioned claimed claims argued argues recognized recognised expelled expels summoned protested protests offered offers ' +
    'proposed proposes sought seeks wants wanted hopes hoped fears feared believes believed considers considered views viewed ' +
    'insisted maintains maintained called calls struck strikes reacted reacts opposed opposes backed backs supported supports ' +
    'ordered orders launched approved approves'
  ).split(' '),
)
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'may', 'might', 'also', 'quickly', 'swiftly', 'did', 'does'])
/** Nouns before "with X" / "on X" / "between X" that make X a party to relations. */
const RELATION_NOUNS = new Set(
  (
    'talks relations ties dialogue negotiations negotiation deal agreement pressure sanctions tensions dispute rift cooperation ' +
    'engagement contacts contact communication communications relationship alliance rapprochement detente détente summit ' +
    'standoff confrontation conflict diplomacy channel channels partnership understanding accord truce ceasefire war trade'
  ).split(' '),
)
/** Nouns after "X's" that make X a government. */
const GOVERNMENT_NOUNS = new Set(
  'government regime leadership envoy envoys ambassador position stance policy policies response demands decision officials diplomats ministry military intentions'.split(' '),
)
/** Words before a capital that make it a place. */
const PLACE_PREPOSITIONS = new Set(
  'in at near outside inside around across from to into toward towards via through over above below visit visited visiting visits central downtown suburban streets flew fly flights flight arrived arrive arriving trip travel traveled travelled'.split(' '),
)

type Frame = {kind: 'pair'; partner: PlaceMention} | {kind: 'government'}

/** How a capital or metonym is used: one of a pair of governments, a government acting, or (undefined) a place. */
export function frameOf(m: PlaceMention, index: PlaceIndex): Frame | undefined {
  const unit = m.unit
  const t = unit.tokens
  const prev = t[m.from - 1]
  const prev2 = t[m.from - 2]
  if (prev && PLACE_PREPOSITIONS.has(prev.norm) && !/[,;:]/.test(t[m.from]!.gap)) return undefined
  // "X and Y", "between X and Y", "X-Y": a pair of governments.
  const other = (p: PlaceMention) => p.place !== m.place
  const dash = (i: number) => !!t[i] && /^\s?[-–—/]\s?$/.test(t[i]!.gap)
  const partnerAfter = t[m.to]?.norm === 'and' && t[m.to]!.gap === ' ' ? placesAt(index, unit, 'byFrom', m.to + 1).find(other) : undefined
  const partnerBefore = prev?.norm === 'and' && prev.gap === ' ' ? placesAt(index, unit, 'byTo', m.from - 1).find(other) : undefined
  const hyphenPartner = (dash(m.to) ? placesAt(index, unit, 'byFrom', m.to).find(other) : undefined) ?? (dash(m.from) ? placesAt(index, unit, 'byTo', m.from).find(other) : undefined)
  const partner = partnerAfter ?? partnerBefore ?? hyphenPartner
  // Two seats of government side by side ("Pyongyang and Washington"), not a list of places ("in London, Nice,
  // Berlin and Stockholm") and not a city beside a country ("the leaders of Abu Dhabi and Qatar").
  const first = partner && partner.from < m.from ? partner : m
  const inList = /,\s*$/.test(t[first.from]!.gap) || (!!t[first.from - 1] && PLACE_PREPOSITIONS.has(t[first.from - 1]!.norm))
  if (partner && !inList && (partner.form === 'capital' || partner.form === 'seat' || partner.form === 'metonym')) return {kind: 'pair', partner}
  // "X said", "X has warned".
  let k = m.to
  if (t[k] && AUXILIARIES.has(t[k]!.norm) && t[k]!.gap === ' ') k++
  if (t[k] && GOVERNMENT_VERBS.has(t[k]!.norm) && /^\s$/.test(t[k]!.gap) && !t[m.to - 1]!.possessive) return {kind: 'government'}
  // "X's government".
  if (t[m.to - 1]!.possessive && t[m.to] && GOVERNMENT_NOUNS.has(t[m.to]!.norm)) return {kind: 'government'}
  // "talks with X", "pressure on X".
  if (prev && (prev.norm === 'with' || prev.norm === 'on' || prev.norm === 'against') && prev2 && RELATION_NOUNS.has(prev2.norm)) return {kind: 'government'}
  return undefined
}

function governmentForms(place: Place): string[] {
  return [...place.seats, ...place.capitals, ...place.metonyms.map((m) => m.text)]
}

/**
 * Evidence that the story involves each place, computed once per article: `of(place, except)` leaves out the words
 * `except` (the suspect mention's own text, folded).
 */
function evidence(a: EntityAnalysis): {of: (place: string, except: string) => number; count: (text: string) => number} {
  const total = new Map<string, number>()
  const byText = new Map<string, number>()
  const texts = new Map<string, number>()
  const add = (place: string, w: number) => total.set(place, (total.get(place) ?? 0) + w)
  for (const p of a.places) {
    const w = p.weak || p.embedded ? 0.25 : 1
    const text = fold(p.text)
    add(p.place, w)
    byText.set(`${p.place}|${text}`, (byText.get(`${p.place}|${text}`) ?? 0) + w)
    texts.set(text, (texts.get(text) ?? 0) + 1)
  }
  for (const ref of a.persons) for (const j of ref.person.jurisdictions) add(j, 1)
  for (const o of a.offices) {
    const person = o.verdict.kind === 'first-name' ? o.verdict.holder : o.verdict.kind !== 'unknown' ? o.verdict.person : undefined
    const j = o.prefix?.place ?? (person ? titledOffice(o, a.kb, person)?.jurisdiction : undefined)
    if (j) add(j, 1)
  }
  return {
    of: (place, except) => (total.get(place) ?? 0) - (byText.get(`${place}|${except}`) ?? 0),
    count: (text) => texts.get(text) ?? 0,
  }
}

/**
 * The sides the story is about, best first, with whether the best is a clear choice: involved, interacting with
 * others, named near the suspect sentence, and referred to by its own capital or metonym elsewhere.
 */
function likelyIntended(a: EntityAnalysis, m: PlaceMention, exclude: Set<string>, index: PlaceIndex): {place: Place; clear: boolean} | undefined {
  const kb = a.kb
  const scores = new Map<string, number>()
  const bump = (id: string, w: number) => {
    if (!exclude.has(id) && kb.places.has(id)) scores.set(id, (scores.get(id) ?? 0) + w)
  }
  for (const [id, n] of a.involvement) bump(id, Math.min(n, 10) * 0.5)
  const sentence = m.unit.sentenceOf[m.from]
  const interacting = (unit: TextUnit, from: number) => ['with', 'between', 'and', 'against', 'to'].includes(unit.tokens[from - 1]?.norm ?? '')
  for (const p of a.places) {
    if (p === m || p.weak) continue
    if (p.unit === m.unit && p.unit.sentenceOf[p.from] === sentence) bump(p.place, 5)
    if (interacting(p.unit, p.from) && p.form !== 'demonym') bump(p.place, 2)
  }
  for (const p of a.places) {
    if (p === m || (p.form !== 'capital' && p.form !== 'seat' && p.form !== 'metonym')) continue
    if (p.unit === m.unit && p.unit.sentenceOf[p.from] === sentence) continue
    if (frameOf(p, index)) bump(p.place, 3)
  }
  for (const ref of a.persons) {
    const inSentence = ref.run.unit === m.unit && m.unit.sentenceOf[ref.run.from] === sentence
    for (const j of ref.person.jurisdictions) {
      if (inSentence) bump(j, 5)
      if (interacting(ref.run.unit, ref.run.from)) bump(j, 2)
    }
  }
  const ranked = [...scores].filter(([id]) => governmentForms(kb.places.get(id)!).length > 0).sort((x, y) => y[1] - x[1])
  const [best, second] = ranked
  if (!best || best[1] < 4) return undefined
  return {place: kb.places.get(best[0])!, clear: !second || second[1] * 1.25 <= best[1]}
}

function replacementFor(m: PlaceMention, intended: Place, day: string): string | undefined {
  if (m.form === 'metonym' && m.metonym) {
    const same = intended.metonyms.find((x) => x.stands === m.metonym!.stands && (!x.until || day < x.until))
    if (same) return same.text.replace(/^the /, '')
  }
  return intended.seats[0] ?? intended.capitals[0]
}

export default defineRule({
  meta: {
    id: 'capital-metonym-mismatch',
    category: 'entity-name',
    defaultSeverity: 'error',
    description: 'A capital or government metonym for a country the story does not involve, where another side was likely meant',
    messages: {
      mismatch: '{{text}} stands for {{country}}, which the story does not otherwise involve. Did you mean {{suggestion}}?',
      uninvolved: '{{text}} stands for {{country}}, which the story does not otherwise involve; which government was meant?',
    },
  },
  check(article, ctx) {
    const a = entityAnalysis(article, ctx)
    const kb = a.kb
    const index = indexPlaces(a.places)
    const involved = evidence(a)
    for (const m of a.places) {
      if (m.form !== 'capital' && m.form !== 'seat' && m.form !== 'metonym') continue
      if (m.embedded || m.unit.field !== 'body') continue
      const text = fold(m.text)
      if (kb.notMetonyms.has(text)) continue
      if (m.metonym?.until && a.day >= m.metonym.until) continue
      const country = kb.places.get(m.place)
      if (!country || country.isOrganisation) continue
      const frame = frameOf(m, index)
      // Only a pair of governments is reported: "relations with Moscow" in a story that never names Russia is good
      // English; "between Pyongyang and Washington" in a Russia–US story is a slip.
      if (frame?.kind !== 'pair') continue
      if (involved.of(m.place, text) > 0 || involved.count(text) > 2) continue
      const exclude = new Set([m.place])
      if (frame.kind === 'pair') {
        exclude.add(frame.partner.place)
        // The partner must be one of the story's sides, not a passing mention.
        if ((a.involvement.get(frame.partner.place) ?? 0) < 2) continue
      }
      // The story's other side must be somewhere else: a country the story is about.
      const intended = likelyIntended(a, m, exclude, index)
      if (!intended) continue
      const suggestion = intended.clear ? replacementFor(m, intended.place, a.day) : undefined
      const range: [number, number] = [m.start, m.end]
      const fix = suggestion ? replaceText(m.unit.block, range, suggestion) : undefined
      ctx.report({
        messageId: suggestion ? 'mismatch' : 'uninvolved',
        data: {text: m.text, country: country.name, suggestion: suggestion ?? ''},
        block: m.unit.block,
        range,
        ...(fix ? {fix} : {}),
      })
    }
  },
})
