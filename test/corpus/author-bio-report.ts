// Runs the author-bio rule over every article of the shared corpus and prints how many paragraphs it flags, then a
// seeded random sample of flagged and of non-flagged paragraphs to read and judge by hand. The non-flagged sample
// is drawn mostly from the last three paragraphs of articles, where bios live, so that misses show up.
//
//   node test/corpus/author-bio-report.ts [--sample N] [--seed S] [--corpus FILE] [--features]
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {buildArticleView, type SanityDocumentLike} from '../../plugins/editorial-checks/src/engine/index.ts'
import {assessArticle, type BioAssessment} from '../../plugins/editorial-checks/src/rules/author-bio.ts'
import {seededRandom as random} from '../support/random.ts'

const {values} = parseArgs({
  options: {
    sample: {type: 'string', default: '50'},
    seed: {type: 'string', default: '1'},
    corpus: {type: 'string', default: '/work/shared/corpus/articles.ndjson'},
    features: {type: 'boolean', default: false},
  },
})
const sampleSize = Number(values.sample)
const seed = Number(values.seed)
if (!Number.isInteger(sampleSize) || sampleSize < 0 || !Number.isFinite(seed)) {
  console.error('usage: node test/corpus/author-bio-report.ts [--sample N] [--seed S] [--corpus FILE] [--features]')
  process.exit(2)
}


function sample<T>(items: T[], n: number, rand: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy.slice(0, n)
}

const people = new Map<string, SanityDocumentLike>()
const articles: SanityDocumentLike[] = []
readFileSync(values.corpus, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (!line.trim()) return
    let doc: SanityDocumentLike
    try {
      doc = JSON.parse(line) as SanityDocumentLike
    } catch (error) {
      console.error(`${values.corpus}:${i + 1}: not JSON (${(error as Error).message})`)
      process.exit(2)
    }
    if (doc._type === 'person' && typeof doc._id === 'string') people.set(doc._id, doc)
    else if (doc._type === 'article') articles.push(doc)
  })

interface Row {
  id: string
  source: string
  position: string
  fromEnd: number
  text: string
  result: BioAssessment
}
const flagged: Row[] = []
const clean: Row[] = []
let paragraphs = 0
let articlesFlagged = 0
const started = performance.now()
for (const doc of articles) {
  const view = buildArticleView(doc, {people})
  let any = false
  assessArticle(view, (block, result, isBio) => {
    paragraphs++
    const row: Row = {
      id: view.documentId,
      source: typeof doc.source === 'string' ? doc.source : '?',
      position: `${block.index + 1}/${view.bodyLength}`,
      fromEnd: view.bodyLength - 1 - block.index,
      text: block.text,
      result,
    }
    if (isBio) {
      flagged.push(row)
      any = true
    } else clean.push(row)
  })
  if (any) articlesFlagged++
}
const elapsed = performance.now() - started

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`
console.log(`author-bio over ${values.corpus}`)
console.log(`  articles: ${articles.length}, with a flag: ${articlesFlagged} (${pct(articlesFlagged, articles.length)})`)
console.log(`  paragraphs: ${paragraphs}, flagged: ${flagged.length} (${pct(flagged.length, paragraphs)})`)
console.log(`  time: ${elapsed.toFixed(0)} ms`)

const show = (title: string, rows: Row[]) => {
  console.log(`\n=== ${title} (${rows.length}) ===`)
  rows.forEach((r, i) => {
    const features = values.features ? `  ${JSON.stringify(r.result.features)}` : ''
    console.log(`\n[${i + 1}] ${r.id} ${r.position} · ${r.source} · score ${r.result.score}${features}`)
    console.log(`    ${r.text.length > 600 ? `${r.text.slice(0, 600)}…` : r.text}`)
  })
}
const rand = random(seed)
show(`flagged sample, seed ${seed}`, sample(flagged, sampleSize, rand))
// Three in four non-flagged picks come from the last three paragraphs, where a missed bio would be.
const tail = clean.filter((r) => r.fromEnd <= 2)
const nTail = Math.round(sampleSize * 0.75)
show(`non-flagged sample, seed ${seed} (${nTail} from the last 3 paragraphs)`, [
  ...sample(tail, nTail, rand),
  ...sample(clean, sampleSize - nTail, rand),
])
