import {defineRule, replaceText} from '../engine/index.ts'
import {editDistance, sameGivenName, skeleton} from '../kb/names.ts'
import {fold} from '../kb/index-lookup.ts'
import {entityAnalysis, type EntityAnalysis} from './entity/analysis.ts'
import type {NameRun} from './entity/name-runs.ts'
import {familyKey, kbFamiliesNear, lowerCaseWords, mentionsRelatives, personFamilies} from './entity/names.ts'
import type {OfficeMention} from './entity/offices.ts'

// The same person's family name spelt two ways in one article ("Pompeo" … "Pompoe"), found without a list: a rare
// spelling one or two edits from an established name (written with a first name, known to the KB, or repeated).
// Spellings that differ only by transliteration (Zelensky/Zelenskiy) are the name-variant rule's, at info level.

/** Endings that make a different word from the same stem: "Obamas", "Clintonite", "Semitic"/"Semitism". */
const ENDINGS = ['ations', 'ation', 'ators', 'ator', 'ists', 'ites', 'ians', 'ism', 'ist', 'ite', 'ian', 'ics', 'ese', 'ers', 'ors', 'ity', 'ing', 'ans', 'ic', 'an', 'es', 'ed', 'er', 'or', 'al', 'ns', 's', 'n', 'y', 'i', 'a', 'e', 'o']

function stem(word: string): string {
  for (const e of ENDINGS) if (word.length - e.length >= 4 && word.endsWith(e)) return word.slice(0, -e.length)
  return word
}

function derived(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.startsWith(short) && ENDINGS.includes(long.slice(short.length))) return true
  const sa = stem(a)
  const sb = stem(b)
  return sa === sb || (sa.length >= 4 && sb.length >= 4 && (sa.startsWith(sb) || sb.startsWith(sa)) && Math.abs(sa.length - sb.length) <= 1 && sa !== a && sb !== b)
}

/** Edits allowed between a typo and the name, by length: short names are too crowded to guess. */
function maxEdits(name: string): number {
  return name.length >= 9 ? 2 : name.length >= 5 ? 1 : 0
}

interface Established {
  key: string
  spelling: string
  count: number
  givens: Set<string>
  kb: boolean
}

function establishedNames(a: EntityAnalysis): Map<string, Established> {
  const out = new Map<string, Established>()
  const get = (run: NameRun) => {
    const key = familyKey(run)
    let e = out.get(key)
    if (!e) {
      e = {key, spelling: run.family, count: 0, givens: new Set(), kb: a.kb.byFamily.has(key)}
      out.set(key, e)
    }
    return e
  }
  for (const run of a.runs) {
    const e = get(run)
    e.count++
    if (run.given !== undefined) e.givens.add(run.given)
  }
  return out
}

