import {useCallback, useSyncExternalStore} from 'react'
import {useDocumentStore} from 'sanity'
import {liveKey, peekLive, subscribeLive} from '../review-store.ts'
import {API_VERSION} from '../records.ts'

export interface LiveQueryResult<T> {
  data: T | undefined
  error: unknown
}

/**
 * A GROQ query kept up to date: refetched when documents matching `listen` (a filter without joins) change.
 * Readers of the same query and params share one listener.
 */
export function useLiveQuery<T>(fetch: string, listen: string, params: Record<string, unknown>, enabled = true): LiveQueryResult<T> {
  const documentStore = useDocumentStore()
  const key = liveKey(fetch, params)
  const subscribe = useCallback(
    (onChange: () => void) =>
      enabled
        ? subscribeLive<T>(
            key,
            () =>
              documentStore.listenQuery({fetch, listen}, params as never, {
                apiVersion: API_VERSION,
                perspective: 'raw',
                tag: 'editorial-checks',
              }),
            onChange,
          )
        : () => {},
    // `params` is in `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [documentStore, key, enabled],
  )
  const snapshot = useSyncExternalStore(
    subscribe,
    () => (enabled ? peekLive<T>(key)?.snapshot : undefined),
    () => undefined,
  )
  return {data: snapshot?.value, error: snapshot?.error}
}
