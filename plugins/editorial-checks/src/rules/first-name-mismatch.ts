import {defineRule, replaceText} from '../engine/index.ts'
import {fold} from '../kb/index-lookup.ts'
import {editDistance, normalizeGiven, sameGivenName} from '../kb/names.ts'
import type {Person} from '../kb/types.ts'
import {entityAnalysis, type EntityAnalysis} from './entity/analysis.ts'
import type {NameRun} from './entity/name-runs.ts'
import {titledOffice} from './entity/offices.ts'
import {familyKey, knownGivenNames, lowerCaseWords, mentionsRelatives, personFamilies, pronounAfter} from './entity/names.ts'

/** Qualifiers that make the title another office (whose holder the office data does not name). */
const OTHER_OFFICE = new Set(['deputy', 'assistant', 'under', 'associate', 'shadow', 'vice', 'lieutenant', 'junior', 'principal', 'a', 'an'])

// A first name that contradicts the KB or the article's own first mention: "Vice President Mark Pence", or
// "Mike Pence … Mark Pence". Relatives (a sentence about a wife, brother, son…) and nicknames (Mike/Michael) are
// not contradictions; a person the article never otherwise names is left alone (it may be someone else).
export default defineRule({
  meta: {
    id: 'first-name-mismatch',
    category: 'entity-name',
    defaultSeverity: 'error',
    description: 'A first name that contradicts the KB or the article\'s first mention of the person',
    messages: {
      titled: 'The {{title}} on {{day}} was {{holder}}, not {{written}}.',
      known: '{{written}}: elsewhere the article names {{holder}}.',
      article: '{{written}}: the article first names this person {{first}}.',
    },
  },
  check(article, ctx) {
    const a = entityAnalysis(article, ctx)
    const reported = new Set<NameRun>()
    const report = (run: NameRun, messageId: string, data: Record<string, string>, given: string) => {
      if (reported.has(run) || run.givenIdx === undefined) return
      reported.add(run)
      const tok = run.unit.tokens[run.givenIdx]!
      const fix = replaceText(run.unit.block, [tok.start, tok.end], given)
      ctx.report({messageId, data, block: run.unit.block, range: [run.start, run.familyEnd], ...(fix ? {fix} : {})})
    }
    // Bound to a title: the office says who it must be.
    for (const m of a.offices) {
      // "former Vice President Jerry Biden" is as wrong as without "former"; "Deputy Secretary" is another office.
      if (m.verdict.kind !== 'first-name' || m.kind !== 'title' || !m.run || m.qualifiers.some((q) => OTHER_OFFICE.has(q)) || m.hypothetical) continue
      const holder = m.verdict.holder
      const title = titledOffice(m, a.kb, holder)?.title ?? m.unit.text.slice(m.titleStart, m.titleEnd)
      report(m.run, 'titled', {title, day: a.day, holder: holder.name, written: written(m.run)}, holder.given[0] ?? '')
    }
    const known = knownGivenNames(a.kb)
    const supported = supportedPeople(a)
    const lower = lowerCaseWords(a)
    // Family names the article itself shows to be a person (after a title, before "said"…).
    const persons = personFamilies(a, true)
    // Per family name: its first full mention, and how often each first name is written with it.
    const firstFull = new Map<string, NameRun>()
    const givensByFamily = new Map<string, Map<string, number>>()
    for (const r of a.runs) {
      if (r.given === undefined) continue
      const key = familyKey(r)
      if (!firstFull.has(key)) firstFull.set(key, r)
      const givens = givensByFamily.get(key) ?? new Map<string, number>()
      givens.set(r.given, (givens.get(r.given) ?? 0) + 1)
      givensByFamily.set(key, givens)
    }
    for (const run of a.runs) {
      if (run.given === undefined || reported.has(run) || mentionsRelatives(run)) continue
      if (a.kb.namesakes.has(fold(`${run.given} ${run.family}`))) continue
      // A capital opening a sentence may be any word ("Fearing Putin…"): there a verb-like word is not taken for a
      // first name unless it is a known one, and opening a quotation ("Dump Trump" on a T-shirt) only a known one counts.
      const plausible =
        !run.sentenceInitial || known.has(normalizeGiven(run.given)) || (!/(?:ing|ed|ly)$/.test(normalizeGiven(run.given)) && !run.unit.quoted[run.from])
      // A word the article also writes in lower case is not a first name ("Minority Whip", "Embracing"), and a word
      // hyphenated to the next is part of something else ("Biden-Michelle Obama").
      if (lower.has(normalizeGiven(run.given)) || run.unit.tokens[run.givenIdx! + 1]?.gap === '-') continue
      // Written this way more than once: deliberate, or another person.
      let same = 0
      for (const [g, n] of givensByFamily.get(familyKey(run)) ?? []) if (sameGivenName(g, run.given)) same += n
      if (same > 1) continue
      // Against the KB: the family name is a KB person's whom the article names correctly elsewhere.
      const kbFamily = a.kb.byFamily.get(familyKey(run)) ?? []
      if (kbFamily.length > 0) {
        if (!plausible) continue
        if (kbFamily.some((p) => p.given.some((g) => sameGivenName(g, run.given!)))) continue
        const named = kbFamily.filter((p) => supported.has(p))
        // Relatives and namesakes share family names (Chelsea and Hillary Clinton); a wrong first name is a near miss
        // of the right one (Mark for Mike): same initial or within two edits.
        if (named.length === 1 && nearMiss(run.given, named[0]!.given) && !otherPronoun(a, run, named[0]!)) {
          report(run, 'known', {written: written(run), holder: named[0]!.name}, named[0]!.given[0] ?? '')
        }
        continue
      }
      // Against the article: the first full mention of this family name spells the given name differently.
      const firstRun = firstFull.get(familyKey(run))
      if (!firstRun || firstRun === run || mentionsRelatives(firstRun) || !persons.has(familyKey(run))) continue
      const g1 = normalizeGiven(firstRun.given!)
      const g2 = normalizeGiven(run.given)
      if (sameGivenName(g1, g2) || g1.length < 3 || g2.length < 3) continue
      if (editDistance(g1, g2, 2) > 2 || g1[0] !== g2[0]) continue
      report(run, 'article', {written: written(run), first: written(firstRun)}, firstRun.given!)
    }
  },
})

