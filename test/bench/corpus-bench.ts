// Benchmark (not a test): checks every corpus article and prints throughput and per-article latency.
//   node test/bench/corpus-bench.ts [CORPUS.ndjson] [--rounds N] [--per-rule] [--only rule-id,rule-id]
// One Node thread = one core. Times include building the ArticleView (what the CLI and Studio pay).
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {checkDocument} from '../../plugins/editorial-checks/src/checks.ts'
import {resolveRules, type SanityDocumentLike} from '../../plugins/editorial-checks/src/engine/index.ts'
import {builtinRules} from '../../plugins/editorial-checks/src/rules/index.ts'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {rounds: {type: 'string', default: '3'}, 'per-rule': {type: 'boolean', default: false}, only: {type: 'string'}},
})
const corpusPath = positionals[0] ?? new URL('../../../shared/corpus/articles.ndjson', import.meta.url).pathname
const docs = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SanityDocumentLike)
const people = new Map(docs.filter((d) => d._type === 'person').map((d) => [String(d._id), d]))
const articles = docs.filter((d) => d._type === 'article')
const paragraphs = articles.reduce((n, a) => n + (Array.isArray(a.body) ? a.body.length : 0), 0)
const rounds = Number(values.rounds)

const only = values.only?.split(',')
const selected = resolveRules(builtinRules).map((r) => (only && !only.includes(r.rule.meta.id) ? {...r, severity: 'off' as const} : r))

function measure(rules = selected) {
  const times: number[] = []
  let findings = 0
  for (const a of articles) findings += checkDocument(a, {people, rules}).length // warm-up
  const started = performance.now()
  for (let r = 0; r < rounds; r++)
    for (const a of articles) {
      const t0 = performance.now()
      checkDocument(a, {people, rules})
      times.push(performance.now() - t0)
    }
  const wall = performance.now() - started
  times.sort((x, y) => x - y)
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!
  return {perSecond: (articles.length * rounds) / (wall / 1000), median: pct(0.5), p99: pct(0.99), max: times[times.length - 1]!, findings}
}

const ms = (x: number) => `${x.toFixed(3)} ms`
console.log(`corpus: ${corpusPath}\n${articles.length} articles, ${paragraphs} paragraphs, ${people.size} people; ${rounds} timed rounds after one warm-up; node ${process.version}`)
const all = measure()
console.log(`rules: ${selected.filter((r) => r.severity !== 'off').map((r) => r.rule.meta.id).join(', ')}`)
console.log(`  ${Math.round(all.perSecond)} articles/s · median ${ms(all.median)} · p99 ${ms(all.p99)} · max ${ms(all.max)} · ${all.findings} findings`)
if (values['per-rule']) {
  for (const rule of builtinRules) {
    const only = resolveRules(builtinRules).map((r) => (r.rule === rule ? r : {...r, severity: 'off' as const}))
    const m = measure(only)
    console.log(`  ${rule.meta.id.padEnd(28)} ${String(Math.round(m.perSecond)).padStart(7)} articles/s · median ${ms(m.median)} · p99 ${ms(m.p99)}`)
  }
}
