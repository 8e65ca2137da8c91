import {Badge, Box, Button, Card, Flex, Stack, Text, TextArea} from '@sanity/ui'
import {useMemo, useState} from 'react'
import {canApprove} from '../../approval/index.ts'
import type {EditorialReview} from '../hooks/useEditorialReview.ts'
import {excerptFor, severityTone} from '../presentation.ts'

export interface ApprovalFormProps {
  review: EditorialReview
  bodyField: string
  busy: boolean
  onSubmit: (reasons: ReadonlyMap<string, string>, note: string) => void
  onCancel: () => void
}

/**
 * For approvers: each open blocking finding needs a reason to be overridden. The editor's "ignore" reason, if any,
 * is shown and can be taken over. Submitting records the approval, then publishes exactly this version.
 */
export function ApprovalForm({review, bodyField, busy, onSubmit, onCancel}: ApprovalFormProps) {
  const blocking = review.decision.blocking
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [note, setNote] = useState('')
  const reasonMap = useMemo(() => new Map(Object.entries(reasons)), [reasons])
  const decision = canApprove(review.user?.roles ?? [], review.ctx, reasonMap)
  const label = blocking.length
    ? `Override ${blocking.length === 1 ? '1 check' : `${blocking.length} checks`} and publish`
    : 'Approve and publish'

  return (
    <Stack gap={4} data-testid="editorial-approval-form">
      <Text size={1}>
        {blocking.length
          ? 'These checks block publishing. Override each with a reason: who you are, when, this exact version and your reasons are recorded, and any later edit voids the approval.'
          : 'No check blocks publishing. Approving records who approved this exact version.'}
      </Text>
      {blocking.map((state) => {
        const excerpt = excerptFor(state.finding, review.document, bodyField)
        return (
          <Card key={state.fingerprint} padding={3} radius={2} border data-testid="editorial-override" data-rule-id={state.finding.ruleId}>
            <Stack gap={3}>
              <Flex gap={2} align="flex-start">
                <Badge tone={severityTone(state.finding.severity)} fontSize={0}>
                  {state.finding.category}
                </Badge>
                <Box flex={1}>
                  <Text size={1} weight="semibold">
                    {state.finding.message}
                  </Text>
                </Box>
              </Flex>
              {excerpt && (
                <Text size={1} muted>
                  {excerpt.before}
                  <mark>{excerpt.flagged}</mark>
                  {excerpt.after}
                </Text>
              )}
              {state.ignore && (
                <Flex gap={2} align="center">
                  <Box flex={1}>
                    <Text size={1} muted>
                      {state.ignore.ignoredBy.name ?? state.ignore.ignoredBy.id} says: “{state.ignore.reason}”
                    </Text>
                  </Box>
                  <Button
                    mode="bleed"
                    fontSize={1}
                    padding={2}
                    text="Use this reason"
                    onClick={() => setReasons((r) => ({...r, [state.fingerprint]: state.ignore!.reason}))}
                  />
                </Flex>
              )}
              <TextArea
                fontSize={1}
                rows={2}
                aria-label={`Reason for overriding: ${state.finding.message}`}
                placeholder="Why may this be published as it is?"
                value={reasons[state.fingerprint] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value
                  setReasons((r) => ({...r, [state.fingerprint]: value}))
                }}
              />
            </Stack>
          </Card>
        )
      })}
      <TextArea
        fontSize={1}
        rows={2}
        aria-label="Note (optional)"
        placeholder="Note (optional)"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {!decision.allowed && decision.missingReasons.length > 0 && (
        <Text size={1} muted>
          {decision.reason}
        </Text>
      )}
      <Flex gap={2} justify="flex-end">
        <Button mode="bleed" text="Cancel" onClick={onCancel} disabled={busy} />
        <Button
          tone={blocking.length ? 'caution' : 'positive'}
          text={label}
          loading={busy}
          disabled={busy || review.pending || !decision.allowed}
          onClick={() => onSubmit(reasonMap, note)}
        />
      </Flex>
    </Stack>
  )
}
