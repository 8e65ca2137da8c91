// Injected-error recall: takes real corpus paragraphs that mention KB people, titles and capitals, injects one error
// of each kind programmatically, and measures how often the intended rule flags the injected words.
//
//   node test/entity/inject.ts [--per-kind 200] [--seed 1]
//
// Kinds:
//   wrong-title       "Secretary of State Mike Pompeo" → "Secretary of Defense Mike Pompeo" (another office of the
//                     same country the person never held)                           → office-title-mismatch
//   stale-officeholder  the name replaced by the office's previous holder, if they left within four years
//                                                                                    → stale-officeholder
//   capital-swap      one side of a pair of seats of government ("Moscow and Washington", "between the Kremlin
//                     and Beijing") replaced by the capital of a country the article does not involve
//                                                                                    → capital-metonym-mismatch
//   surname-typo      one later mention of a KB family name gets one edit (swap, drop, double, substitute)
//                                                                                    → name-spelling
//   wrong-first-name  in a later full mention of a KB person the article first named in full, the first name
//                     replaced by a different common first name with the same initial (the realistic slip: Mark
//                     for Mike)                                                      → first-name-mismatch
//   wrong-first-name-any  the same with any common first name (reported, not a target)
import {parseArgs} from 'node:util'
import {buildArticleView, run, type Finding, type Rule, type SanityDocumentLike} from '../../plugins/editorial-checks/src/engine/index.ts'
import {defaultKnowledgeBase} from '../../plugins/editorial-checks/src/kb/load.ts'
import {fold} from '../../plugins/editorial-checks/src/kb/index-lookup.ts'
import {sameGivenName, skeleton} from '../../plugins/editorial-checks/src/kb/names.ts'
import type {KnowledgeBase} from '../../plugins/editorial-checks/src/kb/types.ts'
import capitalMetonymMismatch, {frameOf} from '../../plugins/editorial-checks/src/rules/capital-metonym-mismatch.ts'
import {analyse, indexPlaces, type EntityAnalysis} from '../../plugins/editorial-checks/src/rules/entity/analysis.ts'
import {holderOn} from '../../plugins/editorial-checks/src/rules/entity/offices.ts'
import firstNameMismatch from '../../plugins/editorial-checks/src/rules/first-name-mismatch.ts'
import nameSpelling from '../../plugins/editorial-checks/src/rules/name-spelling.ts'
import officeTitleMismatch from '../../plugins/editorial-checks/src/rules/office-title-mismatch.ts'
import staleOfficeholder from '../../plugins/editorial-checks/src/rules/stale-officeholder.ts'
import {readCorpus} from './corpus.ts'
import {seededRandom as rng} from '../support/random.ts'

export const KINDS = ['wrong-title', 'stale-officeholder', 'capital-swap', 'surname-typo', 'wrong-first-name', 'wrong-first-name-any'] as const
export type Kind = (typeof KINDS)[number]

const RULE_FOR: Record<Kind, Rule<any>> = {
  'wrong-title': officeTitleMismatch,
  'stale-officeholder': staleOfficeholder,
  'capital-swap': capitalMetonymMismatch,
  'surname-typo': nameSpelling,
  'wrong-first-name': firstNameMismatch,
  'wrong-first-name-any': firstNameMismatch,
}

const FIRST_NAMES = (
  'Mark Mike Matt Martin Michael Max Miles John James Jim Jack Jason Jeff Jerry Joel Jonah Robert Richard Rick Ron Roger ' +
  'Ryan Steve Scott Sam Sean Simon Stuart Paul Peter Patrick Philip Tom Tim Todd Terry David Dan Derek Doug Dennis Brian ' +
  'Bruce Brad Bill Ben Carl Chris Craig Charles Kevin Keith Kyle Ken Gary George Greg Larry Lee Andrew Adam Alan Eric ' +
  'Edward Frank Fred Henry Howard Neil Nick Oliver Victor Walter Wayne Anna Amy Alice Barbara Betty Carol Diane Donna ' +
  'Emily Helen Janet Julia Karen Laura Linda Lisa Mary Nancy Rachel Ruth Sarah Susan Teresa Wendy'
).split(' ')


interface Injection {
  kind: Kind
  doc: SanityDocumentLike
  blockKey: string
  /** Range of the injected words in the modified block's text. */
  range: [number, number]
  before: string
  after: string
}

/** A copy of the document with `[start, end)` of one single-span block replaced. */
function replaceIn(doc: SanityDocumentLike, blockKey: string, start: number, end: number, text: string): SanityDocumentLike | undefined {
  const body = doc.body as Array<{_key: string; children: Array<{text: string}>}>
  const block = body.find((b) => b._key === blockKey)
  if (!block || block.children.length !== 1) return undefined
  const old = block.children[0]!.text
  const next = {...block, children: [{...block.children[0]!, text: old.slice(0, start) + text + old.slice(end)}]}
  return {...doc, body: body.map((b) => (b === block ? next : b))}
}

