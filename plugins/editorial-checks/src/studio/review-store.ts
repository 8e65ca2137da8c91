// Shared, cached inputs for the checks in the Studio: live query results (records, people, KB entities), the KB
// built from them, and findings per content. The badge, inspector, actions and inline markers all read the same
// entries, so the engine runs once per distinct content, not once per consumer or keystroke.
import {contentHash, stableStringify} from '../approval/index.ts'
import {checkDocument} from '../checks.ts'
import type {CheckConfig, Finding, SanityDocumentLike} from '../engine/index.ts'
import type {KbOptions} from './config.ts'
import {buildStudioKb, type EntityDocument, type StudioKb} from './schema/entity-kb.ts'

// ---- Live queries -----------------------------------------------------------------------------------------------

interface Subscribable<T> {
  subscribe(observer: {next: (value: T) => void; error: (error: unknown) => void}): {unsubscribe(): void}
}

export interface LiveSnapshot<T> {
  value?: T
  error?: unknown
}

export interface LiveEntry<T> extends LiveSnapshot<T> {
  /** Replaced on every change, so React's useSyncExternalStore sees a new snapshot. */
  snapshot: LiveSnapshot<T>
  listeners: Set<() => void>
  subscription?: {unsubscribe(): void}
  lingerTimer?: ReturnType<typeof setTimeout>
}

const live = new Map<string, LiveEntry<unknown>>()
/** Keep a listener a few seconds after its last reader goes, so a re-render or pane switch does not reconnect. */
const LINGER_MS = 5000

/** Subscribes `listener` to the shared entry for `key`, starting the source on the first reader. */
export function subscribeLive<T>(key: string, source: () => Subscribable<T>, listener: () => void): () => void {
  let entry = live.get(key) as LiveEntry<T> | undefined
  if (!entry) {
    entry = {listeners: new Set(), snapshot: {}}
    live.set(key, entry as LiveEntry<unknown>)
  }
  const e = entry
  if (e.lingerTimer) clearTimeout(e.lingerTimer)
  e.lingerTimer = undefined
  e.listeners.add(listener)
  if (!e.subscription) {
    e.subscription = source().subscribe({
      next: (value) => {
        e.value = value
        e.error = undefined
        e.snapshot = {value}
        for (const l of e.listeners) l()
      },
      error: (error) => {
        e.error = error
        e.subscription = undefined
        e.snapshot = {value: e.value, error}
        for (const l of e.listeners) l()
      },
    })
  }
  return () => {
    e.listeners.delete(listener)
    if (e.listeners.size === 0) {
      e.lingerTimer = setTimeout(() => {
        e.subscription?.unsubscribe()
        live.delete(key)
      }, LINGER_MS)
    }
  }
}

export function peekLive<T>(key: string): LiveEntry<T> | undefined {
  return live.get(key) as LiveEntry<T> | undefined
}

export const liveKey = (query: string, params: Record<string, unknown>) => `${query}\u0000${stableStringify(params)}`

// ---- One-shot fetches for code outside React (the validation rule) ---------------------------------------------

interface Fetcher {
  fetch<T>(query: string, params: Record<string, unknown>): Promise<T>
}

const fetched = new Map<string, {at: number; value: Promise<unknown>}>()
const FETCH_TTL_MS = 10_000

/** The live value if a pane is showing it, else a fetch cached for a few seconds. */
export function readOrFetch<T>(client: Fetcher, query: string, params: Record<string, unknown>): Promise<T> {
  const key = liveKey(query, params)
  const entry = peekLive<T>(key)
  if (entry?.value !== undefined) return Promise.resolve(entry.value)
  const cached = fetched.get(key)
  if (cached && Date.now() - cached.at < FETCH_TTL_MS) return cached.value as Promise<T>
  const value = client.fetch<T>(query, params)
  fetched.set(key, {at: Date.now(), value})
  value.catch(() => fetched.delete(key))
  return value
}

