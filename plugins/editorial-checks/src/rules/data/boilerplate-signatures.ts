// Loads and validates boilerplate-signatures.json: the vocabulary of the subscription-boilerplate,
// syndication-credit and page-furniture rules. A malformed file throws one error listing every problem.
import raw from './boilerplate-signatures.json' with {type: 'json'}
import {compilePattern, PhraseSet, type Pattern} from '../boilerplate/tokens.ts'

export interface BoilerplateSignatures {
  source: string
  date: string
  /** Words that make a sentence reported speech ("said", "told", "tweeted" …). */
  attributionWords: ReadonlySet<string>
  prompt: {
    callsToAction: PhraseSet
    /** Right after a one-word call to action, these show it is not an imperative ("Start of the season"). */
    notImperativeAfter: ReadonlySet<string>
    /** Calls to action that are nouns too ("Support for the bill …"), and the words that show the noun use. */
    nounLikeCallsToAction: ReadonlySet<string>
    nounLikeFollowers: ReadonlySet<string>
    /** A finite verb just after a one-word call to action makes it a subject ("Download speeds have doubled"). */
    finiteVerbs: ReadonlySet<string>
    leadIns: PhraseSet
    /** Labelled with their kind: newsletter, subscription, follow-us, app, podcast, donation, membership. */
    topics: PhraseSet
    /** Topic kinds (platforms) that only count after "on", "at" … or before a @handle. */
    socialKinds: ReadonlySet<string>
    socialPrepositions: ReadonlySet<string>
    /** A platform is a topic only after one of these ("follow", "join", "like" …) earlier in the sentence. */
    socialActions: ReadonlySet<string>
    /** A clause starting with these ("If you liked this story, …") may be followed by the imperative. */
    conditionOpeners: ReadonlySet<string>
    supportWords: ReadonlySet<string>
    readerWords: ReadonlySet<string>
    publisherWords: ReadonlySet<string>
    linkWords: ReadonlySet<string>
    /** Widget and pitch phrases that are prompts on their own, labelled with their kind. */
    signatures: PhraseSet
  }
  credit: {
    /** Labelled with their kind: wire credit, copyright notice, republication note. */
    phrases: PhraseSet
    /** "contributed", "reported from" …: with only names around them, a contributor line. */
    contributorLines: PhraseSet
    /** Lower-case words allowed among the names of a contributor line ("staff", "writers", "in" …). */
    contributorRoles: ReadonlySet<string>
    /** "published on" before one of these is a timestamp, not a republication note. */
    dateWords: ReadonlySet<string>
  }
  furniture: {
    /** Labelled with their kind; each must be the whole paragraph. */
    wholeParagraph: PhraseSet
    /** Followed by a colon, they open a link line ("READ MORE: …"). */
    linkLabels: PhraseSet
    /** They open a link line on their own ("Read more from …"), in a short paragraph. */
    linkLines: PhraseSet
    /** Sentences that point at the source page ("Click here", "the graphic above"). */
    pointers: PhraseSet
    captionStarts: PhraseSet
    creditWords: ReadonlySet<string>
    agencies: PhraseSet
  }
}

