// Turns input files into Sanity documents. Bad input never stops the run: every problem is reported with its
// file and line, and everything that could be read is still checked.
import {readFile} from 'node:fs/promises'
import {extname} from 'node:path'
import type {SanityDocumentLike} from '../engine/index.ts'

export interface InputDocument {
  doc: SanityDocumentLike
  file: string
  /** 1-based line of the document in its file (NDJSON), or of its first paragraph (text). */
  line: number
}

export interface InputProblem {
  file: string
  line?: number
  message: string
}

export interface ReadResult {
  documents: InputDocument[]
  problems: InputProblem[]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function describeJsonError(error: unknown): string {
  // V8 counts lines inside the parsed string; for NDJSON that is always "line 1", so keep only the column.
  return error instanceof Error ? error.message.replace(/ \(line \d+ column (\d+)\)/, ' (column $1)') : String(error)
}

function acceptDocument(value: unknown, file: string, line: number, out: ReadResult, where: string) {
  if (!isRecord(value)) {
    out.problems.push({file, line, message: `${where} is not a JSON object (got ${Array.isArray(value) ? 'an array' : typeof value})`})
    return
  }
  out.documents.push({doc: value, file, line})
}

export function parseNdjson(text: string, file: string, out: ReadResult) {
  let line = 0
  let pos = 0
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos)
    const raw = text.slice(pos, nl === -1 ? text.length : nl)
    pos = nl === -1 ? text.length + 1 : nl + 1
    line++
    if (raw.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      out.problems.push({file, line, message: `invalid JSON: ${describeJsonError(error)}`})
      continue
    }
    acceptDocument(value, file, line, out, 'the line')
  }
}

/** Line number of the start of each top-level array element, so errors in a JSON array can name a line. */
function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

export function parseJson(text: string, file: string, out: ReadResult) {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = describeJsonError(error)
    const m = /position (\d+)/.exec(message)
    out.problems.push({file, ...(m ? {line: lineOf(text, Number(m[1]))} : {}), message: `invalid JSON: ${message}`})
    return
  }
  if (Array.isArray(value)) value.forEach((item, i) => acceptDocument(item, file, 1, out, `array element ${i}`))
  else acceptDocument(value, file, 1, out, 'the file')
}

/** Lines this long are not hard-wrapped prose: scraped text puts one paragraph on each line. */
const WRAP_WIDTH = 100

/**
 * Plain text or Markdown: paragraphs are separated by blank lines, and the lines of a hard-wrapped paragraph are
 * joined. A chunk with a line longer than any wrap width is scraped text, where every line is a paragraph.
 * A leading Markdown `# ` heading becomes the title.
 */
export function textToDocument(text: string, file: string): InputDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const paragraphs: Array<{text: string; line: number}> = []
  let chunk: Array<{text: string; line: number}> = []
  const flush = () => {
    if (!chunk.length) return
    const wrapped = chunk.slice(0, -1).every((l) => l.text.length <= WRAP_WIDTH)
    if (wrapped) paragraphs.push({text: chunk.map((l) => l.text).join(' '), line: chunk[0]!.line})
    else paragraphs.push(...chunk)
    chunk = []
  }
  lines.forEach((l, i) => {
    if (l.trim() === '') flush()
    else chunk.push({text: l.trim(), line: i + 1})
  })
  flush()

  let title = ''
  if (paragraphs[0] && /^#\s/.test(paragraphs[0].text)) title = paragraphs.shift()!.text.replace(/^#+\s*/, '')
  const body = paragraphs.map((p, i) => ({
    _type: 'block',
    _key: `p${i}`,
    style: 'normal',
    markDefs: [],
    children: [{_type: 'span', _key: `p${i}s`, text: p.text, marks: []}],
  }))
  return {doc: {_id: file, _type: 'article', title, body}, file, line: paragraphs[0]?.line ?? 1}
}

export async function readInputs(files: readonly string[]): Promise<ReadResult> {
  const out: ReadResult = {documents: [], problems: []}
  for (const file of files) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      out.problems.push({file, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error)})
      continue
    }
    const ext = extname(file).toLowerCase()
    if (ext === '.ndjson' || ext === '.jsonl') parseNdjson(text, file, out)
    else if (ext === '.json') parseJson(text, file, out)
    else if (ext === '.md' || ext === '.markdown' || ext === '.txt') out.documents.push(textToDocument(text, file))
    else out.problems.push({file, message: `unsupported file type "${ext || '(none)'}": use .ndjson, .json, .md or .txt`})
  }
  return out
}
