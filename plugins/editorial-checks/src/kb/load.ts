// Builds the knowledge base: world-countries + the places data + the dated-office files (shipped, plus whatever
// the newsroom supplies at run time), validated, merged and indexed once.
import type {Country} from 'world-countries'
import countriesJson from 'world-countries/countries.json' with {type: 'json'}
import aliasesData from './data/places/aliases.json' with {type: 'json'}
import metonymsData from './data/places/metonyms.json' with {type: 'json'}
import seatsData from './data/places/seats.json' with {type: 'json'}
import subdivisionsData from './data/places/subdivisions.json' with {type: 'json'}
import namesakesData from './data/names/namesakes.json' with {type: 'json'}
import {shippedOfficeFiles} from './data/offices/index.ts'
import {PhraseIndex, fold, tokenize} from './index-lookup.ts'
import {splitName} from './names.ts'
import type {
  Holder,
  KnowledgeBase,
  LoadedOffice,
  LookupEntry,
  Metonym,
  NamedData,
  OfficeFile,
  Person,
  PersonEntry,
  Place,
  PlaceVariant,
  PlacesFile,
} from './types.ts'
import {checkTerms, validateOfficeFile, validatePlacesFile} from './validate.ts'

export class KnowledgeBaseError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`Invalid knowledge base data:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'KnowledgeBaseError'
    this.problems = problems
  }
}

export interface LoadOptions {
  /** Office files supplied at run time (the Studio's KB documents, the CLI's `--kb FILE`), merged with the shipped ones. */
  extra?: ReadonlyArray<OfficeFile | NamedData>
  /** Replaces the shipped office files (tests, benchmarks). */
  offices?: ReadonlyArray<OfficeFile | NamedData>
  /** Places files merged with the shipped ones (more seats, metonyms, aliases). */
  places?: ReadonlyArray<PlacesFile | NamedData>
}

const SHIPPED_PLACES: NamedData[] = [
  {file: 'places/seats.json', data: seatsData},
  {file: 'places/metonyms.json', data: metonymsData},
  {file: 'places/aliases.json', data: aliasesData},
  {file: 'places/subdivisions.json', data: subdivisionsData},
]

const isNamed = (x: unknown): x is NamedData =>
  typeof x === 'object' && x !== null && 'file' in x && 'data' in x && typeof (x as NamedData).file === 'string'

function named(list: ReadonlyArray<unknown>, prefix: string): NamedData[] {
  return list.map((x, i) => (isNamed(x) ? x : {file: `${prefix}[${i}]${jurisdictionLabel(x)}`, data: x}))
}

function jurisdictionLabel(x: unknown): string {
  const j = typeof x === 'object' && x !== null ? (x as {jurisdiction?: unknown}).jurisdiction : undefined
  return typeof j === 'string' ? ` (${j})` : ''
}

/** "us" / "US" → "US"; "World Bank" → "WORLDBANK": the id a jurisdiction or organisation has as a place. */
export function placeId(jurisdiction: string): string {
  return jurisdiction.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/** Loads and validates everything; throws KnowledgeBaseError listing every problem (file and entry named). */
export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  const problems: string[] = []
  const officeInputs = [...named(options.offices ?? shippedOfficeFiles, 'offices'), ...named(options.extra ?? [], 'extra')]
  const placeInputs = [...SHIPPED_PLACES, ...named(options.places ?? [], 'places')]

  const officeFiles: Array<{file: string; data: OfficeFile}> = []
  for (const {file, data} of officeInputs) {
    const p = validateOfficeFile(data, file)
    if (p.length) problems.push(...p)
    else officeFiles.push({file, data: data as OfficeFile})
  }
  const placesFiles: PlacesFile[] = []
  for (const {file, data} of placeInputs) {
    const p = validatePlacesFile(data, file)
    if (p.length) problems.push(...p)
    else placesFiles.push(data as PlacesFile)
  }

  const offices = mergeOffices(officeFiles, problems)
  if (problems.length) throw new KnowledgeBaseError(problems)

  const places = buildPlaces(placesFiles)
  const people = buildPeople(officeFiles, offices)
  const placeVariants = placesFiles.flatMap((f) => f.placeVariants ?? [])
  const subdivisions = placesFiles.flatMap((f) => f.subdivisions ?? [])
  const notMetonyms = new Set(placesFiles.flatMap((f) => f.notMetonyms ?? []).map(fold))
  const weakCountryNames = new Set(placesFiles.flatMap((f) => f.weakCountryNames ?? []).map(fold))
  for (const office of offices.values()) {
    if (!places.has(office.jurisdiction)) places.set(office.jurisdiction, emptyPlace(office.jurisdiction, office.jurisdiction, true))
  }
  const byFamily = new Map<string, Person[]>()
  for (const person of people.values()) {
    for (const f of person.family) {
      const key = fold(f)
      const list = byFamily.get(key) ?? []
      if (!list.includes(person)) list.push(person)
      byFamily.set(key, list)
    }
  }
  const officesByJurisdiction = new Map<string, string[]>()
  for (const o of offices.values()) {
    const list = officesByJurisdiction.get(o.jurisdiction) ?? []
    list.push(o.id)
    officesByJurisdiction.set(o.jurisdiction, list)
  }
  const kb: Omit<KnowledgeBase, 'lookup' | 'titleOffices'> = {
    places,
    offices,
    people,
    placeVariants,
    subdivisions,
    notMetonyms,
    weakCountryNames,
    files: [...officeFiles.map((f) => f.file), ...placeInputs.map((f) => f.file)],
    namesakes: new Set((namesakesData as {names: string[]}).names.map((n) => fold(n).replace(/\./g, ''))),
    byFamily,
    officesByJurisdiction,
  }
  const titleOffices = new Map<string, Set<string>>()
  return {...kb, titleOffices, lookup: buildLookup(kb, titleOffices)}
}

let defaultKb: KnowledgeBase | undefined

/** The shipped KB, built on first use and cached for the life of the module. */
export function defaultKnowledgeBase(): KnowledgeBase {
  defaultKb ??= loadKnowledgeBase()
  return defaultKb
}

function mergeOffices(files: Array<{file: string; data: OfficeFile}>, problems: string[]): Map<string, LoadedOffice> {
  const offices = new Map<string, LoadedOffice>()
  const sources = new Map<string, string[]>()
  for (const {file, data} of files) {
    const jurisdiction = placeId(data.jurisdiction)
    for (const office of data.offices) {
      const existing = offices.get(office.id)
      const holders = office.holders.map((h) => ({...h, source: h.source ?? data.source}))
      if (!existing) {
        offices.set(office.id, {...office, holders, jurisdiction, asOf: data.asOf, file})
        sources.set(office.id, [file])
        continue
      }
      // A newsroom entry for a shipped office: add its holders and spellings, keep one record per term.
      const seen = new Set(existing.holders.map((h) => `${h.name}|${h.start}`))
      existing.holders = [...existing.holders, ...holders.filter((h) => !seen.has(`${h.name}|${h.start}`))].sort((a, b) => a.start.localeCompare(b.start))
      existing.titleVariants = [...new Set([...existing.titleVariants, ...office.titleVariants])]
      existing.descriptors = [...new Set([...(existing.descriptors ?? []), ...(office.descriptors ?? [])])]
      if (data.asOf > existing.asOf) existing.asOf = data.asOf
      sources.get(office.id)!.push(file)
    }
  }
  for (const [id, office] of offices) {
    const from = sources.get(id)!
    if (from.length > 1) problems.push(...checkTerms(office, `office ${id} (merged from ${from.join(' + ')})`))
  }
  return offices
}

function emptyPlace(id: string, name: string, isOrganisation: boolean): Place {
  return {id, name, names: [], demonyms: [], capitals: [], seats: [], metonyms: [], isOrganisation}
}

const LATIN = /^[\p{Script=Latin}\s.'’\-]+$/u
/** Not independent in world-countries, but governments in the news: Taiwan, Palestine, Kosovo. */
const DE_FACTO = new Set(['TW', 'PS', 'XK'])

function buildPlaces(files: PlacesFile[]): Map<string, Place> {
  const places = new Map<string, Place>()
  for (const c of countriesJson as unknown as Country[]) {
    const place = emptyPlace(c.cca2, c.name.common, false)
    const names = [c.name.common, c.name.official, ...c.altSpellings].filter((n) => n.length > 2 && LATIN.test(n) && !n.includes(','))
    place.names = [...new Set(names)]
    const demonyms = Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f]).filter((d): d is string => !!d && LATIN.test(d))
    const eng = c.demonyms?.eng
    // Territories share their sovereign's demonym ("American" for Guam) and have capitals that are common names
    // (Douglas, Stanley, Jamestown): only sovereign states (and a few de facto ones) get demonyms and capitals.
    const sovereign = c.independent || DE_FACTO.has(c.cca2)
    place.demonyms = sovereign ? [...new Set([...(eng ? [eng.m, eng.f] : demonyms.slice(0, 2)), ...pluralDemonyms(eng ? [eng.m] : [])])] : []
    place.capitals = sovereign ? c.capital.flatMap((cap) => (cap.endsWith(' D.C.') ? [cap.slice(0, -5), cap] : [cap])) : []
    places.set(c.cca2, place)
  }
  for (const file of files) {
    for (const org of file.organisations ?? []) {
      const id = placeId(org.id)
      const place = places.get(id) ?? emptyPlace(id, org.names[0]!, true)
      place.isOrganisation = true
      place.names = [...new Set([...place.names, ...org.names])]
      places.set(id, place)
    }
  }
  for (const file of files) {
    for (const a of file.aliases ?? []) {
      const place = places.get(placeId(a.country)) ?? emptyPlace(placeId(a.country), a.aliases[0]!, false)
      place.names = [...new Set([...place.names, ...a.aliases])]
      place.demonyms = [...new Set([...place.demonyms, ...(a.adjectives ?? [])])]
      places.set(place.id, place)
    }
    for (const s of file.seats ?? []) places.get(placeId(s.country))?.seats.push(s.seat)
    for (const m of file.metonyms ?? []) {
      const id = placeId(m.country)
      const place = places.get(id) ?? emptyPlace(id, m.country, true)
      place.metonyms.push(m)
      places.set(id, place)
    }
  }
  return places
}

function pluralDemonyms(demonyms: string[]): string[] {
  return demonyms.filter((d) => /(an|i)$/.test(d)).map((d) => `${d}s`)
}

function buildPeople(files: Array<{file: string; data: OfficeFile}>, offices: Map<string, LoadedOffice>): Map<string, Person> {
  const people = new Map<string, Person>()
  const entries = new Map<string, {entry: PersonEntry; jurisdiction: string}>()
  for (const {data} of files) for (const p of data.people ?? []) entries.set(p.name, {entry: p, jurisdiction: placeId(data.jurisdiction)})

  const personFor = (name: string, jurisdiction: string): Person => {
    let person = people.get(name)
    if (!person) {
      const known = entries.get(name)?.entry
      const names = [name, ...(known?.variants ?? [])]
      const split = names.map((n) => splitName(n, jurisdiction))
      person = {
        id: name,
        name,
        variants: known?.variants ?? [],
        given: [...new Set([...(known?.given ?? []), ...(known?.given ? [] : split.flatMap((s) => s.given))])],
        family: [...new Set([...(known?.family ?? []), ...split.flatMap((s) => s.family)])],
        jurisdictions: [],
        terms: [],
      }
      people.set(name, person)
    }
    if (!person.jurisdictions.includes(jurisdiction)) person.jurisdictions.push(jurisdiction)
    return person
  }
  for (const office of offices.values()) {
    for (const h of office.holders as Holder[]) {
      const person = personFor(h.name, office.jurisdiction)
      person.terms.push({officeId: office.id, start: h.start, ...(h.end ? {end: h.end} : {}), acting: h.acting === true, ...(/approximate/i.test(h.note ?? '') ? {approximate: true} : {})})
    }
  }
  return people
}

/** `title:secretary of state`: the key one phrase's offices are filed under, whatever its case or accents. */
export function titleKey(kind: 'title' | 'descriptor', phrase: string): string {
  return `${kind}:${tokenize(phrase)
    .map((t) => t.norm)
    .join(' ')}`
}

function buildLookup(kb: Omit<KnowledgeBase, 'lookup' | 'titleOffices'>, titleOffices: Map<string, Set<string>>): PhraseIndex<LookupEntry> {
  const index = new PhraseIndex<LookupEntry>()
  for (const place of kb.places.values()) {
    const add = (text: string, form: Extract<LookupEntry, {kind: 'place'}>['form'], metonym?: Metonym) => {
      const weak = kb.weakCountryNames.has(fold(text))
      index.add(text, {kind: 'place', place: place.id, form, text, weak, ...(metonym ? {metonym} : {})})
    }
    for (const n of place.names) add(n, 'name')
    for (const d of place.demonyms) add(d, 'demonym')
    for (const c of place.capitals) add(c, 'capital')
    for (const s of place.seats) add(s, 'seat')
    for (const m of place.metonyms) for (const t of [m.text, ...(m.variants ?? [])]) add(t.replace(/^the /, ''), 'metonym', m)
  }
  // One index entry per phrase: "President" stands for every president, and a mention carries the shared set.
  const addTitle = (kind: 'title' | 'descriptor', phrase: string, officeId: string) => {
    const key = titleKey(kind, phrase)
    let set = titleOffices.get(key)
    if (!set) titleOffices.set(key, (set = new Set()))
    set.add(officeId)
    index.add(phrase, {kind, key}, {caseInsensitive: true})
  }
  for (const office of kb.offices.values()) {
    for (const t of new Set([office.title, ...office.titleVariants])) addTitle('title', t, office.id)
    for (const d of office.descriptors ?? []) addTitle('descriptor', d, office.id)
  }
  for (const person of kb.people.values()) {
    index.add(person.name, {kind: 'person', person: person.id, variant: false})
    for (const v of person.variants) index.add(v, {kind: 'person', person: person.id, variant: true})
    for (const f of person.family) index.add(f, {kind: 'family', person: person.id})
  }
  for (const s of kb.subdivisions) for (const n of s.names) index.add(n, {kind: 'subdivision', country: placeId(s.country)})
  for (const v of kb.placeVariants as PlaceVariant[]) {
    index.add(v.house, {kind: 'place-variant', variant: v, house: true})
    for (const x of v.variants) index.add(x, {kind: 'place-variant', variant: v, house: false})
  }
  return index
}
