// One pass over the article shared by every entity-name rule (ctx.memo('entity-mentions')): places, people,
// titles with the names they introduce, and how much the story involves each country.
import type {ArticleView, RuleContext} from '../../engine/index.ts'
import {defaultKnowledgeBase} from '../../kb/load.ts'
import {fold} from '../../kb/index-lookup.ts'
import {sameGivenName} from '../../kb/names.ts'
import type {KnowledgeBase, LookupEntry, Metonym, Person} from '../../kb/types.ts'
import {nameRuns, parseNameAt, type NameRun} from './name-runs.ts'
import {parseOfficeMentions, titledOffice, type OfficeMention} from './offices.ts'
import {buildUnits, type TextUnit} from './text-units.ts'

export interface PlaceMention {
  unit: TextUnit
  from: number
  to: number
  start: number
  end: number
  place: string
  form: Extract<LookupEntry, {kind: 'place'}>['form']
  text: string
  weak: boolean
  /** Part of a longer proper name ("New Mexico", "Jordan Peterson"): weak evidence. */
  embedded: boolean
  metonym?: Metonym
}

export interface PersonRef {
  person: Person
  run: NameRun
  /** How the run matched: the full name (or a known variant), or the family name alone. */
  via: 'full' | 'variant' | 'family'
}

export interface EntityAnalysis {
  kb: KnowledgeBase
  /** The article's day, `YYYY-MM-DD` (UTC). */
  day: string
  units: TextUnit[]
  places: PlaceMention[]
  runs: NameRun[]
  /** Runs that name a KB person unambiguously. */
  persons: PersonRef[]
  offices: OfficeMention[]
  /** Place id → weighted count of evidence that the story involves it. */
  involvement: Map<string, number>
}

/** Place mentions by the token they start and end at, per text unit: neighbours are found in O(1). */
export interface PlaceIndex {
  byFrom: Map<string, PlaceMention[]>
  byTo: Map<string, PlaceMention[]>
}

export function indexPlaces(places: readonly PlaceMention[]): PlaceIndex {
  const index: PlaceIndex = {byFrom: new Map(), byTo: new Map()}
  const add = (map: Map<string, PlaceMention[]>, key: string, p: PlaceMention) => {
    const list = map.get(key)
    if (list) list.push(p)
    else map.set(key, [p])
  }
  const ids = new Map<TextUnit, number>()
  for (const p of places) {
    if (!ids.has(p.unit)) ids.set(p.unit, ids.size)
    add(index.byFrom, `${ids.get(p.unit)}:${p.from}`, p)
    add(index.byTo, `${ids.get(p.unit)}:${p.to}`, p)
  }
  unitIds.set(index, ids)
  return index
}
const unitIds = new WeakMap<PlaceIndex, Map<TextUnit, number>>()

export function placesAt(index: PlaceIndex, unit: TextUnit, side: 'byFrom' | 'byTo', token: number): PlaceMention[] {
  return index[side].get(`${unitIds.get(index)?.get(unit)}:${token}`) ?? []
}

/** The KB from the run's shared resources, else the shipped one (built once per process). */
export function knowledgeBaseOf(ctx: Pick<RuleContext, 'shared'>): KnowledgeBase {
  const kb = ctx.shared.kb as KnowledgeBase | undefined
  return kb && kb.lookup ? kb : defaultKnowledgeBase()
}

