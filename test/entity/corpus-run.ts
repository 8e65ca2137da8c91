// Entity findings on the real corpus, per rule and severity; prints every error-level finding with its sentence
// for a hand check.
//   node test/entity/corpus-run.ts [--limit 100] [--offset 0] [--show error|warning|info|none]
import {parseArgs} from 'node:util'
import {checkDocument} from '../../plugins/editorial-checks/src/checks.ts'
import {defaultKnowledgeBase} from '../../plugins/editorial-checks/src/kb/load.ts'
import {readCorpus} from './corpus.ts'

const {values} = parseArgs({options: {limit: {type: 'string'}, offset: {type: 'string', default: '0'}, show: {type: 'string', default: 'error'}, rule: {type: 'string'}}})
const {articles, people} = readCorpus()
const offset = Number(values.offset)
const slice = articles.slice(offset, values.limit ? offset + Number(values.limit) : undefined)
const kb = defaultKnowledgeBase()
const counts = new Map<string, number>()
const severities = {error: 0, warning: 0, info: 0}
let n = 0
for (const doc of slice) {
  const findings = checkDocument(doc, {people, kb}).filter((f) => f.category === 'entity-name' || f.category === 'internal')
  for (const f of findings) {
    if (values.rule && f.ruleId !== values.rule) continue
    counts.set(`${f.ruleId} ${f.severity}`, (counts.get(`${f.ruleId} ${f.severity}`) ?? 0) + 1)
    severities[f.severity as keyof typeof severities]++
    if (values.show === f.severity) {
      const block = (doc.body as Array<{_key: string; children: Array<{text: string}>}>).find((b) => b._key === f.blockKey)
      const text = block ? block.children.map((c) => c.text).join('') : String(doc[f.path[0] as string] ?? '')
      const [s, e] = f.range ?? [0, 0]
      console.log(`#${++n} ${doc._id} ${String(doc.publishedAt).slice(0, 10)} ${f.ruleId} [${f.blockKey ?? f.path.join('.')}]`)
      console.log(`   ${f.message}`)
      console.log(`   …${text.slice(Math.max(0, s - 160), s)}⟦${text.slice(s, e)}⟧${text.slice(e, e + 120)}…`)
    }
  }
}
console.log(`\n${slice.length} articles (offset ${offset}): ${severities.error} errors, ${severities.warning} warnings, ${severities.info} info`)
for (const [k, v] of [...counts].sort()) console.log(`  ${k}: ${v}`)
