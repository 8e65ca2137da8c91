import {Stack} from '@sanity/ui'
import {ChecksIcon} from '../components/icons.tsx'
import {useCallback, useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {FindingsPanel} from '../components/FindingsPanel.tsx'
import {IntegrityNotice} from '../components/IntegrityNotice.tsx'
import {ReviewHistory} from '../components/ReviewHistory.tsx'
import type {ResolvedOptions} from '../config.ts'
import {useEditorialReview, type EditorialReview} from '../hooks/useEditorialReview.ts'
import {useJumpToPath} from '../hooks/useJumpToPath.ts'
import {useFindingHandlers} from '../hooks/useFindingHandlers.ts'

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
  const {busy, onFix, onIgnore} = useFindingHandlers(review)
  const jump = useJumpToPath(onClose)
  return (
    <Stack gap={5} data-testid="editorial-checks-dialog">
      <FindingsPanel review={review} bodyField={options.bodyField} busy={busy} onFix={onFix} onIgnore={onIgnore} onJump={jump} />
      <ReviewHistory review={review} />
      <IntegrityNotice review={review} />
    </Stack>
  )
}