export function entityAnalysis(article: ArticleView, ctx: Pick<RuleContext, 'shared' | 'memo'>): EntityAnalysis {
  return ctx.memo('entity-mentions', () => analyse(article, knowledgeBaseOf(ctx)))
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function analyse(article: ArticleView, kb: KnowledgeBase): EntityAnalysis {
  const day = dayOf(article.date)
  const units = buildUnits(article, kb)
  const places: PlaceMention[] = []
  const runs: NameRun[] = []
  const persons: PersonRef[] = []
  const offices: OfficeMention[] = []
  for (const unit of units) {
    const unitPlaces = selectPlaces(unit)
    places.push(...unitPlaces)
    const placeAt = new Set<number>()
    for (const p of unitPlaces) for (let i = p.from; i < p.to; i++) placeAt.add(i)
    for (const m of unit.matches) if (m.entry.kind === 'subdivision') for (let i = m.from; i < m.to; i++) placeAt.add(i)
    // In a headline-case line every word is capitalised: only KB full names are names there.
    const unitRuns = splitAtKnownNames(unit.titleCase ? nameRuns(unit, (i) => placeAt.has(i)).filter((r) => kbFullName(r, kb)) : nameRuns(unit, (i) => placeAt.has(i)), placeAt)
    runs.push(...unitRuns)
    for (const run of unitRuns) {
      const ref = resolveRun(run, kb)
      if (ref) persons.push(ref)
    }
    offices.push(...parseOfficeMentions(unit, unitPlaces, unitRuns, kb, day))
  }
  return {kb, day, units, places, runs, persons, offices, involvement: involvementOf(kb, places, persons, offices)}
}

function selectPlaces(unit: TextUnit): PlaceMention[] {
  // Longest match wins at each position; a state name ("New Mexico", "Georgia" before a title) hides the country.
  const byStart = new Map<number, typeof unit.matches>()
  for (const m of unit.matches) {
    if (m.entry.kind !== 'place' && m.entry.kind !== 'subdivision') continue
    const list = byStart.get(m.from) ?? []
    list.push(m)
    byStart.set(m.from, list)
  }
  const out: PlaceMention[] = []
  let covered = -1
  for (let i = 0; i < unit.tokens.length; i++) {
    if (i < covered) continue
    const ms = byStart.get(i)
    if (!ms) continue
    const longest = Math.max(...ms.map((m) => m.to))
    covered = longest
    const top = ms.filter((m) => m.to === longest)
    if (top.some((m) => m.entry.kind === 'subdivision') && !top.some((m) => m.entry.kind === 'place' && m.entry.form !== 'name')) continue
    const seen = new Set<string>()
    for (const m of top) {
      if (m.entry.kind !== 'place' || seen.has(m.entry.place)) continue
      seen.add(m.entry.place)
      const prev = unit.tokens[m.from - 1]
      const next = unit.tokens[m.to]
      const embedded =
        (!!prev && prev.cap && unit.tokens[m.from]!.gap === ' ' && unit.sentenceStartToken[unit.sentenceOf[m.from]!] !== m.from - 1 && !prev.possessive) ||
        (!!next && next.cap && next.gap === ' ' && !unit.tokens[m.to - 1]!.possessive && m.entry.form !== 'demonym' && m.entry.form !== 'name')
      const end = m.end - (unit.tokens[m.to - 1]!.possessive ? 2 : 0)
      out.push({
        unit,
        from: m.from,
        to: m.to,
        start: m.start,
        end,
        place: m.entry.place,
        form: m.entry.form,
        text: unit.text.slice(m.start, end),
        weak: m.entry.weak,
        embedded,
        ...(m.entry.metonym ? {metonym: m.entry.metonym} : {}),
      })
    }
  }
  return out
}

/** "Whenever Donald Trump": a KB full name starting inside a run starts the name there. */
function splitAtKnownNames(runs: NameRun[], placeAt: Set<number>): NameRun[] {
  return runs.map((run) => {
    let inner: (typeof run.unit.matches)[number] | undefined
    for (let i = run.from + 1; i < run.to && !inner; i++) inner = run.unit.matchesFrom.get(i)?.find((m) => m.entry.kind === 'person' && m.to - m.from >= 2)
    return (inner && parseNameAt(run.unit, inner.from, (i) => placeAt.has(i))) || run
  })
}

function kbFullName(run: NameRun, kb: KnowledgeBase): boolean {
  const ref = resolveRun(run, kb)
  return !!ref && ref.via !== 'family' && ref.run.to - ref.run.from <= 3
}

/** The KB person a name run stands for, when there is exactly one. */
export function resolveRun(run: NameRun, kb: KnowledgeBase): PersonRef | undefined {
  for (let i = run.from; i < run.to; i++) {
    for (const m of run.unit.matchesFrom.get(i) ?? []) {
      if (m.entry.kind !== 'person') continue
      // The KB's spelling of the whole name ("Kim Jong-un" runs past the capitalised words).
      if (m.from !== run.from && m.to > run.to) continue
      if (m.to - m.from < 2 && run.to - run.from >= 2) continue
      const person = kb.people.get(m.entry.person)
      if (person) return {person, run, via: m.entry.variant ? 'variant' : 'full'}
    }
  }
  const candidates = kb.byFamily.get(fold(run.family)) ?? []
  // A family name alone must be long enough not to be a word ("Go", "Lee" at a sentence start).
  if (run.given === undefined && (run.family.length < 4 || (run.sentenceInitial && run.family.length < 5))) return undefined
  if (run.given !== undefined) {
    const named = candidates.filter((p) => p.given.some((g) => sameGivenName(g, run.given!)))
    return named.length === 1 ? {person: named[0]!, run, via: 'full'} : undefined
  }
  return candidates.length === 1 ? {person: candidates[0]!, run, via: 'family'} : undefined
}

function involvementOf(kb: KnowledgeBase, places: PlaceMention[], persons: PersonRef[], offices: OfficeMention[]): Map<string, number> {
  const out = new Map<string, number>()
  const add = (id: string, w: number) => out.set(id, (out.get(id) ?? 0) + w)
  for (const p of places) add(p.place, p.weak || p.embedded ? 0.25 : 1)
  for (const ref of persons) for (const j of ref.person.jurisdictions) add(j, 1)
  for (const o of offices) {
    if (o.prefix) add(o.prefix.place, 1)
    else if (o.verdict.kind === 'ok') {
      const held = titledOffice(o, kb, o.verdict.person)
      if (held) add(held.jurisdiction, 1)
    }
  }
  return out
}