export default defineRule({
  meta: {
    id: 'name-spelling',
    category: 'entity-name',
    defaultSeverity: 'error',
    description: 'The same person\'s name spelt two ways in one article',
    messages: {
      typo: '"{{written}}" looks like a misspelling of {{name}}, as the article writes it elsewhere.',
      typoKb: '"{{written}}" looks like a misspelling of {{name}}.',
    },
  },
  check(article, ctx) {
    const a = entityAnalysis(article, ctx)
    const names = establishedNames(a)
    const lower = lowerCaseWords(a)
    const persons = personFamilies(a)
    // Names the article shows to be people, and repeats or writes in full.
    const strong = [...names.values()].filter((e) => persons.has(e.key) && (e.kb || (!lower.has(e.key) && (e.givens.size > 0 || e.count >= 2))))
    const near = nearIndex(strong)
    // Typos in a title-bound name ("Secretary of State Mike Pompoe"): the office's holders are the reference.
    const titleBound = new Map<NameRun, OfficeMention>()
    for (const m of a.offices) if (m.run && m.verdict.kind === 'unknown') titleBound.set(m.run, m)
    for (const run of a.runs) {
      const key = familyKey(run)
      const mine = names.get(key)!
      if (mine.kb || mine.count > 2 || key.length < 4 || lower.has(key) || mentionsRelatives(run)) continue
      // A lone capital opening a sentence ("Hence,", "Click here") is a name only if it then acts like one.
      if (run.sentenceInitial && run.given === undefined && !actsAsPerson(run)) continue
      // Four letters leave little room: a short word in a quotation ("Where are we going, Bake?") is a nickname.
      if (key.length === 4 && run.unit.quoted[run.from]) continue
      // "Ruth Bader Ginsberg (sic)": the writer knows.
      if (/^\s*[([]sic[)\]]/i.test(run.unit.text.slice(run.end))) continue
      let best: {spelling: string; kb: boolean} | undefined
      for (const e of near(key)) {
        if (e.key === key || e.count <= mine.count && !e.kb) continue
        if (!closeSpelling(key, e.key)) continue
        // Written with a different first name: a different person (Gary Cohn and Michael Cohen).
        if (run.given !== undefined && e.givens.size > 0 && ![...e.givens].some((g) => sameGivenName(g, run.given!))) continue
        if ([...mine.givens].some((g) => e.givens.size > 0 && ![...e.givens].some((h) => sameGivenName(g, h)))) continue
        if (e.count === 0 || (!e.kb && e.count < 2 && e.givens.size === 0)) continue
        best = {spelling: e.spelling, kb: false}
        break
      }
      const office = titleBound.get(run)
      if (!best && office) {
        for (const near of kbFamiliesNear(a.kb, key)) {
          const holder = a.kb.byFamily.get(near)!.find((p) => p.terms.some((t) => office.isCandidate(t.officeId)))
          const spelling = holder?.family.find((f) => fold(f) === near)
          if (spelling && closeSpelling(key, near)) {
            best = {spelling, kb: true}
            break
          }
        }
      }
      if (!best) continue
      const range: [number, number] = [run.familyStart, run.familyEnd]
      const fix = replaceText(run.unit.block, range, best.spelling)
      ctx.report({
        messageId: best.kb ? 'typoKb' : 'typo',
        data: {written: run.family, name: best.spelling},
        block: run.unit.block,
        range,
        ...(fix ? {fix} : {}),
      })
    }
  },
})

const SAYING = new Set('said says told added wrote argued noted asked explained insisted recalled tweeted stated declared was is has had will would did does who also'.split(' '))

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Words after a sentence-opening capital that leave it a common word ("Click here", "Hence the"). */
const NOT_A_VERB = new Set('the a an of in on at to for here there this that these those with from by as or but if so than'.split(' '))

/**
 * Followed by a verb ("said", "began", "wants") or "on Friday", or by "and" and another name, or possessive: the word
 * is a subject, a person.
 */
function actsAsPerson(run: NameRun): boolean {
  const t = run.unit.tokens
  const next = t[run.to]
  if (run.possessive) return true
  if (!next || !/^\s$/.test(next.gap)) return false
  if (next.norm === 'on') return WEEKDAYS.has(t[run.to + 1]?.norm ?? '')
  if (next.norm === 'and') return !!t[run.to + 1]?.cap
  return !next.cap && (SAYING.has(next.norm) || !NOT_A_VERB.has(next.norm))
}

/** Deletion variants (one edit, or two for long words): two words within that many edits share one. */
function deletions(word: string, depth: number): string[] {
  const out = new Set([word])
  let frontier = [word]
  for (let d = 0; d < depth; d++) {
    const next: string[] = []
    for (const w of frontier) for (let i = 0; i < w.length; i++) next.push(w.slice(0, i) + w.slice(i + 1))
    for (const w of next) out.add(w)
    frontier = next
  }
  return [...out]
}

/** The established names that may be within reach of a word, without comparing it with every name. */
function nearIndex(names: Established[]): (key: string) => Established[] {
  const index = new Map<string, Established[]>()
  for (const e of names) {
    for (const d of deletions(e.key, maxEdits(e.key))) {
      const list = index.get(d) ?? []
      list.push(e)
      index.set(d, list)
    }
  }
  return (key) => {
    const out = new Set<Established>()
    for (const d of deletions(key, key.length >= 8 ? 2 : 1)) for (const e of index.get(d) ?? []) out.add(e)
    return [...out]
  }
}

/** `a` (the suspect) within the edits the established name `b` allows ("Tump" for Trump). */
function closeSpelling(a: string, b: string): boolean {
  if (derived(a, b) || skeleton(a) === skeleton(b) || a.length < 4) return false
  const max = maxEdits(b)
  return max > 0 && editDistance(a, b, max) <= max
}