function candidates(doc: SanityDocumentLike, a: EntityAnalysis, kb: KnowledgeBase, random: () => number): Injection[] {
  const out: Injection[] = []
  const pick = <T>(xs: T[]): T | undefined => (xs.length ? xs[Math.floor(random() * xs.length)] : undefined)
  const add = (kind: Kind, blockKey: string, start: number, end: number, text: string, before: string) => {
    const changed = replaceIn(doc, blockKey, start, end, text)
    if (changed) out.push({kind, doc: changed, blockKey, range: [start, start + text.length], before, after: text})
  }
  for (const m of a.offices) {
    if (m.unit.field !== 'body' || m.verdict.kind !== 'ok' || m.kind !== 'title' || !m.run || m.run.given === undefined) continue
    if (m.qualifiers.length || m.quoted || m.hypothetical || m.run.possessive || m.appositive) continue
    const person = m.verdict.person
    const key = m.unit.block.key
    const text = m.unit.text
    const held = new Set(person.terms.map((t) => t.officeId))
    const office = kb.offices.get(person.terms.find((t) => m.isCandidate(t.officeId))!.officeId)!
    // Wrong title: another office of the same country, held by someone else that day.
    const others = [...kb.offices.values()].filter(
      (o) => o.jurisdiction === office.jurisdiction && !held.has(o.id) && o.kind !== office.kind && holderOn(kb, o.id, a.day) && o.title.split(' ').length <= 4,
    )
    const other = pick(others)
    if (other) add('wrong-title', key, m.titleStart, m.titleEnd, other.title, text.slice(m.titleStart, m.titleEnd))
    // Stale: the office's previous holder, who had left by the article's date — within a term (four years): the slip
    // of a writer not yet used to the change. Older holders in a sentence that does not speak of the present are read
    // as history by the rule, by design.
    const fourYearsBefore = `${Number(a.day.slice(0, 4)) - 4}${a.day.slice(4)}`
    const previous = office.holders.filter((h) => !h.acting && h.end && h.end < a.day && h.end >= fourYearsBefore && h.name !== person.name).at(-1)
    if (previous) add('stale-officeholder', key, m.run.start, m.run.familyEnd, previous.name, text.slice(m.run.start, m.run.familyEnd))
  }
  // Capital swap: one side of a pair of governments.
  const involved = a.involvement
  const uninvolved = [...kb.places.values()].filter(
    (p) =>
      !p.isOrganisation &&
      p.capitals.length &&
      !(involved.get(p.id) ?? 0) &&
      /^[A-Z][a-z]+$/.test(p.capitals[0]!) &&
      !kb.notMetonyms.has(fold(p.capitals[0]!)) &&
      // A capital named like its country (Singapore, Kuwait) is the country's name, not a metonym.
      !p.names.some((n) => fold(n) === fold(p.capitals[0]!)) &&
      p.id.length === 2,
  )
  const placeIndex = indexPlaces(a.places)
  for (const p of a.places) {
    if (p.unit.field !== 'body' || (p.form !== 'capital' && p.form !== 'metonym' && p.form !== 'seat') || p.embedded) continue
    // Only where the original is one of a pair of governments, as the rule reads them (not a list of places).
    const frame = frameOf(p, placeIndex)
    if (frame?.kind !== 'pair' || (involved.get(p.place) ?? 0) < 2 || kb.notMetonyms.has(fold(p.text))) continue
    const d = pick(uninvolved)
    if (d) add('capital-swap', p.unit.block.key, p.start, p.end, d.capitals[0]!, p.text)
  }
  // Surname typo: a later mention of a KB family name the article repeats.
  const families = new Map<string, number>()
  for (const ref of a.persons) families.set(fold(ref.run.family), (families.get(fold(ref.run.family)) ?? 0) + 1)
  const laterMentions = a.persons.filter((ref, i) => ref.run.unit.field === 'body' && ref.run.family.length >= 5 && (families.get(fold(ref.run.family)) ?? 0) >= 2 && a.persons.findIndex((r) => fold(r.run.family) === fold(ref.run.family)) < i)
  const typoRef = pick(laterMentions)
  if (typoRef) {
    const typo = misspell(typoRef.run.family, random, kb)
    if (typo) add('surname-typo', typoRef.run.unit.block.key, typoRef.run.familyStart, typoRef.run.familyEnd, typo, typoRef.run.family)
  }
  // Wrong first name: a later full mention of a KB person whom the article first named in full (the contradiction
  // the rule looks for: with the KB and the article's own first mention).
  const full = a.persons.filter(
    (ref, i) =>
      ref.run.unit.field === 'body' &&
      ref.via === 'full' &&
      ref.run.givenIdx !== undefined &&
      // Family name first (Kim Jong Un): the first word is not the given name.
      !ref.person.family.some((f) => fold(f) === fold(ref.run.unit.tokens[ref.run.givenIdx!]!.text)) &&
      a.persons.findIndex((r) => r.person === ref.person && r.via !== 'family') < i,
  )
  const ref = pick(full)
  if (ref) {
    const tok = ref.run.unit.tokens[ref.run.givenIdx!]!
    const wrong = (sameInitial: boolean) =>
      pick(FIRST_NAMES.filter((n) => (!sameInitial || n[0] === tok.text[0]) && !ref.person.given.some((g) => sameGivenName(g, n)) && !sameGivenName(n, tok.text)))
    const similar = wrong(true)
    if (similar) add('wrong-first-name', ref.run.unit.block.key, tok.start, tok.end, similar, tok.text)
    const any = wrong(false)
    if (any) add('wrong-first-name-any', ref.run.unit.block.key, tok.start, tok.end, any, tok.text)
  }
  return out
}

