// Titles before (or after) names — "German Chancellor Olaf Scholz", "Britain's defense secretary, John Healey",
// "Putin, Russia's president" — resolved against the dated offices for the article's day.
import {fold} from '../../kb/index-lookup.ts'
import {sameGivenName} from '../../kb/names.ts'
import type {KnowledgeBase, LoadedOffice, Person, PersonTerm} from '../../kb/types.ts'
import type {PlaceMention} from './analysis.ts'
import {parseNameAt, type NameRun} from './name-runs.ts'
import type {TextUnit} from './text-units.ts'

/** Words before a title that make it not (or no longer, or not yet) the office itself. */
const QUALIFIERS_BEFORE = new Set([
  'former', 'ex', 'then', 'late', 'acting', 'deputy', 'interim', 'outgoing', 'incoming', 'future', 'onetime', 'erstwhile',
  'previous', 'past', 'assistant', 'under', 'associate', 'shadow', 'junior', 'principal', 'vice', 'lieutenant', 'retired',
  'caretaker', 'provisional', 'as', 'was', 'became', 'become', 'becoming', 'named', 'appointed', 'nominated', 'nominate',
  'confirmed', 'serve', 'served', 'serving', 'a', 'an', 'elected', 'would', 'will', 'next', 'first', 'potential', 'possible',
  'presumptive', 'prospective', 'fellow', 'another', 'whose', 'ousted', 'deposed', 'disgraced', 'departing', 'defeated',
  'fired', 'sacked', 'dismissed', 'resigned', 'predecessor', 'successor', 'longtime', 'democratic', 'republican',
])
/** Words before a title that make it a state, provincial or local office. */
const SUBNATIONAL = new Set(['state', 'county', 'city', 'provincial', 'regional', 'local', 'municipal', 'district', 'tribal', 'territorial'])
/** Words right after a title that make it not yet (or no longer) the office: "President-elect", "nominee". */
const QUALIFIERS_AFTER = new Set(['elect', 'designate', 'nominee', 'pick', 'candidate', 'hopeful', 'emeritus', 'emerita'])

export type OfficeVerdict =
  | {kind: 'unknown'}
  | {kind: 'ok'; person: Person}
  /** Held the office, left before the article's day. */
  | {kind: 'stale'; person: Person; term: PersonTerm; current: PersonTerm[]}
  /** Holds it only after the article's day. */
  | {kind: 'premature'; person: Person; term: PersonTerm; current: PersonTerm[]}
  /** Never held it, and held another KB office on the day. */
  | {kind: 'wrong-office'; person: Person; current: PersonTerm[]}
  /** The family name is a holder's, the given name is not. */
  | {kind: 'first-name'; holder: Person}

export interface OfficeMention {
  unit: TextUnit
  kind: 'title' | 'descriptor'
  titleFrom: number
  titleTo: number
  titleStart: number
  titleEnd: number
  /** Start of the phrase including the country prefix. */
  start: number
  prefix?: {place: string; from: number; start: number; end: number}
  qualifiers: string[]
  subnational: boolean
  /**
   * Is this office one the title can mean (its title, the prefix's jurisdiction, a file whose asOf covers the day)?
   * A predicate over shared sets rather than a list, so that a mention costs the same whatever the KB's size.
   */
  isCandidate: (officeId: string) => boolean
  run?: NameRun
  /** "Name, the Title" rather than "Title Name". */
  appositive: boolean
  /** Inside quotation marks: a speaker's words. */
  quoted: boolean
  /** The sentence is conditional or speculative (would, could, might, if…). */
  hypothetical: boolean
  verdict: OfficeVerdict
}

const SLACK_DAYS = 2
/** Margin around a hand-over whose date the data gives only approximately: no error inside it. */
const APPROXIMATE_SLACK_DAYS = 62
const MODALS = new Set(['would', 'could', 'might', 'if', 'should', 'may', 'unless', 'whether', 'imagine', 'potential', 'possible', 'hypothetical', 'future'])
/** Words that may stand right before a lower-case title used as a title ("Britain's defence secretary, John Healey"). */
const TITLE_OPENERS = new Set(['the', 'and', 'with', 'by', 'to', 'from', 'of', 'for', 'said', 'says', 'told', 'met', 'as'])

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** Holds the term on `day`, give or take the slack around hand-overs (time zones, late copy). */
export function holdsOn(term: PersonTerm, day: string, slack = SLACK_DAYS): boolean {
  if (slack > 0 && term.approximate) slack = Math.max(slack, APPROXIMATE_SLACK_DAYS)
  return term.start <= addDays(day, slack) && (term.end === undefined || addDays(term.end, slack) >= day)
}