// ---- The KB -------------------------------------------------------------------------------------------------------

let kbCache: {key: string; value: StudioKb} | undefined

/** The shipped KB plus the Studio's entities, rebuilt only when the entities or options change. */
export function studioKb(entities: readonly EntityDocument[], options: KbOptions): StudioKb {
  const {studioEntities = true, ...base} = options
  const used = studioEntities ? entities : []
  const key = stableStringify({used, base})
  if (kbCache?.key !== key) kbCache = {key, value: buildStudioKb(used, base)}
  return kbCache.value
}

// ---- Findings -----------------------------------------------------------------------------------------------------

export interface CheckInputs {
  people: ReadonlyMap<string, SanityDocumentLike>
  config: CheckConfig
  bodyField: string
  kb?: unknown
}

const findingsCache = new Map<string, Finding[]>()
const FINDINGS_CACHE_SIZE = 50
const kbIds = new WeakMap<object, number>()
let nextKbId = 1

function kbKey(kb: unknown): string {
  if (typeof kb !== 'object' || kb === null) return 'none'
  let id = kbIds.get(kb)
  if (id === undefined) kbIds.set(kb, (id = nextKbId++))
  return String(id)
}

/**
 * Findings for a document, cached by what they depend on: the content hash, the byline's people, the config and
 * the KB. A rule that throws becomes an `internal` finding (the engine's doing), never an exception here.
 */
function checkKey(doc: SanityDocumentLike, inputs: CheckInputs): string {
  const people = [...inputs.people.entries()].map(([id, p]) => [id, contentHash(p)])
  return `${contentHash(doc)}|${stableStringify(people)}|${stableStringify(inputs.config)}|${inputs.bodyField}|${kbKey(inputs.kb)}|${String(doc.publishedAt ?? '')}`
}

/** Whether checkCached() would answer from the cache (no engine run). */
export function isCheckCached(doc: SanityDocumentLike, inputs: CheckInputs): boolean {
  return findingsCache.has(checkKey(doc, inputs))
}

export function checkCached(doc: SanityDocumentLike, inputs: CheckInputs): Finding[] {
  const key = checkKey(doc, inputs)
  const hit = findingsCache.get(key)
  if (hit) {
    findingsCache.delete(key)
    findingsCache.set(key, hit)
    return hit
  }
  const findings = checkDocument(doc, {
    people: inputs.people,
    config: inputs.config,
    bodyField: inputs.bodyField,
    ...(inputs.kb !== undefined ? {shared: {kb: inputs.kb}} : {}),
  })
  findingsCache.set(key, findings)
  if (findingsCache.size > FINDINGS_CACHE_SIZE) findingsCache.delete(findingsCache.keys().next().value!)
  return findings
}

/** Ids of the byline's people, published and draft, for the people query. */
export function authorIds(doc: SanityDocumentLike | undefined): string[] {
  const refs = Array.isArray(doc?.authors) ? doc.authors : doc?.author !== undefined ? [doc.author] : []
  const ids = refs
    .map((r) => (typeof r === 'object' && r !== null && typeof (r as {_ref?: unknown})._ref === 'string' ? (r as {_ref: string})._ref : ''))
    .filter(Boolean)
    .map((id) => id.replace(/^drafts\./, ''))
  return [...new Set(ids)].sort().flatMap((id) => [id, `drafts.${id}`])
}

// ---- The options of the plugin instance in this Studio, for the validation rule (which runs outside React) -----

let activeOptions: import('./config.ts').ResolvedOptions | undefined

export function setActiveOptions(options: import('./config.ts').ResolvedOptions): void {
  activeOptions = options
}

export function getActiveOptions(): import('./config.ts').ResolvedOptions | undefined {
  return activeOptions
}

/** Forgets cached fetches and findings (tests; a Studio never needs it). */
export function clearReviewCaches(): void {
  fetched.clear()
  findingsCache.clear()
}
