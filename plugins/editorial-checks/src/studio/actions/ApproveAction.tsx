import {ApprovedIcon} from '../components/icons.tsx'
import {useCallback, useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {ApprovalForm} from '../components/ApprovalForm.tsx'
import type {ResolvedOptions} from '../config.ts'
import {useEditorialReview} from '../hooks/useEditorialReview.ts'
import {useReviewOperations} from '../hooks/useReviewOperations.ts'

/**
 * "Override and publish" / "Approve and publish", for approver roles only (everyone else never sees it). Records
 * who, when, which findings and why, bound to the content hash; then publishes exactly that revision.
 */
export function createApproveAction(options: ResolvedOptions): DocumentActionComponent {
  const ApproveAction: DocumentActionComponent = (props) => {
    const review = useEditorialReview(props.id, props.type, options)
    const ops = useReviewOperations(review)
    const [open, setOpen] = useState(false)
    const [busy, setBusy] = useState(false)
    const close = useCallback(() => setOpen(false), [])

    const submit = useCallback(
      async (reasons: ReadonlyMap<string, string>, note: string) => {
        setBusy(true)
        try {
          const approval = await ops.approve(reasons, note)
          if (approval && (await ops.publishChecked())) setOpen(false)
        } finally {
          setBusy(false)
        }
      },
      [ops],
    )

    // Shown to approvers while the gate is shut (and kept while its dialog is open, as the record lands).
    if (!review.mayApprove || !props.draft || (!open && (!review.loaded || review.decision.allowed))) return null
    const count = review.decision.blocking.length
    return {
      label: count ? 'Override and publish' : 'Approve and publish',
      icon: ApprovedIcon,
      tone: 'caution',
      title: count ? `Override ${count === 1 ? '1 check' : `${count} checks`} with a reason, then publish` : undefined,
      onHandle: () => setOpen(true),
      dialog: open && {
        type: 'dialog',
        header: count ? 'Override checks and publish' : 'Approve and publish',
        width: 'medium',
        onClose: close,
        content: <ApprovalForm review={review} bodyField={options.bodyField} busy={busy} onSubmit={submit} onCancel={close} />,
      },
    }
  }
  ApproveAction.displayName = 'EditorialApproveAction'
  return ApproveAction
}
