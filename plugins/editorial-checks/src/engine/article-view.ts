import type {ArticleView, AuthorView, BlockView, SpanView} from './types.ts'

/** Any JSON-ish Sanity document. Nothing about its shape is trusted. */
export type SanityDocumentLike = Record<string, unknown> & {_id?: unknown; _type?: unknown}

export interface ArticleViewOptions {
  /** Resolves a person id (with or without `drafts.`) to its document, for the byline. */
  people?: ReadonlyMap<string, SanityDocumentLike> | ((id: string) => SanityDocumentLike | undefined)
  /** Overrides the article's own date (the CLI's `--date`). */
  date?: Date
  /** Used when the document has neither publishedAt nor _updatedAt. Defaults to the current time. */
  now?: Date
  /** The Portable Text field to check. */
  bodyField?: string
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const asString = (v: unknown): string => (typeof v === 'string' ? v : '')

/** Plain text of a Portable Text array: text blocks joined by blank lines (for bios). */
export function portableTextToPlain(value: unknown): string {
  if (typeof value === 'string') return value
  if (!Array.isArray(value)) return ''
  return value
    .map((block) => flattenBlock(block, 0, 'bio')?.text ?? '')
    .filter((t) => t.trim() !== '')
    .join('\n\n')
}

function flattenBlock(raw: unknown, index: number, field: string): BlockView | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.children)) return undefined
  if (raw._type !== undefined && raw._type !== 'block') return undefined
  const key = asString(raw._key)
  const spans: SpanView[] = []
  let text = ''
  for (const child of raw.children) {
    if (!isRecord(child) || typeof child.text !== 'string') continue
    const marks = Array.isArray(child.marks) ? child.marks.filter((m): m is string => typeof m === 'string') : []
    spans.push({key: asString(child._key), text: child.text, start: text.length, marks})
    text += child.text
  }
  return {
    index,
    key,
    style: asString(raw.style) || 'normal',
    ...(typeof raw.listItem === 'string' ? {listItem: raw.listItem} : {}),
    text,
    spans,
    path: key ? [field, {_key: key}] : [field, index],
  }
}

function parseDate(v: unknown): Date | undefined {
  if (typeof v !== 'string' || v === '') return undefined
  const d = new Date(v)
  return Number.isNaN(d.getTime()) ? undefined : d
}

function lookupPerson(people: ArticleViewOptions['people'], id: string): SanityDocumentLike | undefined {
  if (!people) return undefined
  const bare = id.replace(/^drafts\./, '')
  const get = (k: string) => (typeof people === 'function' ? people(k) : people.get(k))
  // A draft of the person is the editor's latest word on the bio.
  return get(`drafts.${bare}`) ?? get(bare)
}

function resolveAuthors(doc: SanityDocumentLike, people: ArticleViewOptions['people']): AuthorView[] {
  const authors: AuthorView[] = []
  const refs = Array.isArray(doc.authors) ? doc.authors : doc.author !== undefined ? [doc.author] : []
  for (const ref of refs) {
    if (typeof ref === 'string' && ref.trim()) {
      authors.push({name: ref.trim(), bio: ''})
      continue
    }
    if (!isRecord(ref)) continue
    const id = asString(ref._ref)
    const person = id ? lookupPerson(people, id) : isRecord(ref) && typeof ref.name === 'string' ? ref : undefined
    if (!person) continue
    const name = asString(person.name).trim()
    if (!name) continue
    authors.push({
      ...(id ? {id: id.replace(/^drafts\./, '')} : {}),
      name,
      bio: portableTextToPlain(person.bio),
      ...(typeof person.role === 'string' ? {role: person.role} : {}),
    })
  }
  return authors
}

/** Builds the one view every rule reads. Never throws, whatever the document holds. */
export function buildArticleView(doc: SanityDocumentLike, options: ArticleViewOptions = {}): ArticleView {
  const field = options.bodyField ?? 'body'
  const body = Array.isArray(doc[field]) ? (doc[field] as unknown[]) : []
  const blocks: BlockView[] = []
  body.forEach((raw, index) => {
    const block = flattenBlock(raw, index, field)
    if (block) blocks.push(block)
  })

  let date: Date
  let dateSource: ArticleView['dateSource']
  const published = parseDate(doc.publishedAt)
  const updated = parseDate(doc._updatedAt)
  if (options.date) [date, dateSource] = [options.date, 'override']
  else if (published) [date, dateSource] = [published, 'publishedAt']
  else if (updated) [date, dateSource] = [updated, '_updatedAt']
  else [date, dateSource] = [options.now ?? new Date(), 'today']

  return {
    documentId: asString(doc._id),
    documentType: asString(doc._type),
    title: asString(doc.title),
    dek: asString(doc.dek),
    date,
    dateSource,
    blocks,
    bodyLength: body.length,
    authors: resolveAuthors(doc, options.people),
  }
}