const pronouns = new WeakMap<EntityAnalysis, Map<Person, {m: number; f: number}>>()

/** "Jill Biden … she" where the article's Joe Biden is mostly "he": a different person. */
function otherPronoun(a: EntityAnalysis, run: NameRun, person: Person): boolean {
  const mine = pronounAfter(run)
  if (!mine) return false
  let counts = pronouns.get(a)
  if (!counts) {
    counts = new Map()
    for (const r of a.persons) {
      const p = pronounAfter(r.run)
      if (!p) continue
      const c = counts.get(r.person) ?? {m: 0, f: 0}
      c[p]++
      counts.set(r.person, c)
    }
    pronouns.set(a, counts)
  }
  const c = counts.get(person) ?? {m: 0, f: 0}
  const same = c[mine] - 1
  const other = mine === 'm' ? c.f : c.m
  return other >= 2 && other > same
}

function nearMiss(given: string, known: string[]): boolean {
  const g = normalizeGiven(given)
  return known.some((k) => {
    const n = normalizeGiven(k)
    return n[0] === g[0] || editDistance(n, g, 2) <= 2
  })
}

function written(run: NameRun): string {
  return run.unit.text.slice(run.start, run.familyEnd)
}

/**
 * KB people the article names with a matching first name or with a title they held. A family name alone is no
 * support: "Gates" may be Rick Gates in an article that never names Robert Gates.
 */
function supportedPeople(a: EntityAnalysis): Set<Person> {
  const out = new Set<Person>()
  for (const ref of a.persons) if (ref.via !== 'family') out.add(ref.person)
  for (const m of a.offices) if (m.verdict.kind === 'ok' || m.verdict.kind === 'stale') out.add(m.verdict.person)
  return out
}
