// The local lake's documents: an in-memory map, persisted to an NDJSON file, changed only through
// transactions. Every transaction gets one id that becomes the `_rev` of each document it touched,
// as in Sanity, so listener events chain previousRev → resultRev.
import {randomBytes} from 'node:crypto'
import {EventEmitter} from 'node:events'
import {appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {Mutation} from '@sanity/mutator'
import {evaluate, parse} from 'groq-js'
import {badRequest, documentExists, documentMissing, revisionMismatch} from './errors.ts'

export interface Doc {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [key: string]: unknown
}

export type ErrorKind = 'mutationError' | 'actionError'
/** One mutation as /mutate takes it; `patch` carries Sanity's patch operations. */
export type MutationInput = Record<string, Record<string, unknown>>

export interface Change {
  id: string
  before: Doc | null
  after: Doc | null
  /** The mutations that produced this change, for listeners whose Studio rebases local edits on them. */
  mutations: MutationInput[]
}

export interface Transaction {
  id: string
  timestamp: string
  author: string
  changes: Change[]
}

export function newId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url').replace(/[-_]/g, '').slice(0, 22)
}

export function readNdjson(file: string): Doc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => [line.trim(), index + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, lineNo]) => {
      let doc: Doc
      try {
        doc = JSON.parse(line)
      } catch (err) {
        throw new Error(`${file}:${lineNo}: not JSON: ${(err as Error).message}`)
      }
      if (typeof doc._id !== 'string' || typeof doc._type !== 'string') {
        throw new Error(`${file}:${lineNo}: a document needs a string _id and _type`)
      }
      return doc
    })
}

/** Collects a transaction's writes against a scratch view of the store before anything is applied. */
export class PendingTransaction {
  private readonly store: DocumentStore
  readonly kind: ErrorKind
  private readonly scratch = new Map<string, Doc | null>()
  private readonly originals = new Map<string, Doc | null>()
  private readonly mutationsById = new Map<string, MutationInput[]>()
  /** ids in the order they were first touched, so events come out in a stable order */
  readonly touched: string[] = []

  constructor(store: DocumentStore, kind: ErrorKind) {
    this.store = store
    this.kind = kind
  }

  get(id: string): Doc | null {
    return this.scratch.has(id) ? (this.scratch.get(id) ?? null) : (this.store.get(id) ?? null)
  }

  write(id: string, next: Doc | null, mutation: MutationInput): void {
    if (!this.originals.has(id)) {
      this.originals.set(id, this.store.get(id) ?? null)
      this.touched.push(id)
    }
    this.scratch.set(id, next)
    const list = this.mutationsById.get(id) ?? []
    list.push(mutation)
    this.mutationsById.set(id, list)
  }

  changes(): Change[] {
    return this.touched
      .map((id) => ({
        id,
        before: this.originals.get(id) ?? null,
        after: this.scratch.get(id) ?? null,
        mutations: this.mutationsById.get(id) ?? [],
      }))
      .filter((c) => c.before !== null || c.after !== null)
  }

  /** Ids of current documents (as this transaction sees them) matching a GROQ filter. */
  async idsMatching(filter: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const dataset = this.store.all().map((d) => this.get(d._id)).filter((d): d is Doc => d !== null)
    for (const [id, doc] of this.scratch) if (doc && !this.store.get(id)) dataset.push(doc)
    const result = await (await evaluate(parse(`*[${filter}]._id`, {params}), {dataset, params})).get()
    return Array.isArray(result) ? result : []
  }

  create(doc: Doc, mode: 'create' | 'createIfNotExists' | 'createOrReplace'): void {
    if (!doc || typeof doc._id !== 'string' || !doc._id) throw badRequest(`${mode}: the document needs an _id`)
    if (typeof doc._type !== 'string' || !doc._type) throw badRequest(`${mode}: the document needs a _type`)
    const existing = this.get(doc._id)
    if (existing && mode === 'create') throw documentExists(this.kind, doc._id)
    if (existing && mode === 'createIfNotExists') return
    const {_rev, _updatedAt, ...body} = doc
    this.write(doc._id, {...body, _createdAt: existing?._createdAt ?? doc._createdAt} as Doc, {[mode]: doc})
  }

  delete(id: string): void {
    if (!this.get(id)) return
    this.write(id, null, {delete: {id}})
  }

  patch(id: string, patch: Record<string, unknown>): void {
    const current = this.get(id)
    if (!current) throw documentMissing(this.kind, id)
    if (typeof patch.ifRevisionID === 'string' && patch.ifRevisionID !== current._rev) {
      throw revisionMismatch(this.kind, id, patch.ifRevisionID, current._rev)
    }
    const {query: _query, params: _params, ...rest} = patch
    const ops = {...rest, id}
    let next: Doc
    try {
      next = new Mutation({mutations: [{patch: ops}]}).apply(structuredClone(current)) as Doc
    } catch (err) {
      throw badRequest(`patch on "${id}" failed: ${(err as Error).message}`)
    }
    if (next._id !== id) throw badRequest(`a patch may not change _id ("${id}")`)
    this.write(id, next, {patch: ops})
  }