export class SignatureFileError extends Error {
  readonly problems: string[]
  constructor(file: string, problems: string[]) {
    super(`Invalid boilerplate signatures (${file}):\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'SignatureFileError'
    this.problems = problems
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Validates a parsed signature file and compiles its patterns. Throws SignatureFileError on any problem. */
export function loadSignatures(data: unknown, file = 'boilerplate-signatures.json'): BoilerplateSignatures {
  const problems: string[] = []

  const section = (value: unknown, where: string): Record<string, unknown> => {
    if (isRecord(value)) return value
    problems.push(`${where} must be an object`)
    return {}
  }
  const strings = (value: unknown, where: string): string[] => {
    if (!Array.isArray(value) || value.length === 0) {
      problems.push(`${where} must be a non-empty array of strings`)
      return []
    }
    return value.flatMap((v, i) => {
      if (typeof v === 'string' && v.trim() !== '') return [v.trim()]
      problems.push(`${where}[${i}] must be a non-empty string, got ${JSON.stringify(v)}`)
      return []
    })
  }
  const words = (value: unknown, where: string): Set<string> =>
    new Set(
      strings(value, where).flatMap((w, i) => {
        if (!/\s/.test(w)) return [w.toLowerCase()]
        problems.push(`${where}[${i}] must be a single word, got "${w}"`)
        return []
      }),
    )
  const compile = (sources: string[], where: string, label?: string): Pattern[] =>
    sources.flatMap((s, i) => {
      try {
        return [compilePattern(s, label ?? s)]
      } catch (error) {
        problems.push(`${where}[${i}]: ${(error as Error).message}`)
        return []
      }
    })
  const phrases = (value: unknown, where: string) => new PhraseSet(compile(strings(value, where), where))
  const labelled = (value: unknown, where: string): PhraseSet => {
    const groups = section(value, where)
    if (Object.keys(groups).length === 0) problems.push(`${where} must name at least one kind`)
    return new PhraseSet(Object.entries(groups).flatMap(([kind, list]) => compile(strings(list, `${where}.${kind}`), `${where}.${kind}`, kind)))
  }

  if (!isRecord(data)) throw new SignatureFileError(file, ['the file must be an object'])
  const root = data
  if (typeof root.source !== 'string' || root.source.trim() === '') problems.push('"source" must say where the vocabulary comes from')
  if (typeof root.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(root.date) || Number.isNaN(Date.parse(root.date))) {
    problems.push('"date" must be a YYYY-MM-DD date')
  }
  const sub = section(root.subscription, 'subscription')
  const syn = section(root.syndication, 'syndication')
  const fur = section(root.furniture, 'furniture')
  // Without its sections the file is not this file at all: say so once rather than for every list.
  if (problems.some((p) => p.endsWith('must be an object'))) throw new SignatureFileError(file, problems)

  const topics = labelled(sub.topics, 'subscription.topics')
  const socialKinds = new Set(strings(sub.socialTopics, 'subscription.socialTopics'))
  const topicKinds = new Set(topics.patterns.map((p) => p.label))
  for (const kind of socialKinds) if (!topicKinds.has(kind)) problems.push(`subscription.socialTopics names unknown topic "${kind}"`)

  const signatures: BoilerplateSignatures = {
    source: String(root.source ?? ''),
    date: String(root.date ?? ''),
    attributionWords: words(root.attributionWords, 'attributionWords'),
    prompt: {
      callsToAction: phrases(sub.callsToAction, 'subscription.callsToAction'),
      notImperativeAfter: words(sub.notImperativeAfter, 'subscription.notImperativeAfter'),
      nounLikeCallsToAction: words(sub.nounLikeCallsToAction, 'subscription.nounLikeCallsToAction'),
      nounLikeFollowers: words(sub.nounLikeFollowers, 'subscription.nounLikeFollowers'),
      finiteVerbs: words(sub.finiteVerbs, 'subscription.finiteVerbs'),
      leadIns: phrases(sub.leadIns, 'subscription.leadIns'),
      topics,
      socialKinds,
      socialPrepositions: words(sub.socialPrepositions, 'subscription.socialPrepositions'),
      socialActions: words(sub.socialActions, 'subscription.socialActions'),
      conditionOpeners: words(sub.conditionOpeners, 'subscription.conditionOpeners'),
      supportWords: words(sub.supportWords, 'subscription.supportWords'),
      readerWords: words(sub.readerWords, 'subscription.readerWords'),
      publisherWords: words(sub.publisherWords, 'subscription.publisherWords'),
      linkWords: words(sub.linkWords, 'subscription.linkWords'),
      signatures: labelled(sub.signatures, 'subscription.signatures'),
    },
    credit: {
      phrases: labelled(syn.credits, 'syndication.credits'),
      contributorLines: phrases(syn.contributorLines, 'syndication.contributorLines'),
      contributorRoles: words(syn.contributorRoles, 'syndication.contributorRoles'),
      dateWords: words(syn.dateWords, 'syndication.dateWords'),
    },
    furniture: {
      wholeParagraph: labelled(fur.wholeParagraph, 'furniture.wholeParagraph'),
      linkLabels: phrases(fur.linkLabels, 'furniture.linkLabels'),
      linkLines: phrases(fur.linkLines, 'furniture.linkLines'),
      pointers: phrases(fur.pointers, 'furniture.pointers'),
      captionStarts: phrases(fur.captionStarts, 'furniture.captionStarts'),
      creditWords: words(fur.creditWords, 'furniture.creditWords'),
      agencies: phrases(fur.agencies, 'furniture.agencies'),
    },
  }
  if (problems.length) throw new SignatureFileError(file, problems)
  return signatures
}

/** The shipped vocabulary, validated once when the rules load. */
export const boilerplateSignatures: BoilerplateSignatures = loadSignatures(raw)
