// Glue between `editorial.entity` documents (edited in the Studio) and the KB loader: each document becomes one
// office or places "file" the loader validates and merges with the shipped KB. Pure: no sanity, no react.
import {loadKnowledgeBase, type LoadOptions} from '../../kb/load.ts'
import type {KnowledgeBase, NamedData} from '../../kb/types.ts'
import {validateOfficeFile, validatePlacesFile} from '../../kb/validate.ts'

export type NamedEntityData = NamedData

export const ENTITY_KINDS = ['office-term', 'place-spelling', 'metonym'] as const
export type EntityKind = (typeof ENTITY_KINDS)[number]

/** An `editorial.entity` document as stored. Everything is optional because nothing stored is trusted. */
export interface EntityDocument {
  _id: string
  kind?: EntityKind
  // office-term
  person?: string
  personVariants?: string[]
  jurisdiction?: string
  officeId?: string
  officeKind?: string
  title?: string
  titleVariants?: string[]
  start?: string
  end?: string
  acting?: boolean
  // place-spelling
  house?: string
  variants?: string[]
  country?: string
  // metonym
  text?: string
  stands?: string
  from?: string
  until?: string
  // all
  source?: string
  date?: string
  note?: string
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [])
const label = (doc: EntityDocument) => `Studio entity ${doc._id.replace(/^drafts\./, '')}`

/** One document → the KB input it stands for, as the loader's office or places file format. */
export function entityToKbInput(doc: EntityDocument): {offices?: NamedData; places?: NamedData} {
  const file = label(doc)
  if (doc.kind === 'office-term') {
    const officeId = doc.officeId?.trim() || `studio.${doc._id.replace(/^drafts\./, '')}`
    const variants = list(doc.personVariants)
    return {
      offices: {
        file,
        data: {
          jurisdiction: doc.jurisdiction,
          source: doc.source,
          asOf: doc.date,
          offices: [
            {
              id: officeId,
              kind: doc.officeKind,
              title: doc.title,
              titleVariants: list(doc.titleVariants).length ? list(doc.titleVariants) : doc.title ? [doc.title] : [],
              // A newsroom entry adds a term; whether the office has one holder at a time is the shipped file's say.
              singleHolder: false,
              holders: [{name: doc.person, start: doc.start, ...(doc.end ? {end: doc.end} : {}), ...(doc.acting ? {acting: true} : {})}],
            },
          ],
          ...(variants.length ? {people: [{name: doc.person, variants}]} : {}),
        },
      },
    }
  }
  if (doc.kind === 'place-spelling') {
    return {
      places: {
        file,
        data: {
          source: doc.source,
          date: doc.date,
          placeVariants: [{house: doc.house, variants: list(doc.variants), country: doc.country, source: doc.source, date: doc.date}],
        },
      },
    }
  }
  if (doc.kind === 'metonym') {
    return {
      places: {
        file,
        data: {
          source: doc.source,
          date: doc.date,
          metonyms: [
            {
              text: doc.text,
              ...(list(doc.variants).length ? {variants: list(doc.variants)} : {}),
              country: doc.country,
              stands: doc.stands,
              ...(doc.from ? {from: doc.from} : {}),
              ...(doc.until ? {until: doc.until} : {}),
              source: doc.source,
              date: doc.date,
            },
          ],
        },
      },
    }
  }
  return {}
}

/** Problems with one document, in the loader's words (empty when it will load). */
export function validateEntity(doc: EntityDocument): string[] {
  if (!doc.kind || !(ENTITY_KINDS as readonly string[]).includes(doc.kind)) return [`${label(doc)}: choose what kind of entry this is`]
  const input = entityToKbInput(doc)
  if (input.offices) return validateOfficeFile(input.offices.data, input.offices.file)
  if (input.places) return validatePlacesFile(input.places.data, input.places.file)
  return []
}

export interface StudioKb {
  kb: KnowledgeBase
  /** Entity documents left out, and why: a bad entry must not take the whole KB down. */
  skipped: Array<{id: string; problems: string[]}>
}

/**
 * The shipped KB merged with the Studio's entities. Documents with problems are skipped (and reported); if the
 * merged KB still does not load (e.g. an entry overlaps a shipped term), the shipped KB is used and every Studio
 * entry is reported as skipped with the loader's message.
 */
export function buildStudioKb(docs: readonly EntityDocument[], base: LoadOptions = {}): StudioKb {
  // A draft is the editor's latest word: prefer it over the published copy of the same entity.
  const byId = new Map<string, EntityDocument>()
  for (const doc of docs) {
    const id = doc._id.replace(/^drafts\./, '')
    if (!byId.has(id) || doc._id.startsWith('drafts.')) byId.set(id, doc)
  }
  const skipped: StudioKb['skipped'] = []
  const offices: NamedData[] = []
  const places: NamedData[] = []
  for (const [id, doc] of byId) {
    const problems = validateEntity(doc)
    if (problems.length) {
      skipped.push({id, problems})
      continue
    }
    const input = entityToKbInput(doc)
    if (input.offices) offices.push(input.offices)
    if (input.places) places.push(input.places)
  }
  try {
    const kb = loadKnowledgeBase({...base, extra: [...(base.extra ?? []), ...offices], places: [...(base.places ?? []), ...places]})
    return {kb, skipped}
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const ids = [...byId.keys()].filter((id) => !skipped.some((s) => s.id === id))
    return {kb: loadKnowledgeBase(base), skipped: [...skipped, ...ids.map((id) => ({id, problems: [message]}))]}
  }
}
