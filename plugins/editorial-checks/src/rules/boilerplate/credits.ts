// What makes a sentence a syndication credit: it names where the text came from or who holds its rights,
// in the fixed forms wires, syndicates and republishers use ("Reporting by X; Editing by Y", "© 2019 X",
// "This article originally appeared on Y", "X contributed to this report", "X and Y contributed."), and it is
// not reported speech.
import {boilerplateSignatures as signatures} from '../data/boilerplate-signatures.ts'
import {hasWordIn, type Paragraph, type SentenceTokens} from './paragraph.ts'
import type {Token} from './tokens.ts'

// Words allowed in the name part of "X, Y and Z of the Globe staff contributed."
const NAME_CONNECTORS = new Set([
  'and', 'of', 'the', 'staff', 'writer', 'writers', 'correspondent', 'correspondents', 'intern', 'interns', 'reporter',
  'reporters', 'editor', 'editors', 'in', 'from', 'at', 'with', 'also', 'researcher', 'researchers', 'producer',
])

const isNameLike = (t: Token) => t.symbol || t.capitalized || NAME_CONNECTORS.has(t.norm)

/** "Scott Wong and Jordain Carney contributed.": a short run of names closing with a contributor verb. */
function isContributorLine(tokens: readonly Token[]): boolean {
  const start = tokens.length > 20 ? -1 : tokens.findIndex((_, i) => signatures.credit.contributorLineEndings.matchAt(tokens, i) !== undefined)
  if (start <= 0) return false
  const names = tokens.slice(0, start)
  return names.some((t) => t.capitalized && !t.symbol) && names.every(isNameLike)
}

function creditKind(sentence: SentenceTokens): string | undefined {
  const tokens = sentence.tokens
  if (tokens.length === 0 || hasWordIn(tokens, signatures.attributionWords)) return undefined
  const match = signatures.credit.phrases.findAll(tokens).find((m) => !tokens[m.from]!.quoted)
  if (match) return match.pattern.label
  return isContributorLine(tokens) ? 'wire credit' : undefined
}

/** Credit kind per sentence (undefined where the sentence is not a credit). */
export function classifyCredits(paragraph: Paragraph): Array<string | undefined> {
  return paragraph.sentences.map(creditKind)
}
