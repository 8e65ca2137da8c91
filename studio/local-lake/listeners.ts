// The listener endpoint's fan-out: every transaction becomes mutation events for the listeners whose
// GROQ filter matched the document before or after it, in the shape the Studio's stores consume.
import type {Change, Doc, DocumentStore, Transaction} from './store.ts'
import {documentMatches} from './query.ts'

export interface ListenerOptions {
  query: string
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  includeAllVersions: boolean
  effectFormat?: string
  events: string[]
  send: (event: string, data: unknown, id?: string) => void
}

// Mendoza's "Value" opcode (0) replaces the whole value: a valid, if coarse, effect for any change.
const wholeValue = (doc: Doc | null) => [0, doc ? withoutRev(doc) : null]

function withoutRev(doc: Doc): Omit<Doc, '_rev'> {
  const {_rev, ...rest} = doc
  return rest
}

export function mendozaEffects(change: Pick<Change, 'before' | 'after'>) {
  return {apply: wholeValue(change.after), revert: wholeValue(change.before)}
}

export class ListenerHub {
  private readonly listeners = new Set<ListenerOptions>()
  private queue: Promise<void> = Promise.resolve()

  constructor(store: DocumentStore) {
    store.on('transaction', (tx) => {
      // Events of one transaction must all be out before the next one's, for every listener.
      this.queue = this.queue.then(() => this.broadcast(tx)).catch((err) => console.error('[local-lake] listener:', err))
    })
  }

  get size(): number {
    return this.listeners.size
  }

  add(listener: ListenerOptions): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves once every event of the transactions committed so far has been sent. */
  settled(): Promise<void> {
    return this.queue
  }

  private async broadcast(tx: Transaction): Promise<void> {
    for (const listener of this.listeners) {
      if (!listener.events.includes('mutation')) continue
      const matched: {change: Change; transition: 'appear' | 'update' | 'disappear'}[] = []
      for (const change of tx.changes) {
        if (!listener.includeAllVersions && change.id.startsWith('versions.')) continue
        const [before, after] = await Promise.all([
          documentMatches(listener.query, listener.params, change.before).catch(() => false),
          documentMatches(listener.query, listener.params, change.after).catch(() => false),
        ])
        if (!before && !after) continue
        matched.push({change, transition: before && after ? 'update' : after ? 'appear' : 'disappear'})
      }
      matched.forEach(({change, transition}, index) => {
        const eventId = `${tx.id}#${change.id}`
        listener.send('mutation', mutationEvent(tx, change, transition, index, matched.length, listener), eventId)
      })
    }
  }
}

function mutationEvent(
  tx: Transaction,
  change: Change,
  transition: 'appear' | 'update' | 'disappear',
  index: number,
  total: number,
  listener: ListenerOptions,
) {
  return {
    eventId: `${tx.id}#${change.id}`,
    documentId: change.id,
    transactionId: tx.id,
    transition,
    identity: tx.author,
    previousRev: change.before?._rev,
    // Every event carries the transaction as resultRev, deletions too: the Studio chains events on it.
    resultRev: tx.id,
    timestamp: tx.timestamp,
    visibility: 'query',
    transactionTotalEvents: total,
    transactionCurrentEvent: index + 1,
    ...(listener.includeMutations ? {mutations: change.mutations} : {}),
    ...(listener.effectFormat === 'mendoza' ? {effects: mendozaEffects(change)} : {}),
    ...(listener.includeResult && change.after ? {result: change.after} : {}),
    ...(listener.includePreviousRevision && change.before ? {previous: change.before} : {}),
  }
}
