import {Card, Stack, Text} from '@sanity/ui'
import type {EditorialReview} from '../hooks/useEditorialReview.ts'
import {formatWhen} from '../presentation.ts'

/** One line on whether the article may be published, and why not. */
export function GateSummary({review}: {review: EditorialReview}) {
  const {decision} = review
  if (review.pending) {
    return (
      <Card padding={3} radius={2} tone="default" border data-testid="editorial-gate" data-state="pending">
        <Text size={1}>Checking your latest changes…</Text>
      </Card>
    )
  }
  const request = decision.pendingRequests[0]
  const tone = decision.allowed ? (decision.state === 'overridden' ? 'caution' : 'positive') : 'critical'
  return (
    <Card padding={3} radius={2} tone={tone} border data-testid="editorial-gate" data-state={decision.state}>
      <Stack gap={2}>
        <Text size={1} weight="semibold">
          {decision.allowed
            ? decision.approval
              ? `${decision.state === 'overridden' ? 'Overridden' : 'Approved'} by ${decision.approval.approvedBy.name ?? decision.approval.approvedBy.id} on ${formatWhen(decision.approval.approvedAt)}: ready to publish.`
              : 'The checks pass: ready to publish.'
            : decision.reason}
        </Text>
        {request && !decision.allowed && (
          <Text size={1} muted data-testid="editorial-gate-request">
            Approval requested by {request.requestedBy.name ?? request.requestedBy.id} on {formatWhen(request.requestedAt)}.
          </Text>
        )}
      </Stack>
    </Card>
  )
}
