// Shared by the name rules: which runs are names worth comparing, and words that signal relatives (the Trumps, the
// Castro brothers) so that a different first name is not read as a mistake.
import {fold} from '../../kb/index-lookup.ts'
import {normalizeGiven} from '../../kb/names.ts'
import type {KnowledgeBase} from '../../kb/types.ts'
import type {EntityAnalysis} from './analysis.ts'
import type {NameRun} from './name-runs.ts'
import {sentenceTokens} from './context.ts'

const RELATIVES = new Set(
  (
    'wife husband son sons daughter daughters brother brothers sister sisters father mother dad mom mum parents family families ' +
    'cousin cousins uncle aunt nephew niece grandson granddaughter grandfather grandmother widow widower spouse children child ' +
    'twin twins stepson stepdaughter lady ladies jr sr ii iii heir dynasty couple married fiancé fiancee fiance in-law'
  ).split(' '),
)

/** The sentence holding the run mentions a relative. */
export function mentionsRelatives(run: NameRun): boolean {
  for (const i of sentenceTokens(run.unit, run.from)) if (RELATIVES.has(run.unit.tokens[i]!.norm)) return true
  return false
}

/** Given names the KB or the nickname table knows: a sentence-initial capital is only a name if it is one of these. */
export function knownGivenNames(kb: KnowledgeBase): Set<string> {
  let set = cache.get(kb)
  if (!set) {
    set = new Set<string>()
    for (const p of kb.people.values()) for (const g of p.given) set.add(normalizeGiven(g))
    cache.set(kb, set)
  }
  return set
}
const cache = new WeakMap<KnowledgeBase, Set<string>>()

export function familyKey(run: NameRun): string {
  return fold(run.family)
}

/** How often each family name occurs in the article's runs (title, dek and body). */
export function familyCounts(a: EntityAnalysis): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of a.runs) counts.set(familyKey(r), (counts.get(familyKey(r)) ?? 0) + 1)
  return counts
}
