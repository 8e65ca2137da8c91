// Schema checks for KB data files. Every problem names the file and the entry, in plain language, so a newsroom
// editor adding an entry in the Studio (or a developer running the data test) knows what to fix.
import {OFFICE_KINDS, type Holder, type Office, type OfficeFile, type PlacesFile} from './types.ts'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''

export function isValidDate(v: unknown): v is string {
  if (typeof v !== 'string' || !DATE.test(v)) return false
  const d = new Date(`${v}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], where: string, problems: string[]) {
  for (const key of Object.keys(value)) {
    // "_id", "_type", "_key", "_rev"…: Sanity's own fields, present when the entry comes from a Studio document.
    if (!allowed.includes(key) && !key.startsWith('_')) problems.push(`${where}: unknown field "${key}" (allowed: ${allowed.join(', ')})`)
  }
}

function stringList(value: unknown, where: string, field: string, problems: string[], required = false): void {
  if (value === undefined) {
    if (required) problems.push(`${where}: "${field}" is missing`)
    return
  }
  if (!Array.isArray(value) || value.some((v) => !isNonEmptyString(v))) {
    problems.push(`${where}: "${field}" must be a list of non-empty strings`)
  } else if (required && value.length === 0) {
    problems.push(`${where}: "${field}" must not be empty`)
  }
}

function checkHolder(raw: unknown, where: string, asOf: string | undefined, problems: string[]): raw is Holder {
  if (!isRecord(raw)) {
    problems.push(`${where}: must be an object {name, start, end?, acting?, source?}`)
    return false
  }
  const before = problems.length
  unknownKeys(raw, ['name', 'start', 'end', 'acting', 'source', 'note'], where, problems)
  if (!isNonEmptyString(raw.name)) problems.push(`${where}: "name" is missing`)
  if (!isValidDate(raw.start)) problems.push(`${where}: "start" must be a date YYYY-MM-DD, got ${JSON.stringify(raw.start)}`)
  if (raw.end !== undefined && !isValidDate(raw.end)) problems.push(`${where}: "end" must be a date YYYY-MM-DD, got ${JSON.stringify(raw.end)}`)
  if (isValidDate(raw.start) && isValidDate(raw.end) && raw.end < raw.start) {
    problems.push(`${where}: ends (${raw.end}) before it starts (${raw.start})`)
  }
  if (asOf && isValidDate(raw.start) && raw.start > asOf) problems.push(`${where}: starts (${raw.start}) after the file's asOf (${asOf})`)
  if (asOf && isValidDate(raw.end) && raw.end > asOf) problems.push(`${where}: ends (${raw.end}) after the file's asOf (${asOf})`)
  if (raw.acting !== undefined && typeof raw.acting !== 'boolean') problems.push(`${where}: "acting" must be true or false`)
  if (raw.source !== undefined && !isNonEmptyString(raw.source)) problems.push(`${where}: "source" must be a non-empty string`)
  return problems.length === before
}

/**
 * Terms of a one-holder office: ordered by start, non-acting terms may touch (end == next start) but not overlap,
 * and only the last may be open. Returns problems naming the office and the two holders.
 */
export function checkTerms(office: Pick<Office, 'id' | 'singleHolder' | 'holders'>, where: string): string[] {
  const problems: string[] = []
  const holders = office.holders
  for (let i = 1; i < holders.length; i++) {
    if (holders[i]!.start < holders[i - 1]!.start) {
      problems.push(`${where}: holders are not in date order (${holders[i]!.name} ${holders[i]!.start} is listed after ${holders[i - 1]!.name} ${holders[i - 1]!.start})`)
      break
    }
  }
  if (!office.singleHolder) return problems
  const terms = holders.filter((h) => !h.acting).slice().sort((a, b) => a.start.localeCompare(b.start))
  for (let i = 1; i < terms.length; i++) {
    const prev = terms[i - 1]!
    const next = terms[i]!
    if (prev.end === undefined) {
      problems.push(`${where}: ${prev.name} (from ${prev.start}) has no end date but ${next.name} starts ${next.start}; a one-holder office cannot have two holders at once`)
    } else if (next.start < prev.end) {
      problems.push(`${where}: terms overlap: ${prev.name} ${prev.start}–${prev.end} and ${next.name} from ${next.start}`)
    }
  }
  return problems
}

/** Validates one dated-office file. Returns the problems (empty when the file is valid). */
export function validateOfficeFile(data: unknown, file: string): string[] {
  const problems: string[] = []
  if (!isRecord(data)) return [`${file}: must be a JSON object {jurisdiction, source, asOf, offices, people?}`]
  unknownKeys(data, ['jurisdiction', 'source', 'asOf', 'offices', 'people', 'note', '$schema'], file, problems)
  if (!isNonEmptyString(data.jurisdiction)) problems.push(`${file}: "jurisdiction" is missing`)
  if (!isNonEmptyString(data.source)) problems.push(`${file}: "source" is missing: every entry must be sourced`)
  if (!isValidDate(data.asOf)) problems.push(`${file}: "asOf" must be a date YYYY-MM-DD, got ${JSON.stringify(data.asOf)}`)
  const asOf = isValidDate(data.asOf) ? data.asOf : undefined
  if (!Array.isArray(data.offices)) {
    problems.push(`${file}: "offices" must be a list`)
    return problems
  }
  const ids = new Set<string>()
  const holderNames = new Set<string>()
  data.offices.forEach((raw, i) => {
    const label = isRecord(raw) && typeof raw.id === 'string' ? `${file}: offices[${i}] (${raw.id})` : `${file}: offices[${i}]`
    if (!isRecord(raw)) {
      problems.push(`${label}: must be an object`)
      return
    }
    unknownKeys(raw, ['id', 'kind', 'title', 'titleVariants', 'descriptors', 'singleHolder', 'holders', 'note', 'source'], label, problems)
    if (!isNonEmptyString(raw.id)) problems.push(`${label}: "id" is missing`)
    else if (ids.has(raw.id)) problems.push(`${label}: duplicate office id "${raw.id}"`)
    else ids.add(raw.id)
    if (!(OFFICE_KINDS as readonly unknown[]).includes(raw.kind)) {
      problems.push(`${label}: "kind" must be one of ${OFFICE_KINDS.join(', ')}, got ${JSON.stringify(raw.kind)}`)
    }
    if (!isNonEmptyString(raw.title)) problems.push(`${label}: "title" is missing`)
    stringList(raw.titleVariants, label, 'titleVariants', problems, true)
    stringList(raw.descriptors, label, 'descriptors', problems)
    if (typeof raw.singleHolder !== 'boolean') problems.push(`${label}: "singleHolder" must be true or false`)
    if (raw.source !== undefined && !isNonEmptyString(raw.source)) problems.push(`${label}: "source" must be a non-empty string`)
    if (!Array.isArray(raw.holders)) {
      problems.push(`${label}: "holders" must be a list`)
      return
    }
    let allHoldersValid = true
    raw.holders.forEach((h, j) => {
      const hLabel = `${label} holders[${j}]${isRecord(h) && typeof h.name === 'string' ? ` (${h.name})` : ''}`
      if (checkHolder(h, hLabel, asOf, problems)) holderNames.add((h as Holder).name)
      else allHoldersValid = false
    })
    if (allHoldersValid && typeof raw.singleHolder === 'boolean') {
      problems.push(...checkTerms({id: String(raw.id), singleHolder: raw.singleHolder, holders: raw.holders as Holder[]}, label))
    }
  })
  if (data.people !== undefined) {
    if (!Array.isArray(data.people)) problems.push(`${file}: "people" must be a list`)
    else {
      data.people.forEach((raw, i) => {
        const label = `${file}: people[${i}]${isRecord(raw) && typeof raw.name === 'string' ? ` (${raw.name})` : ''}`
        if (!isRecord(raw)) {
          problems.push(`${label}: must be an object {name, variants?, given?, family?}`)
          return
        }
        unknownKeys(raw, ['name', 'variants', 'given', 'family', 'note'], label, problems)
        if (!isNonEmptyString(raw.name)) problems.push(`${label}: "name" is missing`)
        else if (!holderNames.has(raw.name)) {
          problems.push(`${label}: "${raw.name}" is not the name of any holder in this file (people[].name must equal the holder's name)`)
        }
        stringList(raw.variants, label, 'variants', problems)
        stringList(raw.given, label, 'given', problems)
        stringList(raw.family, label, 'family', problems)
      })
    }
  }
  return problems
}

/** Validates one places file (seats of government, metonyms, aliases, place variants). */
export function validatePlacesFile(data: unknown, file: string): string[] {
  const problems: string[] = []
  if (!isRecord(data)) return [`${file}: must be a JSON object`]
  const allowed = ['source', 'date', 'seats', 'metonyms', 'aliases', 'placeVariants', 'organisations', 'subdivisions', 'notMetonyms', 'weakCountryNames', 'note']
  unknownKeys(data, allowed, file, problems)
  if (!isNonEmptyString(data.source)) problems.push(`${file}: "source" is missing: every entry must be sourced`)
  if (!isValidDate(data.date)) problems.push(`${file}: "date" must be a date YYYY-MM-DD`)
  const entries = (field: string, required: string[], optional: string[], extra?: (e: Record<string, unknown>, where: string) => void) => {
    const list = data[field]
    if (list === undefined) return
    if (!Array.isArray(list)) {
      problems.push(`${file}: "${field}" must be a list`)
      return
    }
    list.forEach((e, i) => {
      const name = isRecord(e) ? (e.seat ?? e.text ?? e.house ?? e.country ?? e.id) : undefined
      const where = `${file}: ${field}[${i}]${typeof name === 'string' ? ` (${name})` : ''}`
      if (!isRecord(e)) {
        problems.push(`${where}: must be an object`)
        return
      }
      unknownKeys(e, [...required, ...optional, 'note'], where, problems)
      for (const k of required) {
        if (e[k] === undefined) problems.push(`${where}: "${k}" is missing`)
      }
      if (!isNonEmptyString(e.source)) problems.push(`${where}: "source" is missing: every entry must be sourced`)
      if (!isValidDate(e.date)) problems.push(`${where}: "date" must be a date YYYY-MM-DD`)
      extra?.(e, where)
    })
  }
  entries('seats', ['country', 'seat', 'source', 'date'], [])
  entries('metonyms', ['text', 'country', 'stands', 'source', 'date'], ['variants', 'from', 'until'], (e, where) => {
    stringList(e.variants, where, 'variants', problems)
    for (const k of ['from', 'until']) if (e[k] !== undefined && !isValidDate(e[k])) problems.push(`${where}: "${k}" must be a date YYYY-MM-DD`)
  })
  entries('aliases', ['country', 'aliases', 'source', 'date'], ['adjectives'], (e, where) => {
    stringList(e.aliases, where, 'aliases', problems, true)
    stringList(e.adjectives, where, 'adjectives', problems)
  })
  entries('placeVariants', ['house', 'variants', 'country', 'source', 'date'], [], (e, where) => stringList(e.variants, where, 'variants', problems, true))
  entries('organisations', ['id', 'names', 'source', 'date'], [], (e, where) => stringList(e.names, where, 'names', problems, true))
  entries('subdivisions', ['country', 'names', 'source', 'date'], [], (e, where) => stringList(e.names, where, 'names', problems, true))
  stringList(data.notMetonyms, file, 'notMetonyms', problems)
  stringList(data.weakCountryNames, file, 'weakCountryNames', problems)
  return problems
}

export type {OfficeFile, PlacesFile}
