// Loads and validates author-bio-signals.json: the vocabularies the author-bio rule scores paragraphs with.
// Validation happens once, at import, so a broken data file fails loudly instead of silently matching nothing.
import raw from './author-bio-signals.json' with {type: 'json'}

/** A phrase as matchable tokens: each slot lists the accepted words; `null` is a gap of up to four words. */
export type Phrase = Array<readonly string[] | null>

export interface AuthorBioSignals {
  source: string
  date: string
  occupations: ReadonlySet<string>
  organisationWords: ReadonlySet<string>
  honorifics: ReadonlySet<string>
  nonNameStarters: ReadonlySet<string>
  pronounSubjects: ReadonlySet<string>
  /** Lower-case words inside names ("de", "van", "bin"). */
  nameParticles: ReadonlySet<string>
  /** Adverbs that may sit between a subject and its predicate ("most recently served as"). */
  predicateAdverbs: ReadonlySet<string>
  authorReferences: Phrase[]
  copulas: Phrase[]
  bioVerbs: Phrase[]
  careerVerbs: Phrase[]
  careerPhrases: Phrase[]
  contact: {
    imperativeVerbs: Phrase[]
    personObjects: Phrase[]
    publicationObjects: ReadonlySet<string>
    passivePhrases: Phrase[]
    platforms: Phrase[]
    labels: Phrase[]
    obfuscatedEmails: string[]
    profileDomains: string[]
  }
  tweetEmbed: {markers: string[]; months: ReadonlySet<string>}
  reportingVerbs: ReadonlySet<string>
  newsmakerMarkers: Phrase[]
}

export class SignalsError extends Error {
  constructor(problems: string[]) {
    super(`author-bio-signals.json is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'SignalsError'
  }
}

const WORD = /^[a-z0-9][a-z0-9'.]*$/

/** Splits a phrase the way the rule tokenizes text: on spaces and hyphens, lower case. */
export function compilePhrase(phrase: string): Phrase {
  return phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => (part === '...' ? null : part.split('/')))
}

/** Validates the parsed JSON and compiles it; throws SignalsError listing every problem. */
export function loadAuthorBioSignals(data: unknown): AuthorBioSignals {
  const problems: string[] = []
  const obj = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<string, unknown>
  if (obj !== data) problems.push('the file must hold a JSON object')

  const text = (key: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`"${key}" must be a non-empty string`)
    return typeof value === 'string' ? value : ''
  }
  // `kind` says what each entry must look like: one word, or a phrase of words (with `a/b` and `...`).
  const list = (key: string, value: unknown, kind: 'word' | 'phrase' | 'literal'): string[] => {
    if (!Array.isArray(value) || value.length === 0) {
      problems.push(`"${key}" must be a non-empty array of strings`)
      return []
    }
    const seen = new Set<string>()
    const out: string[] = []
    value.forEach((entry, i) => {
      if (typeof entry !== 'string' || entry.trim() === '') return void problems.push(`"${key}"[${i}] must be a non-empty string`)
      if (kind !== 'literal' && entry !== entry.toLowerCase()) problems.push(`"${key}"[${i}] "${entry}" must be lower case`)
      if (kind === 'word' && !WORD.test(entry)) problems.push(`"${key}"[${i}] "${entry}" must be a single word`)
      if (kind === 'phrase') {
        const parts = compilePhrase(entry)
        if (parts.length === 0 || parts[0] === null || parts[parts.length - 1] === null) {
          problems.push(`"${key}"[${i}] "${entry}" must start and end with a word`)
        }
        for (const slot of parts) for (const w of slot ?? []) if (!WORD.test(w)) problems.push(`"${key}"[${i}] "${entry}" has a bad word "${w}"`)
      }
      if (seen.has(entry)) problems.push(`"${key}" lists "${entry}" twice`)
      seen.add(entry)
      out.push(entry)
    })
    return out
  }
  const words = (key: string, value: unknown) => new Set(list(key, value, 'word'))
  const phrases = (key: string, value: unknown) => list(key, value, 'phrase').map(compilePhrase)

  const source = text('source', obj.source)
  const date = text('date', obj.date)
  if (date && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) problems.push(`"date" must be YYYY-MM-DD, got "${date}"`)
  const contactRaw = (typeof obj.contact === 'object' && obj.contact !== null ? obj.contact : {}) as Record<string, unknown>
  if (typeof obj.contact !== 'object' || obj.contact === null) problems.push('"contact" must be an object')
  const tweetRaw = (typeof obj.tweetEmbed === 'object' && obj.tweetEmbed !== null ? obj.tweetEmbed : {}) as Record<string, unknown>
  if (typeof obj.tweetEmbed !== 'object' || obj.tweetEmbed === null) problems.push('"tweetEmbed" must be an object')

  const signals: AuthorBioSignals = {
    source,
    date,
    occupations: words('occupations', obj.occupations),
    organisationWords: words('organisationWords', obj.organisationWords),
    honorifics: words('honorifics', obj.honorifics),
    nonNameStarters: words('nonNameStarters', obj.nonNameStarters),
    pronounSubjects: words('pronounSubjects', obj.pronounSubjects),
    nameParticles: words('nameParticles', obj.nameParticles),
    predicateAdverbs: words('predicateAdverbs', obj.predicateAdverbs),
    authorReferences: phrases('authorReferences', obj.authorReferences),
    copulas: phrases('copulas', obj.copulas),
    bioVerbs: phrases('bioVerbs', obj.bioVerbs),
    careerVerbs: phrases('careerVerbs', obj.careerVerbs),
    careerPhrases: phrases('careerPhrases', obj.careerPhrases),
    contact: {
      imperativeVerbs: phrases('contact.imperativeVerbs', contactRaw.imperativeVerbs),
      personObjects: phrases('contact.personObjects', contactRaw.personObjects),
      publicationObjects: words('contact.publicationObjects', contactRaw.publicationObjects),
      passivePhrases: phrases('contact.passivePhrases', contactRaw.passivePhrases),
      platforms: phrases('contact.platforms', contactRaw.platforms),
      labels: phrases('contact.labels', contactRaw.labels),
      obfuscatedEmails: list('contact.obfuscatedEmails', contactRaw.obfuscatedEmails, 'literal'),
      profileDomains: list('contact.profileDomains', contactRaw.profileDomains, 'literal'),
    },
    tweetEmbed: {
      markers: list('tweetEmbed.markers', tweetRaw.markers, 'literal'),
      months: words('tweetEmbed.months', tweetRaw.months),
    },
    reportingVerbs: words('reportingVerbs', obj.reportingVerbs),
    newsmakerMarkers: phrases('newsmakerMarkers', obj.newsmakerMarkers),
  }
  if (problems.length) throw new SignalsError(problems)
  return signals
}

export const authorBioSignals: AuthorBioSignals = loadAuthorBioSignals(raw)
