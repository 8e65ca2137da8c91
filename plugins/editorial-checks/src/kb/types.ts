// The entity knowledge base's vocabulary. Pure data: no sanity, no react, no I/O.
import type {PhraseIndex} from './index-lookup.ts'

export const OFFICE_KINDS = [
  'head-of-state',
  'head-of-government',
  'vice-president',
  'foreign-minister',
  'defence-minister',
  'finance-minister',
  'interior-minister',
  'justice-minister',
  'cabinet',
  'speaker',
  'senate-leader',
  'org-head',
] as const
export type OfficeKind = (typeof OFFICE_KINDS)[number]

/** One term of one person in one office. Dates are `YYYY-MM-DD`; `end` is absent while in office. */
export interface Holder {
  name: string
  start: string
  end?: string
  acting?: boolean
  source?: string
  note?: string
}

export interface Office {
  id: string
  kind: OfficeKind
  title: string
  titleVariants: string[]
  descriptors?: string[]
  singleHolder: boolean
  holders: Holder[]
}

export interface PersonEntry {
  name: string
  variants?: string[]
  given?: string[]
  family?: string[]
}

/** One `<jurisdiction>.json` file (see data/offices/FORMAT.md). */
export interface OfficeFile {
  jurisdiction: string
  source: string
  asOf: string
  offices: Office[]
  people?: PersonEntry[]
}

/** A data file as handed to the loader: the file's name (for error messages) and its parsed, untrusted content. */
export interface NamedData {
  file: string
  data: unknown
}

// ---- Places ----------------------------------------------------------------------------------------------------

/** Where the government sits when that is not the capital world-countries gives (The Hague, La Paz, Putrajaya…). */
export interface SeatOfGovernment {
  /** ISO 3166-1 alpha-2 (upper case). */
  country: string
  seat: string
  note?: string
  source: string
  date: string
}

/** A name that stands for a government or institution: the Kremlin, the White House, Downing Street… */
export interface Metonym {
  text: string
  variants?: string[]
  /** ISO alpha-2 of the country, or an organisation id (`EU`, `NATO`, `UN`). */
  country: string
  /** What it stands for: the government as a whole, or one branch (the Pentagon → defence ministry). */
  stands: 'government' | 'head-of-state' | 'head-of-government' | 'foreign-ministry' | 'defence-ministry' | 'legislature' | 'organisation'
  /** The name is only a metonym while this holds (the Blue House until 2022-05-10). */
  from?: string
  until?: string
  source: string
  date: string
}

/** Short names and abbreviations the press uses for a country or organisation (UK, Britain, U.S., America). */
export interface CountryAlias {
  country: string
  aliases: string[]
  /** Extra demonyms/adjectives beyond world-countries' (e.g. "U.S." used as an adjective). */
  adjectives?: string[]
  source: string
  date: string
}

/** Known spellings of one place: the house spelling first (Kyiv), then the others (Kiev). */
export interface PlaceVariant {
  house: string
  variants: string[]
  country: string
  source: string
  date: string
}

/** Organisations that are "sides" in stories like countries are (NATO, EU, UN). */
export interface Organisation {
  id: string
  names: string[]
  source: string
  date: string
}

/** States, provinces and devolved nations: a title after one of them is not the national office. */
export interface Subdivisions {
  country: string
  names: string[]
  source: string
  date: string
}

export interface PlacesFile {
  source: string
  date: string
  seats?: SeatOfGovernment[]
  metonyms?: Metonym[]
  aliases?: CountryAlias[]
  placeVariants?: PlaceVariant[]
  organisations?: Organisation[]
  subdivisions?: Subdivisions[]
  /** Capitals that are also common words or names (Male, Victoria, Kingston): never read as a government. */
  notMetonyms?: string[]
  /** Country names that are also common first names or US states (Chad, Jordan, Georgia): weak evidence only. */
  weakCountryNames?: string[]
}

// ---- The loaded knowledge base ---------------------------------------------------------------------------------

/** A country or organisation: one "side" a story can involve. */
export interface Place {
  /** ISO alpha-2 (upper case) or organisation id. */
  id: string
  name: string
  names: string[]
  demonyms: string[]
  capitals: string[]
  seats: string[]
  metonyms: Metonym[]
  isOrganisation: boolean
}

export interface PersonTerm {
  officeId: string
  start: string
  end?: string
  acting: boolean
  /** The data marks the dates as approximate ("note": "date approximate"): rules allow a wider margin. */
  approximate?: boolean
}

/** A person the KB knows: everyone who holds or held a dated office, plus spelling information. */
export interface Person {
  id: string
  name: string
  variants: string[]
  given: string[]
  family: string[]
  /** Jurisdictions of the offices held, for "does the story involve that country". */
  jurisdictions: string[]
  terms: PersonTerm[]
}

export interface LoadedOffice extends Office {
  jurisdiction: string
  /** The file's `asOf`: the rules say nothing about later dates. */
  asOf: string
  file: string
}

/** What a phrase in the lookup index stands for. */
export type LookupEntry =
  | {kind: 'place'; place: string; form: 'name' | 'alias' | 'demonym' | 'capital' | 'seat' | 'metonym'; text: string; weak: boolean; metonym?: Metonym}
  /** A title or descriptor phrase; `key` indexes KnowledgeBase.titleOffices (one entry per phrase, however many offices). */
  | {kind: 'title' | 'descriptor'; key: string}
  | {kind: 'person'; person: string; variant: boolean}
  | {kind: 'family'; person: string}
  | {kind: 'place-variant'; variant: PlaceVariant; house: boolean}
  | {kind: 'subdivision'; country: string}

export interface KnowledgeBase {
  places: Map<string, Place>
  offices: Map<string, LoadedOffice>
  people: Map<string, Person>
  placeVariants: PlaceVariant[]
  subdivisions: Subdivisions[]
  notMetonyms: Set<string>
  weakCountryNames: Set<string>
  /** Files the KB was built from, for messages and the validation test. */
  files: string[]
  /** Phrase → entities, built once: see index-lookup.ts. */
  lookup: PhraseIndex<LookupEntry>
  /** Relatives and namesakes of KB people ("Jill Biden"), folded: never a wrong first name. */
  namesakes: Set<string>
  /** `kind:phrase` → ids of the offices with that title (or descriptor). Shared by every mention of the phrase. */
  titleOffices: Map<string, ReadonlySet<string>>
  /** Office ids per jurisdiction. */
  officesByJurisdiction: Map<string, string[]>
  /** Family name (folded) → people, for name checks. */
  byFamily: Map<string, Person[]>
}
