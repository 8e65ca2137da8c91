import {useCallback, useState} from 'react'
import type {FindingState} from '../../approval/index.ts'
import type {Fix} from '../../engine/index.ts'
import type {EditorialReview} from './useEditorialReview.ts'
import {useReviewOperations} from './useReviewOperations.ts'

/** Fix and Ignore for a findings list, with `busy` set while one is being written. */
export function useFindingHandlers(review: EditorialReview) {
  const ops = useReviewOperations(review)
  const [busy, setBusy] = useState(false)
  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    setBusy(true)
    try {
      return await work()
    } finally {
      setBusy(false)
    }
  }, [])
  const onFix = useCallback((fix: Fix) => void run(() => ops.applyFix(fix)), [run, ops])
  const onIgnore = useCallback((state: FindingState, reason: string) => run(() => ops.ignore(state, reason)), [run, ops])
  return {busy, onFix, onIgnore}
}
