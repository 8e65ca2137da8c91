// Shared by the name rules: which runs are names worth comparing, and words that signal relatives (the Trumps, the
// Castro brothers) so that a different first name is not read as a mistake.
import {fold} from '../../kb/index-lookup.ts'
import {nicknameGroups, normalizeGiven} from '../../kb/names.ts'
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
    for (const g of nicknameGroups()) for (const n of g) set.add(n)
    cache.set(kb, set)
  }
  return set
}
const cache = new WeakMap<KnowledgeBase, Set<string>>()

export function familyKey(run: NameRun): string {
  return fold(run.family).replace(/\u2019/g, "'")
}

const SPEECH = new Set(
  'said says told added wrote argued noted asked explained insisted recalled tweeted continued stated declared acknowledged admitted replied responded warned claimed testified announced urged vowed'.split(' '),
)
const HONORIFICS = new Set(
  'mr mrs ms miss dr sen rep gov gen adm col lt sgt capt president secretary minister chancellor senator governor mayor judge justice director chairman chairwoman speaker leader ambassador commissioner congressman congresswoman representative prince king queen sir dame lord lady'.split(' '),
)

const vocabulary = new WeakMap<EntityAnalysis, Set<string>>()
const people = new WeakMap<EntityAnalysis, Set<string>>()
const strongPeople = new WeakMap<EntityAnalysis, Set<string>>()

/** Words the article also writes in lower case: common words, not names ("Women", "Appropriations"). */
export function lowerCaseWords(a: EntityAnalysis): Set<string> {
  let set = vocabulary.get(a)
  if (!set) {
    set = new Set()
    for (const u of a.units) for (const t of u.tokens) if (!t.cap) set.add(t.norm)
    vocabulary.set(a, set)
  }
  return set
}

/**
 * Family names the article itself shows to be people: known to the KB, after an honorific or title ("Sen. Warren"),
 * before a verb of saying ("Eldridge said"), or (unless `strongOnly`) written with a first name that the article does
 * not write in lower case.
 */
export function personFamilies(a: EntityAnalysis, strongOnly = false): Set<string> {
  const cache = strongOnly ? strongPeople : people
  let set = cache.get(a)
  if (!set) {
    set = new Set()
    const lower = lowerCaseWords(a)
    for (const ref of a.persons) set.add(familyKey(ref.run))
    for (const m of a.offices) if (m.run) set.add(familyKey(m.run))
    for (const r of a.runs) {
      const t = r.unit.tokens
      const before = t[r.from - 1]
      const after = t[r.to]
      const key = familyKey(r)
      if (lower.has(key)) continue
      if ((before && HONORIFICS.has(before.norm)) || (after && SPEECH.has(after.norm) && /^,?\s$/.test(after.gap))) set.add(key)
      else if (!strongOnly && r.given !== undefined && !lower.has(fold(r.given)) && r.to - r.from >= 2) set.add(key)
    }
    cache.set(a, set)
  }
  return set
}

const HE = new Set(['he', 'his', 'him', 'himself'])
const SHE = new Set(['she', 'her', 'hers', 'herself'])

/** The first personal pronoun within a few words after the run: 'm', 'f', or undefined. */
export function pronounAfter(run: NameRun): 'm' | 'f' | undefined {
  const t = run.unit.tokens
  for (let i = run.to; i < t.length && i < run.to + 15; i++) {
    if (HE.has(t[i]!.norm)) return 'm'
    if (SHE.has(t[i]!.norm)) return 'f'
  }
  return undefined
}

const deletionIndex = new WeakMap<KnowledgeBase, Map<string, string[]>>()

function withOneDeletion(word: string): string[] {
  const out = [word]
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

/**
 * KB family names one edit (or a swap) from `word` (folded): a symmetric-deletion index built once per KB, so the
 * look-up costs the same whatever the KB's size.
 */
export function kbFamiliesNear(kb: KnowledgeBase, word: string): string[] {
  let index = deletionIndex.get(kb)
  if (!index) {
    index = new Map()
    for (const key of kb.byFamily.keys()) {
      for (const d of withOneDeletion(key)) {
        const list = index.get(d)
        if (!list) index.set(d, [key])
        else if (!list.includes(key)) list.push(key)
      }
    }
    deletionIndex.set(kb, index)
  }
  const out = new Set<string>()
  for (const d of withOneDeletion(word)) for (const key of index.get(d) ?? []) if (key !== word) out.add(key)
  return [...out]
}
