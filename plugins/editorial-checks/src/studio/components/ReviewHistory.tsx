import {Badge, Card, Flex, Heading, Stack, Text} from '@sanity/ui'
import {isApprovalValid} from '../../approval/index.ts'
import type {EditorialReview} from '../hooks/useEditorialReview.ts'
import {formatWhen} from '../presentation.ts'

/** The record: approvals (valid or void, with overrides and reasons), requests and ignores. Read-only. */
export function ReviewHistory({review}: {review: EditorialReview}) {
  const {approvals, requests, ignores} = review.records
  if (!approvals.length && !requests.length && !ignores.length) return null
  return (
    <Stack gap={3} data-testid="editorial-history">
      <Heading as="h3" size={0}>
        Record
      </Heading>
      {approvals.map((a) => {
        const validity = isApprovalValid(a, review.ctx)
        return (
          <Card
            key={a._id ?? a.approvedAt}
            padding={3}
            radius={2}
            border
            data-testid="editorial-history-approval"
            data-valid={validity.valid}
          >
            <Stack gap={2}>
              <Flex gap={2} align="center">
                <Badge tone={validity.valid ? 'positive' : 'default'} fontSize={0}>
                  {validity.valid ? 'valid' : 'void'}
                </Badge>
                <Text size={1} weight="semibold">
                  {a.overrides.length ? 'Override' : 'Approval'} by {a.approvedBy.name ?? a.approvedBy.id}, {formatWhen(a.approvedAt)}
                </Text>
              </Flex>
              {a.overrides.map((o) => (
                <Text key={o.fingerprint} size={1} muted>
                  {o.message} — “{o.reason}”
                </Text>
              ))}
              {a.note && (
                <Text size={1} muted>
                  Note: {a.note}
                </Text>
              )}
              {!validity.valid && (
                <Text size={1} muted>
                  {validity.reason}
                </Text>
              )}
            </Stack>
          </Card>
        )
      })}
      {requests.map((r) => (
        <Card key={r._id ?? r.requestedAt} padding={3} radius={2} border data-testid="editorial-history-request">
          <Text size={1}>
            Approval requested by {r.requestedBy.name ?? r.requestedBy.id}, {formatWhen(r.requestedAt)} ({r.openFindings.length} open)
            {r.note ? `: “${r.note}”` : ''}
          </Text>
        </Card>
      ))}
      {ignores.map((i) => (
        <Card key={i._id ?? i.ignoredAt} padding={3} radius={2} border data-testid="editorial-history-ignore">
          <Text size={1}>
            Ignored by {i.ignoredBy.name ?? i.ignoredBy.id}, {formatWhen(i.ignoredAt)} ({i.ruleId}
            {i.evidence ? `: “${i.evidence.length > 60 ? `${i.evidence.slice(0, 60)}…` : i.evidence}”` : ''}): “{i.reason}”
          </Text>
        </Card>
      ))}
    </Stack>
  )
}
