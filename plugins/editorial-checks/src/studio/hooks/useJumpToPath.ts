import {useCallback} from 'react'
import {useDocumentPane} from 'sanity/structure'
import type {Path} from '../../engine/index.ts'

/** Opens and focuses a path in the document form (the paragraph a finding is about), then runs `after`. */
export function useJumpToPath(after?: () => void): (path: Path) => void {
  const {onPathOpen, onFocus} = useDocumentPane()
  return useCallback(
    (path: Path) => {
      after?.()
      onPathOpen(path as never)
      onFocus(path as never)
    },
    [onPathOpen, onFocus, after],
  )
}
