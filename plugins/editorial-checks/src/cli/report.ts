import type {ArticleView, Finding, Path} from '../engine/index.ts'
import type {InputDocument} from './read-input.ts'

export interface CheckedDocument {
  input: InputDocument
  article: ArticleView
  findings: Finding[]
}

export interface Summary {
  documents: number
  errors: number
  warnings: number
  infos: number
}

export function summarize(checked: readonly CheckedDocument[]): Summary {
  const summary: Summary = {documents: checked.length, errors: 0, warnings: 0, infos: 0}
  for (const c of checked)
    for (const f of c.findings) {
      if (f.severity === 'error') summary.errors++
      else if (f.severity === 'warning') summary.warnings++
      else summary.infos++
    }
  return summary
}

/** Sanity's path string form: `body[_key=="abc"].children[_key=="def"]`. */
export function pathToString(path: Path): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'string') out += out ? `.${seg}` : seg
    else if (typeof seg === 'number') out += `[${seg}]`
    else out += `[_key=="${seg._key}"]`
  }
  return out
}

export function formatJson(checked: readonly CheckedDocument[]): string {
  const documents = checked.map((c) => ({
    documentId: c.article.documentId,
    documentType: c.article.documentType,
    file: c.input.file,
    line: c.input.line,
    date: c.article.date.toISOString().slice(0, 10),
    findings: c.findings,
  }))
  return JSON.stringify({documents, summary: summarize(checked)})
}