  /** Applies one /mutate-style mutation, resolving `query` targets against this transaction's view. */
  async apply(mutation: MutationInput): Promise<void> {
    const [op, body] = Object.entries(mutation)[0] ?? []
    if (!op || !body) throw badRequest('empty mutation')
    switch (op) {
      case 'create':
      case 'createIfNotExists':
      case 'createOrReplace':
        return this.create(body as Doc, op)
      case 'delete':
      case 'patch': {
        const ids =
          typeof body.id === 'string'
            ? [body.id]
            : typeof body.query === 'string'
              ? await this.idsMatching(stripQuery(body.query), (body.params ?? {}) as Record<string, unknown>)
              : null
        if (!ids) throw badRequest(`${op} needs an id or a query`)
        for (const id of ids) {
          if (op === 'delete') this.delete(id)
          else this.patch(id, body)
        }
        return
      }
      default:
        throw badRequest(`unsupported mutation "${op}"`)
    }
  }
}

// A /mutate query is a whole query (`*[_type == "x"]`); the store wants its filter.
function stripQuery(query: string): string {
  const match = /^\s*\*\s*\[(.*)\]\s*$/s.exec(query)
  if (!match?.[1]) throw badRequest(`only queries of the form *[filter] are supported by the local lake: ${query}`)
  return match[1]
}

export interface StoreOptions {
  /** NDJSON file holding the current documents; created from `seed` when missing. */
  dataFile?: string
  seed?: Doc[]
}

export class DocumentStore extends EventEmitter<{transaction: [Transaction]}> {
  private readonly docs = new Map<string, Doc>()
  private readonly log: Transaction[] = []
  private readonly dataFile: string | undefined
  private readonly historyFile: string | undefined
  private saveTimer: NodeJS.Timeout | undefined
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: StoreOptions = {}) {
    super()
    this.dataFile = options.dataFile
    this.historyFile = options.dataFile ? `${options.dataFile.replace(/\.ndjson$/, '')}.history.ndjson` : undefined
    if (this.dataFile && existsSync(this.dataFile)) {
      for (const doc of readNdjson(this.dataFile)) this.docs.set(doc._id, doc)
      if (this.historyFile && existsSync(this.historyFile)) {
        for (const line of readFileSync(this.historyFile, 'utf8').split('\n')) {
          if (line.trim()) this.log.push(JSON.parse(line))
        }
      }
    } else if (options.seed?.length) {
      this.seed(options.seed)
    }
  }

  private seed(docs: Doc[]): void {
    const tx = new PendingTransaction(this, 'mutationError')
    for (const doc of docs) tx.create(doc, 'createOrReplace')
    this.applyTransaction(tx, {identity: 'local-lake-seed'})
    this.flush()
  }

  get(id: string): Doc | undefined {
    return this.docs.get(id)
  }

  all(): Doc[] {
    return [...this.docs.values()]
  }

  transactions(): readonly Transaction[] {
    return this.log
  }

  /**
   * Runs `build` against a fresh pending transaction and applies it, one transaction at a time, so
   * that revision checks and the revision chain hold under concurrent requests.
   */
  transact<T>(
    kind: ErrorKind,
    options: {transactionId?: string; identity: string},
    build: (tx: PendingTransaction) => Promise<T>,
  ): Promise<{transaction: Transaction | null; result: T}> {
    const run = async () => {
      const tx = new PendingTransaction(this, kind)
      const result = await build(tx)
      return {transaction: this.applyTransaction(tx, options), result}
    }
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }

  private applyTransaction(tx: PendingTransaction, {transactionId, identity}: {transactionId?: string; identity: string}) {
    const changes = tx.changes()
    if (changes.length === 0) return null
    const id = transactionId && !this.log.some((t) => t.id === transactionId) ? transactionId : newId()
    const timestamp = new Date().toISOString()
    for (const change of changes) {
      if (change.after) {
        change.after = {
          ...change.after,
          _createdAt: change.after._createdAt ?? change.before?._createdAt ?? timestamp,
          _updatedAt: timestamp,
          _rev: id,
        }
        this.docs.set(change.id, change.after)
      } else {
        this.docs.delete(change.id)
      }
    }
    const transaction: Transaction = {id, timestamp, author: identity, changes}
    this.log.push(transaction)
    if (this.historyFile) {
      mkdirSync(dirname(this.historyFile), {recursive: true})
      appendFileSync(this.historyFile, `${JSON.stringify(transaction)}\n`)
    }
    this.scheduleSave()
    this.emit('transaction', transaction)
    return transaction
  }

  private scheduleSave(): void {
    if (!this.dataFile || this.saveTimer) return
    this.saveTimer = setTimeout(() => this.flush(), 50)
  }

  /** Writes the documents file now (atomically: temp file, then rename). */
  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    if (!this.dataFile) return
    mkdirSync(dirname(this.dataFile), {recursive: true})
    const tmp = `${this.dataFile}.tmp`
    writeFileSync(tmp, this.all().map((d) => JSON.stringify(d)).join('\n') + '\n')
    renameSync(tmp, this.dataFile)
  }

  /** The documents' state right after transaction `rev` (or at `time`), for the history API. */
  documentsAt(ids: string[], at: {revision?: string; time?: string; lastRevision?: boolean}): Doc[] {
    let upTo = this.log.length
    if (at.revision) {
      const index = this.log.findIndex((t) => t.id === at.revision)
      if (index === -1) return []
      upTo = index + 1
    } else if (at.time) {
      const time = Date.parse(at.time)
      upTo = this.log.filter((t) => Date.parse(t.timestamp) <= time).length
    }
    const result: Doc[] = []
    for (const id of ids) {
      let state: Doc | null = null
      for (let i = 0; i < upTo; i++) {
        const change = this.log[i]!.changes.find((c) => c.id === id)
        if (!change) continue
        state = change.after ?? (at.lastRevision ? state : null)
      }
      if (state) result.push(state)
    }
    return result
  }
}
