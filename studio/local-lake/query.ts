// GROQ for the local lake: groq-js evaluates, this module adds what the Content Lake does around
// it and groq-js does not: perspectives (drafts and release versions overlaid on published
// documents) and `text::query()`, which the Studio's list search uses.
import {evaluate, parse} from 'groq-js'
import type {Doc} from './store.ts'
import {queryError} from './errors.ts'

const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'

export function publishedIdOf(id: string): string {
  if (id.startsWith(DRAFTS_PREFIX)) return id.slice(DRAFTS_PREFIX.length)
  if (id.startsWith(VERSIONS_PREFIX)) return id.split('.').slice(2).join('.')
  return id
}

/** `raw`, or the layers to overlay on published documents, highest priority first. */
export type Perspective = 'raw' | string[]

export function parsePerspective(value: string | string[] | null | undefined): Perspective {
  const parts = (Array.isArray(value) ? value : (value ?? 'raw').split(','))
    .map((p) => p.trim())
    .filter(Boolean)
  if (parts.length === 0 || parts.includes('raw')) return 'raw'
  // previewDrafts is the older name of drafts; published is the implicit base of every stack.
  return parts.map((p) => (p === 'previewDrafts' ? 'drafts' : p)).filter((p) => p !== 'published')
}

function layerId(layer: string, publishedId: string): string {
  return layer === 'drafts' ? `${DRAFTS_PREFIX}${publishedId}` : `${VERSIONS_PREFIX}${layer}.${publishedId}`
}

/** The documents as a query with this perspective sees them. */
export function applyPerspective(docs: Doc[], perspective: Perspective): Doc[] {
  if (perspective === 'raw') return docs
  const byId = new Map(docs.map((d) => [d._id, d]))
  const publishedIds = new Set(docs.map((d) => publishedIdOf(d._id)))
  const result: Doc[] = []
  for (const publishedId of publishedIds) {
    const layer = perspective.find((l) => byId.has(layerId(l, publishedId)))
    const picked = layer ? byId.get(layerId(layer, publishedId)) : byId.get(publishedId)
    if (picked) result.push({...picked, _id: publishedId, _originalId: picked._id})
  }
  return result
}

const TEXT_QUERY = /text::query\(\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\)/g
const SEARCH_TEXT_FIELD = '__localLakeSearchText'

/** Turns a text::query() string into the patterns GROQ's `match` takes (all must match). */
export function textQueryPatterns(text: unknown): string[] {
  if (typeof text !== 'string') return ['*']
  const tokens = text.match(/-?"[^"]*"|\S+/g) ?? []
  const patterns = tokens
    .filter((t) => !t.startsWith('-')) // negations narrow results; leaving them out only widens a local search
    .map((t) => t.replace(/^"|"$/g, '').trim())
    .filter(Boolean)
  return patterns.length ? patterns : ['*']
}

function collectText(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) collectText(v, out)
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!key.startsWith('_')) collectText(v, out)
  }
}

/**
 * Rewrites `text::query($p)` into a `match` against patterns groq-js understands, and `@ match` (the
 * whole document) into a match against the document's text, gathered into a hidden field.
 */
function rewriteTextQuery(query: string, params: Record<string, unknown>, dataset: Doc[]) {
  if (!query.includes('text::query')) return {query, params, dataset}
  const nextParams = {...params}
  const rewritten = query
    .replace(/\[\s*@\s*,/g, `[${SEARCH_TEXT_FIELD},`)
    .replace(TEXT_QUERY, (_all, name: string) => {
      nextParams[`__localLakeText_${name}`] = textQueryPatterns(params[name])
      return `$__localLakeText_${name}`
    })
  const withText = dataset.map((doc) => {
    const parts: string[] = []
    collectText(doc, parts)
    return {...doc, [SEARCH_TEXT_FIELD]: parts.join(' ')}
  })
  return {query: rewritten, params: nextParams, dataset: withText}
}

export interface QueryOptions {
  params?: Record<string, unknown>
  perspective?: Perspective
  identity?: string
}

export async function runQuery(docs: Doc[], query: string, options: QueryOptions = {}): Promise<unknown> {
  const visible = applyPerspective(docs, options.perspective ?? 'raw')
  const prepared = rewriteTextQuery(query, options.params ?? {}, visible)
  let tree
  try {
    tree = parse(prepared.query, {params: prepared.params})
  } catch (err) {
    throw queryError(query, err as Error)
  }
  try {
    const value = await evaluate(tree, {
      dataset: prepared.dataset,
      params: prepared.params,
      identity: options.identity,
    })
    return stripSearchText(await value.get())
  } catch (err) {
    throw queryError(query, err as Error)
  }
}

// A query that returns whole documents (`*[text::query…]`) must not show the hidden field.
function stripSearchText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSearchText)
  if (value && typeof value === 'object' && SEARCH_TEXT_FIELD in value) {
    const {[SEARCH_TEXT_FIELD]: _hidden, ...rest} = value as Record<string, unknown>
    return rest
  }
  return value
}

const parsedFilters = new Map<string, ReturnType<typeof parse>>()

/** Whether one document matches a listener's `*[filter]` query. */
export async function documentMatches(query: string, params: Record<string, unknown>, doc: Doc | null): Promise<boolean> {
  if (!doc) return false
  const key = `${query}\u0000${JSON.stringify(params)}`
  let tree = parsedFilters.get(key)
  if (!tree) {
    tree = parse(query, {params})
    if (parsedFilters.size > 500) parsedFilters.clear()
    parsedFilters.set(key, tree)
  }
  const result = await (await evaluate(tree, {dataset: [doc], params})).get()
  return Array.isArray(result) ? result.length > 0 : Boolean(result)
}
