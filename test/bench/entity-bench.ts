// Benchmark (not a test): per-article time of the entity-name rules with the KB at 1× and at 20× its size.
//   node test/bench/entity-bench.ts [--articles 500] [--rounds 3] [--scale 20]
// The 20× KB adds synthetic jurisdictions, each a copy of every shipped office file with invented titles and holder
// names, so the lookup index holds ~20× the phrases. The per-article time must not grow with it: the scan walks
// the article's tokens through a trie (hash lookups per token), never the KB's entries.
import {parseArgs} from 'node:util'
import {resolveRules, type SanityDocumentLike} from '../../plugins/editorial-checks/src/engine/index.ts'
import {checkDocument} from '../../plugins/editorial-checks/src/checks.ts'
import {shippedOfficeFiles} from '../../plugins/editorial-checks/src/kb/data/offices/index.ts'
import {loadKnowledgeBase} from '../../plugins/editorial-checks/src/kb/load.ts'
import type {KnowledgeBase, NamedData, OfficeFile} from '../../plugins/editorial-checks/src/kb/types.ts'
import {builtinRules} from '../../plugins/editorial-checks/src/rules/index.ts'
import {readCorpus} from '../entity/corpus.ts'

const {values} = parseArgs({options: {articles: {type: 'string', default: '500'}, rounds: {type: 'string', default: '3'}, scale: {type: 'string', default: '20'}}})
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'zel', 'dru', 'pha', 'nik', 'sor', 'bel', 'gui', 'tem', 'ulo', 'yar']

function syntheticName(n: number): string {
  const word = (m: number, len: number) => {
    let s = ''
    for (let i = 0; i < len; i++) {
      s += SYLLABLES[m % SYLLABLES.length]
      m = Math.floor(m / SYLLABLES.length) + i * 7
    }
    return s[0]!.toUpperCase() + s.slice(1)
  }
  return `${word(n * 31 + 5, 2)} ${word(n * 17 + 3, 3)}`
}

/** `scale - 1` synthetic copies of every shipped office file: new jurisdictions, titles and people. */
function syntheticFiles(scale: number): NamedData[] {
  const out: NamedData[] = []
  let person = 0
  for (let k = 1; k < scale; k++) {
    for (const {file, data} of shippedOfficeFiles) {
      const src = data as OfficeFile
      const tag = `Syn${k}${src.jurisdiction}`
      const names = new Map<string, string>()
      const rename = (name: string) => {
        if (!names.has(name)) names.set(name, syntheticName(person++))
        return names.get(name)!
      }
      out.push({
        file: `synthetic/${k}/${file}`,
        data: {
          ...src,
          jurisdiction: tag,
          offices: src.offices.map((o) => ({
            ...o,
            id: `${tag.toLowerCase()}.${o.id}`,
            titleVariants: o.titleVariants.map((v) => `${tag} ${v}`),
            descriptors: (o.descriptors ?? []).map((d) => `${tag} ${d}`),
            holders: o.holders.map((h) => ({...h, name: rename(h.name)})),
          })),
          people: [],
        },
      })
    }
  }
  return out
}

function time(label: string, kb: KnowledgeBase, articles: SanityDocumentLike[], people: Map<string, SanityDocumentLike>, rounds: number) {
  const rules = resolveRules(builtinRules.filter((r) => r.meta.category === 'entity-name'))
  for (const a of articles) checkDocument(a, {people, rules, kb}) // warm-up
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      const t0 = performance.now()
      checkDocument(a, {people, rules, kb})
      times.push(performance.now() - t0)
    }
  }
  times.sort((x, y) => x - y)
  const mean = times.reduce((s, t) => s + t, 0) / times.length
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!
  console.log(
    `${label.padEnd(4)} phrases ${String(kb.lookup.size).padStart(6)}  offices ${String(kb.offices.size).padStart(5)}  people ${String(kb.people.size).padStart(6)}  ` +
      `per article: mean ${mean.toFixed(2)} ms, median ${pct(0.5).toFixed(2)} ms, p95 ${pct(0.95).toFixed(2)} ms`,
  )
  return mean
}

const {articles: all, people} = readCorpus()
const articles = all.slice(0, Number(values.articles))
const scale = Number(values.scale)
let t0 = performance.now()
const kb1 = loadKnowledgeBase()
const build1 = performance.now() - t0
t0 = performance.now()
const kbN = loadKnowledgeBase({extra: syntheticFiles(scale)})
const buildN = performance.now() - t0
console.log(`${articles.length} corpus articles × ${values.rounds} rounds, entity-name rules only (the KB is built once, outside the timing)`)
console.log(`KB build: 1× ${build1.toFixed(0)} ms, ${scale}× ${buildN.toFixed(0)} ms`)
const m1 = time('1×', kb1, articles, people, Number(values.rounds))
const mN = time(`${scale}×`, kbN, articles, people, Number(values.rounds))
console.log(`ratio ${scale}× / 1×: ${(mN / m1).toFixed(2)}`)
