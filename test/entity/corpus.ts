// Reads the shared corpus (a dataset export): article documents plus the person documents of their bylines.
import {readFileSync} from 'node:fs'
import type {SanityDocumentLike} from '../../plugins/editorial-checks/src/engine/index.ts'

export const CORPUS = new URL('../../../shared/corpus/articles.ndjson', import.meta.url)

export function readCorpus(path: string | URL = CORPUS): {articles: SanityDocumentLike[]; people: Map<string, SanityDocumentLike>} {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SanityDocumentLike)
  return {
    articles: docs.filter((d) => d._type === 'article'),
    people: new Map(docs.filter((d) => d._type === 'person').map((d) => [String(d._id), d])),
  }
}
