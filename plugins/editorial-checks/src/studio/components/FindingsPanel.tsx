import {Box, Card, Flex, Heading, Spinner, Stack, Text} from '@sanity/ui'
import type {FindingState} from '../../approval/index.ts'
import type {Fix, Path} from '../../engine/index.ts'
import type {EditorialReview} from '../hooks/useEditorialReview.ts'
import {groupByCategory} from '../presentation.ts'
import {FindingCard} from './FindingCard.tsx'
import {GateSummary} from './GateSummary.tsx'

export interface FindingsPanelProps {
  review: EditorialReview
  bodyField: string
  busy?: boolean
  onFix?: (fix: Fix) => void
  onIgnore?: (state: FindingState, reason: string) => Promise<boolean>
  onJump?: (path: Path) => void
}

/** Findings grouped by category, each with its paragraph, fixes and ignore; the gate's state on top. */
export function FindingsPanel({review, bodyField, busy = false, onFix, onIgnore, onJump}: FindingsPanelProps) {
  if (!review.loaded) {
    return (
      <Flex align="center" gap={2} padding={4} data-testid="editorial-checks-loading">
        <Spinner muted />
        <Text muted size={1}>
          Running the checks…
        </Text>
      </Flex>
    )
  }
  const groups = groupByCategory(review.decision.states)
  return (
    <Stack gap={4} data-testid="editorial-checks-panel">
      <GateSummary review={review} />
      {groups.length === 0 && (
        <Card padding={3} radius={2} tone="positive" data-testid="editorial-checks-clean">
          <Text size={1}>No findings: nothing scraped, pasted or misnamed was found.</Text>
        </Card>
      )}
      {groups.map((group) => (
        <Stack key={group.category} gap={2} data-testid="editorial-category" data-category={group.category}>
          <Box paddingTop={1}>
            <Heading as="h3" size={0}>
              {group.title} ({group.states.length})
            </Heading>
          </Box>
          {group.states.map((state) => (
            <FindingCard
              key={state.fingerprint}
              state={state}
              document={review.document}
              bodyField={bodyField}
              busy={busy || review.pending}
              {...(onFix ? {onFix} : {})}
              {...(onIgnore ? {onIgnore} : {})}
              {...(onJump ? {onJump} : {})}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  )
}
