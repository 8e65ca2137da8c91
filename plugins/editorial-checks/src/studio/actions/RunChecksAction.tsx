import {Stack} from '@sanity/ui'
import {ChecksIcon} from '../components/icons.tsx'
import {useCallback, useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import type {FindingState} from '../../approval/index.ts'
import type {Fix} from '../../engine/index.ts'
import {FindingsPanel} from '../components/FindingsPanel.tsx'
import {IntegrityNotice} from '../components/IntegrityNotice.tsx'
import {ReviewHistory} from '../components/ReviewHistory.tsx'
import type {ResolvedOptions} from '../config.ts'
import {useEditorialReview, type EditorialReview} from '../hooks/useEditorialReview.ts'
import {useJumpToPath} from '../hooks/useJumpToPath.ts'
import {useReviewOperations} from '../hooks/useReviewOperations.ts'

/** "Run checks": the findings in a dialog, grouped by category, with one-click fixes. */
export function createRunChecksAction(options: ResolvedOptions): DocumentActionComponent {
  const RunChecksAction: DocumentActionComponent = (props) => {
    const [open, setOpen] = useState(false)
    const review = useEditorialReview(props.id, props.type, options)
    const close = useCallback(() => setOpen(false), [])
    return {
      label: 'Run checks',
      icon: ChecksIcon,
      onHandle: () => setOpen(true),
      dialog: open && {
        type: 'dialog',
        header: 'Editorial checks',
        width: 'large',
        onClose: close,
        content: <ChecksDialogContent review={review} options={options} onClose={close} />,
      },
    }
  }
  RunChecksAction.displayName = 'EditorialRunChecksAction'
  return RunChecksAction
}

function ChecksDialogContent({review, options, onClose}: {review: EditorialReview; options: ResolvedOptions; onClose: () => void}) {
  const ops = useReviewOperations(review)
  const [busy, setBusy] = useState(false)
  const jump = useJumpToPath(onClose)
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
  return (
    <Stack gap={5} data-testid="editorial-checks-dialog">
      <FindingsPanel review={review} bodyField={options.bodyField} busy={busy} onFix={onFix} onIgnore={onIgnore} onJump={jump} />
      <ReviewHistory review={review} />
      <IntegrityNotice review={review} />
    </Stack>
  )
}
