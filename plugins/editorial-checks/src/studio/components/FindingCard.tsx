import {Badge, Box, Button, Card, Flex, Stack, Text, TextInput} from '@sanity/ui'
import {useState, type FormEvent} from 'react'
import {styled} from 'styled-components'
import type {FindingState} from '../../approval/index.ts'
import type {Fix, Path, SanityDocumentLike} from '../../engine/index.ts'
import {excerptFor, formatWhen, severityTone} from '../presentation.ts'

const Flagged = styled.mark`
  background: var(--card-badge-caution-bg-color, #fde68a);
  color: inherit;
  border-radius: 2px;
  padding: 0 1px;
  box-shadow: 0 0 0 1px var(--card-badge-caution-fg-color, #b45309);
`

const Paragraph = styled.span`
  white-space: pre-wrap;
`

export interface FindingCardProps {
  state: FindingState
  document?: SanityDocumentLike
  bodyField: string
  /** Fix and ignore buttons are off while the checks catch up with typing or a write is in flight. */
  busy: boolean
  onFix?: (fix: Fix) => void
  onIgnore?: (state: FindingState, reason: string) => Promise<boolean>
  onJump?: (path: Path) => void
}

export function FindingCard({state, document, bodyField, busy, onFix, onIgnore, onJump}: FindingCardProps) {
  const {finding, status} = state
  const excerpt = excerptFor(finding, document, bodyField)
  const fixes = [finding.fix, ...(finding.suggestions ?? [])].filter((f): f is Fix => f !== undefined)
  const [ignoring, setIgnoring] = useState(false)
  const [reason, setReason] = useState('')
  const blockPath = finding.blockKey ? finding.path.slice(0, 2) : undefined

  const submitIgnore = async (event: FormEvent) => {
    event.preventDefault()
    if (!onIgnore || !reason.trim()) return
    if (await onIgnore(state, reason)) {
      setIgnoring(false)
      setReason('')
    }
  }

  return (
    <Card
      data-testid="editorial-finding"
      data-rule-id={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
      data-status={status}
      data-block-key={finding.blockKey ?? ''}
      padding={3}
      radius={2}
      border
      tone={status === 'open' ? (finding.severity === 'error' ? 'critical' : 'default') : 'transparent'}
    >
      <Stack gap={3}>
        <Flex gap={2} align="flex-start">
          <Badge tone={severityTone(finding.severity)} fontSize={0}>
            {finding.severity}
          </Badge>
          {status !== 'open' && (
            <Badge tone={status === 'overridden' ? 'caution' : 'default'} fontSize={0}>
              {status}
            </Badge>
          )}
          <Box flex={1}>
            <Text size={1} weight="semibold">
              {finding.message}
            </Text>
          </Box>
        </Flex>

        {excerpt ? (
          <Card padding={2} radius={1} border tone="transparent" data-testid="editorial-finding-excerpt">
            <Text size={1}>
              <Paragraph>
                {excerpt.before}
                <Flagged data-testid="editorial-finding-flagged">{excerpt.flagged}</Flagged>
                {excerpt.after}
              </Paragraph>
            </Text>
          </Card>
        ) : finding.evidence ? (
          <Text size={1} muted>
            “{finding.evidence}”
          </Text>
        ) : null}

        {state.override && (
          <Text size={1} muted data-testid="editorial-finding-override">
            Overridden by {state.override.by.name ?? state.override.by.id} on {formatWhen(state.override.at)}: “{state.override.reason}”
          </Text>
        )}
        {state.ignore && (
          <Text size={1} muted data-testid="editorial-finding-ignore">
            {state.blocking ? 'Marked to ignore' : 'Ignored'} by {state.ignore.ignoredBy.name ?? state.ignore.ignoredBy.id} on{' '}
            {formatWhen(state.ignore.ignoredAt)}: “{state.ignore.reason}”
            {state.blocking ? ' — an error still needs a managing editor’s approval.' : ''}
          </Text>
        )}

        <Flex gap={2} wrap="wrap">
          {blockPath && onJump && <Button mode="bleed" fontSize={1} padding={2} text="Go to paragraph" onClick={() => onJump(blockPath)} />}
          {status === 'open' &&
            onFix &&
            fixes.map((fix) => (
              <Button
                key={fix.label}
                mode="ghost"
                tone={finding.severity === 'error' ? 'primary' : 'default'}
                fontSize={1}
                padding={2}
                text={fix.label}
                disabled={busy}
                onClick={() => onFix(fix)}
              />
            ))}
          {/* A check that failed to run can only be overridden by an approver, not ignored. */}
          {!state.ignore && status === 'open' && onIgnore && !ignoring && finding.category !== 'internal' && (
            <Button mode="bleed" fontSize={1} padding={2} text="Ignore…" disabled={busy} onClick={() => setIgnoring(true)} />
          )}
        </Flex>

        {ignoring && (
          <form onSubmit={submitIgnore}>
            <Stack gap={2}>
              <Text size={1} muted>
                {state.blocking
                  ? 'Why is this fine? Your reason is recorded and shown to the managing editor; an error still needs their approval.'
                  : 'Why is this fine? Your reason is recorded; the ignore lapses if the paragraph changes.'}
              </Text>
              <TextInput
                fontSize={1}
                value={reason}
                placeholder="Reason"
                aria-label="Reason for ignoring"
                onChange={(e) => setReason(e.currentTarget.value)}
                autoFocus
              />
              <Flex gap={2}>
                <Button type="submit" fontSize={1} padding={2} text="Ignore" tone="caution" disabled={busy || !reason.trim()} />
                <Button mode="bleed" fontSize={1} padding={2} text="Cancel" onClick={() => setIgnoring(false)} />
              </Flex>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  )
}
