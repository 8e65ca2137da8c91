// Runs checkDocument over every article of a corpus export and prints, per rule, how many paragraphs it flags,
// and on request a seeded random sample of flagged and of non-flagged paragraphs to read by hand.
//
//   node test/corpus/flag-report.ts [FILE] [--rule ID] [--sample N] [--seed S] [--grep WORD] [--json]
//
// FILE defaults to /work/shared/corpus/articles.ndjson. --grep limits the non-flagged sample to paragraphs
// containing WORD (case-insensitive), to look for misses ("subscribe", "newsletter" …).
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {checkDocument, builtinRules} from '../../plugins/editorial-checks/src/checks.ts'
import type {Finding, SanityDocumentLike} from '../../plugins/editorial-checks/src/engine/index.ts'
import {seededRandom as random} from '../support/random.ts'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    rule: {type: 'string'},
    sample: {type: 'string', default: '0'},
    seed: {type: 'string', default: '1'},
    grep: {type: 'string'},
    json: {type: 'boolean', default: false},
  },
})
const file = positionals[0] ?? '/work/shared/corpus/articles.ndjson'
const sampleSize = Number(values.sample)
if (!Number.isInteger(sampleSize) || sampleSize < 0) throw new Error(`--sample must be a whole number, got ${values.sample}`)
const ruleIds = values.rule ? [values.rule] : builtinRules.map((r) => r.meta.id)
for (const id of ruleIds) if (!builtinRules.some((r) => r.meta.id === id)) throw new Error(`unknown rule "${id}"`)

const docs: SanityDocumentLike[] = []
readFileSync(file, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (line.trim() === '') return
    try {
      docs.push(JSON.parse(line))
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`)
    }
  })
const people = new Map(docs.filter((d) => d._type === 'person').map((d) => [String(d._id), d]))
const articles = docs.filter((d) => d._type === 'article')

interface Paragraph {
  doc: string
  source: string
  index: number
  of: number
  key: string
  text: string
}
const paragraphs: Paragraph[] = []
/** rule id → paragraph indexes (into `paragraphs`) it flagged → that rule's findings there */
const flagged = new Map<string, Map<number, Finding[]>>(ruleIds.map((id) => [id, new Map()]))
const wholeBlock = new Map<string, number>(ruleIds.map((id) => [id, 0]))
const internal: Finding[] = []

const started = performance.now()
for (const doc of articles) {
  const body = Array.isArray(doc.body) ? (doc.body as Array<Record<string, unknown>>) : []
  const byKey = new Map<string, number>()
  body.forEach((block, index) => {
    const children = Array.isArray(block.children) ? (block.children as Array<{text?: unknown}>) : []
    const key = String(block._key ?? index)
    byKey.set(key, paragraphs.length)
    paragraphs.push({
      doc: String(doc._id),
      source: String(doc.source ?? ''),
      index,
      of: body.length,
      key,
      text: children.map((c) => (typeof c.text === 'string' ? c.text : '')).join(''),
    })
  })
  for (const finding of checkDocument(doc, {people})) {
    if (finding.category === 'internal') internal.push(finding)
    const perRule = flagged.get(finding.ruleId)
    const at = finding.blockKey !== undefined ? byKey.get(finding.blockKey) : undefined
    if (!perRule || at === undefined) continue
    perRule.set(at, [...(perRule.get(at) ?? []), finding])
    if (finding.fix?.edits.some((e) => e.type === 'removeBlock')) wholeBlock.set(finding.ruleId, wholeBlock.get(finding.ruleId)! + 1)
  }
}
const elapsed = performance.now() - started

function sample<T>(items: readonly T[], n: number, rand: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy.slice(0, n)
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(2)}%`
const show = (p: Paragraph, findings: Finding[] = []) => {
  const ranges = findings.map((f) => (f.fix ? 'whole' : `[${f.range?.join(',')}] "${f.evidence ?? ''}"`)).join('; ')
  return `  ${p.doc} ${p.key} (${p.index + 1}/${p.of}, ${p.source})${ranges ? ` {${ranges}}` : ''}\n    ${JSON.stringify(p.text.slice(0, 600))}`
}

if (values.json) {
  const summary = Object.fromEntries(ruleIds.map((id) => [id, {flagged: flagged.get(id)!.size, wholeBlock: wholeBlock.get(id)}]))
  console.log(JSON.stringify({file, articles: articles.length, paragraphs: paragraphs.length, rules: summary, internal: internal.length}))
} else {
  console.log(`${file}: ${articles.length} articles, ${paragraphs.length} paragraphs, checked in ${(elapsed / 1000).toFixed(1)} s`)
  for (const id of ruleIds) {
    const n = flagged.get(id)!.size
    console.log(`${id.padEnd(26)} ${String(n).padStart(6)} paragraphs flagged (${pct(n, paragraphs.length)}), ${wholeBlock.get(id)} offered for removal`)
  }
  if (internal.length) console.log(`internal errors: ${internal.length}\n${internal.slice(0, 5).map((f) => `  ${f.message}`).join('\n')}`)
}

if (sampleSize > 0) {
  const rand = random(Number(values.seed))
  for (const id of ruleIds) {
    const hits = flagged.get(id)!
    console.log(`\n== ${id}: ${Math.min(sampleSize, hits.size)} flagged paragraphs (seed ${values.seed})`)
    for (const i of sample([...hits.keys()], sampleSize, rand)) console.log(show(paragraphs[i]!, hits.get(i)))
    const needle = values.grep?.toLowerCase()
    const misses = paragraphs.flatMap((p, i) => (!hits.has(i) && p.text.trim() !== '' && (!needle || p.text.toLowerCase().includes(needle)) ? [i] : []))
    console.log(`\n== ${id}: ${Math.min(sampleSize, misses.length)} of ${misses.length} non-flagged paragraphs${needle ? ` containing "${needle}"` : ''}`)
    for (const i of sample(misses, sampleSize, rand)) console.log(show(paragraphs[i]!))
  }
}
