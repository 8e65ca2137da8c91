import {Button, Flex, Stack, Text, TextArea} from '@sanity/ui'
import {RequestIcon} from '../components/icons.tsx'
import {useCallback, useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {canRequestApproval} from '../../approval/index.ts'
import type {ResolvedOptions} from '../config.ts'
import {useEditorialReview} from '../hooks/useEditorialReview.ts'
import {useReviewOperations} from '../hooks/useReviewOperations.ts'

/** "Request approval", for editors while the gate is shut: records the request for the managing editors' list. */
export function createRequestApprovalAction(options: ResolvedOptions): DocumentActionComponent {
  const RequestApprovalAction: DocumentActionComponent = (props) => {
    const review = useEditorialReview(props.id, props.type, options)
    const ops = useReviewOperations(review)
    const [open, setOpen] = useState(false)
    const [busy, setBusy] = useState(false)
    const [note, setNote] = useState('')
    const close = useCallback(() => setOpen(false), [])

    if (review.mayApprove || !review.user || !props.draft || (!open && (!review.loaded || review.decision.allowed))) return null
    const can = canRequestApproval(review.user.roles, review.ctx)
    return {
      label: 'Request approval',
      icon: RequestIcon,
      disabled: !can.valid && !open,
      title: can.valid ? 'Ask a managing editor to approve or override the open checks' : can.reason,
      onHandle: () => setOpen(true),
      dialog: open && {
        type: 'dialog',
        header: 'Request approval',
        width: 'small',
        onClose: close,
        content: (
          <Stack gap={4} data-testid="editorial-request-form">
            <Text size={1}>{review.decision.reason}</Text>
            <Text size={1}>A managing editor will see this article under Approvals → Awaiting approval, with your note.</Text>
            <TextArea
              rows={3}
              fontSize={1}
              placeholder="Note for the managing editor (optional)"
              aria-label="Note for the managing editor"
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Flex gap={2} justify="flex-end">
              <Button mode="bleed" text="Cancel" onClick={close} disabled={busy} />
              <Button
                tone="primary"
                text="Request approval"
                loading={busy}
                disabled={busy || review.pending || !can.valid}
                onClick={async () => {
                  setBusy(true)
                  try {
                    if (await ops.requestApproval(note)) {
                      setNote('')
                      setOpen(false)
                    }
                  } finally {
                    setBusy(false)
                  }
                }}
              />
            </Flex>
          </Stack>
        ),
      },
    }
  }
  RequestApprovalAction.displayName = 'EditorialRequestApprovalAction'
  return RequestApprovalAction
}