/** One random edit that makes a new word (not a transliteration of the old one, not another KB family name). */
function misspell(word: string, random: () => number, kb: KnowledgeBase): string | undefined {
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = 1 + Math.floor(random() * (word.length - 2))
    const op = Math.floor(random() * 4)
    let w: string
    if (op === 0) w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    else if (op === 1) w = word.slice(0, i) + word.slice(i + 1)
    else if (op === 2) w = word.slice(0, i) + word[i] + word.slice(i)
    else w = word.slice(0, i) + 'aeiourtnsl'[Math.floor(random() * 10)] + word.slice(i + 1)
    if (w !== word && /^[\p{L}'-]+$/u.test(w) && skeleton(w) !== skeleton(word) && !kb.byFamily.has(fold(w))) return w
  }
  return undefined
}

export interface RecallResult {
  kind: Kind
  injected: number
  detected: number
  recall: number
  /** For capital swaps: the suggestion restored the original text. */
  rightSuggestion?: number
  misses: Array<{before: string; after: string; blockKey: string; doc: string}>
}

function hit(findings: Finding[], inj: Injection): Finding | undefined {
  return findings.find((f) => f.blockKey === inj.blockKey && f.range && f.range[0] < inj.range[1] && f.range[1] > inj.range[0])
}

export function measureRecall(options: {perKind?: number; seed?: number; kb?: KnowledgeBase} = {}): RecallResult[] {
  const perKind = options.perKind ?? 200
  const kb = options.kb ?? defaultKnowledgeBase()
  const random = rng(options.seed ?? 1)
  const {articles, people} = readCorpus()
  const pool = new Map<Kind, Injection[]>(KINDS.map((k) => [k, []]))
  for (const doc of articles) {
    if ([...pool.values()].every((list) => list.length >= perKind)) break
    const view = buildArticleView(doc, {people})
    const a = analyse(view, kb)
    for (const inj of candidates(doc, a, kb, random)) {
      const list = pool.get(inj.kind)!
      if (list.length < perKind) list.push(inj)
    }
  }
  return KINDS.map((kind) => {
    const rule = RULE_FOR[kind]
    const list = pool.get(kind)!
    let detected = 0
    let rightSuggestion = 0
    const misses: RecallResult['misses'] = []
    for (const inj of list) {
      const view = buildArticleView(inj.doc, {people})
      const findings = run(view, [{rule, severity: 'error', options: rule.meta.defaultOptions ?? {}}], {}, {shared: {kb}})
      const f = hit(findings, inj)
      if (f) {
        detected++
        const edit = f.fix?.edits[0]
        if (edit?.type === 'replaceText' && edit.text === inj.before) rightSuggestion++
      } else misses.push({before: inj.before, after: inj.after, blockKey: inj.blockKey, doc: String(inj.doc._id)})
    }
    return {kind, injected: list.length, detected, recall: list.length ? detected / list.length : 0, ...(kind === 'capital-swap' ? {rightSuggestion} : {}), misses}
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {values} = parseArgs({options: {'per-kind': {type: 'string', default: '200'}, seed: {type: 'string', default: '1'}, misses: {type: 'boolean', default: false}}})
  const results = measureRecall({perKind: Number(values['per-kind']), seed: Number(values.seed)})
  for (const r of results) {
    const extra = r.rightSuggestion !== undefined ? `, suggestion restores the original in ${r.rightSuggestion}/${r.detected}` : ''
    console.log(`${r.kind.padEnd(22)} ${r.detected}/${r.injected} = ${(r.recall * 100).toFixed(1)}%${extra}`)
    if (values.misses) for (const m of r.misses.slice(0, 15)) console.log(`    missed ${m.doc} ${m.blockKey}: ${m.before} → ${m.after}`)
  }
}
