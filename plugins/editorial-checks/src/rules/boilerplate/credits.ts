// What makes a sentence a syndication credit: it names where the text came from or who holds its rights,
// in the fixed forms wires, syndicates and republishers use ("Reporting by X; Editing by Y", "© 2019 X",
// "This article originally appeared on Y", "X contributed to this report", "X and Y contributed.",
// "Smith reported from Kyiv."), and it is not reported speech.
import {boilerplateSignatures as signatures} from '../data/boilerplate-signatures.ts'
import {TRIGGER_CREDIT, type Paragraph, type SentenceTokens} from './paragraph.ts'
import type {Token} from './tokens.ts'

const vocab = signatures.credit
const isNameLike = (t: Token) => t.symbol || t.capitalized || vocab.contributorRoles.has(t.norm)

/**
 * "Scott Wong and Jordain Carney contributed.", "NPR's Sylvia Poggioli contributed from Rome.": a contributor
 * verb with nothing around it but names, places and role words.
 */
function isContributorLine(tokens: readonly Token[]): boolean {
  if (tokens.length > 40) return false
  for (let i = 1; i < tokens.length; i++) {
    const m = vocab.contributorLines.matchAt(tokens, i)
    if (!m || tokens[i]!.quoted) continue
    const names = tokens.slice(0, i)
    return names.some((t) => t.capitalized && !t.symbol) && names.every(isNameLike) && tokens.slice(m.to).every(isNameLike)
  }
  return false
}

function creditKind(sentence: SentenceTokens): string | undefined {
  const tokens = sentence.tokens
  if (tokens.length === 0 || sentence.attributed) return undefined
  for (const m of vocab.phrases.findAll(tokens)) {
    if (tokens[m.from]!.quoted) continue
    // "This story was originally published on Feb. 11 at 7:02 p.m." is a timestamp, not a source.
    const next = tokens[m.to]
    if (next && (vocab.dateWords.has(next.norm) || /^\d/.test(next.norm)) && ['on', 'at', 'in'].includes(tokens[m.to - 1]!.norm)) continue
    return m.pattern.label
  }
  return isContributorLine(tokens) ? 'wire credit' : undefined
}

/** Credit kind per sentence (undefined where the sentence is not a credit). */
export function classifyCredits(paragraph: Paragraph): Array<string | undefined> {
  // Speed: most sentences hold none of the words a credit needs ("contributed", "copyright" …).
  return paragraph.sentences.map((s) => (s.triggers & TRIGGER_CREDIT ? creditKind(s) : undefined))
}