export function parseOfficeMentions(unit: TextUnit, places: PlaceMention[], runs: NameRun[], kb: KnowledgeBase, day: string): OfficeMention[] {
  const tokens = unit.tokens
  const titleSpans = new Map<string, {from: number; to: number; kind: 'title' | 'descriptor'; sets: ReadonlySet<string>[]}>()
  for (const m of unit.matches) {
    if (m.entry.kind !== 'title' && m.entry.kind !== 'descriptor') continue
    const key = `${m.from}:${m.to}:${m.entry.kind}`
    const span = titleSpans.get(key) ?? {from: m.from, to: m.to, kind: m.entry.kind, sets: []}
    const set = kb.titleOffices.get(m.entry.key)
    if (set && !span.sets.includes(set)) span.sets.push(set)
    titleSpans.set(key, span)
  }
  // Longest title wins where titles overlap ("US Secretary of Defense" over "Secretary of Defense").
  const spans = [...titleSpans.values()].sort((a, b) => a.from - b.from || b.to - a.to)
  const chosen: typeof spans = []
  let covered = -1
  for (const s of spans) {
    if (s.from < covered) continue
    chosen.push(s)
    covered = s.to
  }
  const placeEndingAt = new Map<number, PlaceMention>()
  for (const p of places) if (p.form !== 'capital' && p.form !== 'seat') placeEndingAt.set(p.to, p)
  const subdivisionEndingAt = new Set<number>()
  for (const m of unit.matches) if (m.entry.kind === 'subdivision') subdivisionEndingAt.add(m.to)
  const runEndingAt = new Map<number, NameRun>()
  const runStartingAt = new Map<number, NameRun>()
  for (const r of runs) {
    runEndingAt.set(r.to, r)
    runStartingAt.set(r.from, r)
  }

  const out: OfficeMention[] = []
  for (const span of chosen) {
    let first = span.from
    let prefix: OfficeMention['prefix']
    const before = placeEndingAt.get(span.from)
    if (before && /^\s{1,2}$/.test(tokens[span.from]!.gap)) {
      prefix = {place: before.place, from: before.from, start: before.start, end: before.end}
      first = before.from
      if (tokens[first - 1]?.norm === 'the') first--
    }
    let subnational = subdivisionEndingAt.has(first) && /^\s$/.test(tokens[first]!.gap)
    const qualifiers: string[] = []
    // Qualifiers sit right before the title (or its country prefix): "former", "the late", "then-", "who served as".
    for (let k = first - 1; k >= 0 && unit.sentenceOf[k] === unit.sentenceOf[span.from] && !/[,;:()"“”]/.test(tokens[k + 1]!.gap); k--) {
      const norm = tokens[k]!.norm
      if (k === first - 1 && SUBNATIONAL.has(norm)) subnational = true
      if (k === first - 1 && subdivisionEndingAt.has(k + 1)) subnational = true
      if (QUALIFIERS_BEFORE.has(norm)) qualifiers.push(norm)
      // "former Obama CIA Director John Brennan": a name modifying the title may stand between.
      else if (norm !== 'the' && !(tokens[k]!.cap && k >= first - 2)) break
      if (norm === 'a' || norm === 'an' || norm === 'as') break
    }
    let after = span.to
    while (after < tokens.length && QUALIFIERS_AFTER.has(tokens[after]!.norm) && /^(?:\s|-)$/.test(tokens[after]!.gap)) {
      qualifiers.push(tokens[after]!.norm)
      after++
    }
    // "Chancellor of the Exchequer", "Secretary of State for Health": a different office with the same first words.
    const ofTail = after < tokens.length && (tokens[after]!.norm === 'of' || tokens[after]!.norm === 'for') && tokens[after]!.gap === ' '
    const jurisdiction = prefix?.place
    const isCandidate = (id: string) => {
      if (!span.sets.some((set) => set.has(id))) return false
      const office = kb.offices.get(id)
      return !!office && day <= office.asOf && (jurisdiction === undefined || office.jurisdiction === jurisdiction)
    }

    let run: NameRun | undefined
    let appositive = false
    const next = tokens[after]
    if (next && !ofTail && (next.gap === ' ' || next.gap === ', ') && !tokens[after - 1]!.possessive) {
      // In a headline-case line only the runs the analysis kept (KB names) count as names.
      run = runStartingAt.get(after) ?? (unit.titleCase ? undefined : parseNameAt(unit, after, () => false))
    }
    if (!run) {
      // "John Healey, the British defence secretary" / "Putin, Russia's president".
      const p = first
      if (tokens[p]?.norm === 'the' && /^,\s$/.test(tokens[p]!.gap)) run = runEndingAt.get(p)
      else if (prefix && /^,\s$/.test(tokens[prefix.from]!.gap) && tokens[prefix.from]!.possessive) run = runEndingAt.get(prefix.from)
      if (run) appositive = true
    }
    // "the nation's first black president, Barack Obama": a lower-case title after an adjective describes, it does
    // not title. Lower-case titles count only right after "the", a country prefix, or a clause boundary.
    const titleToken = tokens[span.from]!
    const opener = tokens[first - 1]
    const descriptive =
      (!titleToken.cap && !prefix && !!opener && !TITLE_OPENERS.has(opener.norm) && !/[,;:(\u2014\u2013]/.test(tokens[first]!.gap) && !opener.possessive) ||
      // "the first African-American president": a hyphenated compound adjective, not a country prefix.
      (!!prefix && tokens[prefix.from]!.gap === '-')
    // Speculation: "a President Pence would…", "Embracing President Mike Pence might be…", "if … President X".
    let hypothetical = false
    const runEnd = run ? run.to : span.to
    for (let k = runEnd; k < Math.min(tokens.length, runEnd + 3); k++) if (MODALS.has(tokens[k]!.norm)) hypothetical = true
    for (let k = Math.max(unit.sentenceStartToken[unit.sentenceOf[span.from]!] ?? 0, first - 30); k < first; k++) {
      if (['if', 'unless', 'whether', 'imagine', 'hypothetical'].includes(tokens[k]!.norm)) hypothetical = true
    }
    const mention: OfficeMention = {
      unit,
      kind: span.kind,
      titleFrom: span.from,
      titleTo: span.to,
      titleStart: tokens[span.from]!.start,
      titleEnd: tokens[span.to - 1]!.end,
      start: tokens[first]!.start,
      ...(prefix ? {prefix} : {}),
      qualifiers,
      subnational: subnational || ofTail || descriptive,
      isCandidate,
      ...(run ? {run} : {}),
      appositive,
      quoted: unit.quoted[span.from] ?? false,
      hypothetical,
      verdict: {kind: 'unknown'},
    }
    mention.verdict = judge(mention, kb, day)
    out.push(mention)
  }
  return out
}

/** What the KB says about "Title Name" on `day`. Silent ('unknown') whenever the KB cannot know. */
export function judge(m: OfficeMention, kb: KnowledgeBase, day: string): OfficeVerdict {
  if (!m.run || m.subnational) return {kind: 'unknown'}
  const officeSet = {has: m.isCandidate}
  const family = kb.byFamily.get(fold(m.run.family)) ?? []
  const given = m.run.given
  const heldCandidate = (p: Person) => p.terms.some((t) => officeSet.has(t.officeId))
  const holders = family.filter(heldCandidate)
  const named = given === undefined ? family : family.filter((p) => p.given.some((g) => sameGivenName(g, given)))
  let person: Person | undefined
  const namedHolders = holders.filter((p) => named.includes(p))
  if (namedHolders.length > 0) {
    person = pickHolder(namedHolders, officeSet, day)
  } else if (holders.length > 0 && given !== undefined && named.length === 0) {
    return {kind: 'first-name', holder: pickHolder(holders, officeSet, day)}
  } else if (named.length === 1) {
    person = named[0]
  } else {
    return {kind: 'unknown'}
  }
  if (!person) return {kind: 'unknown'}
  const terms = person.terms.filter((t) => officeSet.has(t.officeId))
  if (terms.some((t) => holdsOn(t, day))) return {kind: 'ok', person}
  const current = person.terms.filter((t) => holdsOn(t, day, 0))
  const past = terms.filter((t) => t.end !== undefined && t.end < day).sort((a, b) => b.end!.localeCompare(a.end!))
  if (past.length > 0) return {kind: 'stale', person, term: past[0]!, current}
  const future = terms.filter((t) => t.start > day).sort((a, b) => a.start.localeCompare(b.start))
  if (future.length > 0) return {kind: 'premature', person, term: future[0]!, current}
  // Never held it: only a contradiction when the KB knows what the person did hold that day; otherwise this may be
  // a state or local office with the same title (Georgia's Secretary of State, a state attorney general). And only
  // for the person's own country: "Chairman Nunes" is not Brazil's Aloysio Nunes.
  if (current.length > 0 && titledOffice(m, kb, person)) return {kind: 'wrong-office', person, current}
  return {kind: 'unknown'}
}

/**
 * The office the title names for this person: one they held with that title, else one with that title in their own
 * country (undefined when the title is not used there).
 */
export function titledOffice(m: OfficeMention, kb: KnowledgeBase, person: Person): LoadedOffice | undefined {
  const held = person.terms.find((t) => m.isCandidate(t.officeId))
  if (held) return kb.offices.get(held.officeId)
  for (const j of person.jurisdictions) {
    const id = (kb.officesByJurisdiction.get(j) ?? []).find(m.isCandidate)
    if (id) return kb.offices.get(id)
  }
  return undefined
}

function pickHolder(people: Person[], offices: {has: (id: string) => boolean}, day: string): Person {
  const now = people.find((p) => p.terms.some((t) => offices.has(t.officeId) && holdsOn(t, day)))
  if (now) return now
  // Otherwise the most recent holder.
  const lastStart = (p: Person) => p.terms.filter((t) => offices.has(t.officeId)).reduce((m, t) => (t.start > m ? t.start : m), '')
  return [...people].sort((a, b) => lastStart(b).localeCompare(lastStart(a)))[0]!
}

/** Who held `officeId` on `day` (non-acting first). */
export function holderOn(kb: KnowledgeBase, officeId: string, day: string): string | undefined {
  const office = kb.offices.get(officeId)
  if (!office) return undefined
  const on = office.holders.filter((h) => h.start <= day && (h.end === undefined || day < h.end))
  return (on.find((h) => !h.acting) ?? on[0])?.name
}

/**
 * The words to write for `officeId` where the text had `prefix` + title: a title variant that keeps the prefix
 * ("Russian Prime Minister" → "Russian President") when the data has one, else the bare title.
 */
export function titleWithPrefix(kb: KnowledgeBase, officeId: string, prefixText: string | undefined, lowerCase: boolean): string {
  const office = kb.offices.get(officeId)!
  let title = office.title
  if (prefixText) {
    const want = `${prefixText} `.toLowerCase()
    const v = office.titleVariants.find((x) => x.toLowerCase().startsWith(want))
    if (v) title = v.slice(want.length)
  }
  return lowerCase ? title.toLowerCase() : title
}

/** `[start, end)` of the whole "Title Name" (or "Name, the Title") phrase. */
export function phraseRange(m: OfficeMention): [number, number] {
  const start = Math.min(m.prefix?.start ?? m.titleStart, m.run?.start ?? Infinity)
  const end = Math.max(m.titleEnd, m.run?.familyEnd ?? 0)
  return [start, end]
}

const byKind = new WeakMap<KnowledgeBase, Map<string, string[]>>()

/** Office ids of one kind in one jurisdiction ("US" + "defence-minister"), indexed once per KB. */
export function officesOfKind(kb: KnowledgeBase, jurisdiction: string, kind: string): string[] {
  let index = byKind.get(kb)
  if (!index) {
    index = new Map()
    for (const o of kb.offices.values()) {
      const key = `${o.jurisdiction}|${o.kind}`
      const list = index.get(key) ?? []
      list.push(o.id)
      index.set(key, list)
    }
    byKind.set(kb, index) // built once per KB
  }
  return index.get(`${jurisdiction}|${kind}`) ?? []
}
