import {Badge, Box, Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {usePaneRouter} from 'sanity/structure'
import {styled} from 'styled-components'
import type {RequestedFinding} from '../../approval/index.ts'
import {useLiveQuery} from '../hooks/useLiveQuery.ts'
import {formatWhen} from '../presentation.ts'
import {AWAITING_APPROVAL_LISTEN, AWAITING_APPROVAL_QUERY} from '../records.ts'

/** The pane router's links are anchors: keep them looking like list rows. */
const Rows = styled.div`
  a {
    color: inherit;
    text-decoration: none;
  }
`

interface AwaitingItem {
  _id: string
  documentId: string
  documentType: string
  title: string
  requestedAt: string
  requestedBy: {id: string; name?: string}
  openFindings?: RequestedFinding[]
}

/** Articles whose editors asked for approval and no approval has followed: a live GROQ query. */
export function AwaitingApprovalPane({options, childItemId}: {options?: Record<string, unknown>; childItemId?: string}) {
  const {ChildLink} = usePaneRouter()
  const types = Array.isArray(options?.documentTypes) ? (options.documentTypes as string[]) : ['article']
  const {data, error} = useLiveQuery<AwaitingItem[]>(AWAITING_APPROVAL_QUERY, AWAITING_APPROVAL_LISTEN, {types})
  if (error) {
    return (
      <Box padding={4}>
        <Text size={1}>Could not load the list: {String((error as Error)?.message ?? error)}</Text>
      </Box>
    )
  }
  if (!data) {
    return (
      <Flex padding={4} justify="center">
        <Spinner muted />
      </Flex>
    )
  }
  // One row per article: the newest request.
  const seen = new Set<string>()
  const items = data.filter((item) => !seen.has(item.documentId) && seen.add(item.documentId))
  return (
    <Rows>
      <Stack gap={1} padding={2} data-testid="editorial-awaiting-approval">
        {items.length === 0 && (
          <Box padding={3}>
            <Text size={1} muted>
              Nothing is waiting for approval.
            </Text>
          </Box>
        )}
        {items.map((item) => (
          <ChildLink key={item._id} childId={item.documentId}>
            <Card
              padding={3}
              radius={2}
              pressed={childItemId === item.documentId}
              data-testid="editorial-awaiting-item"
              data-document-id={item.documentId}
            >
              <Stack gap={2}>
                <Text size={1} weight="semibold" textOverflow="ellipsis">
                  {item.title}
                </Text>
                <Flex gap={2} align="center" wrap="wrap">
                  <Badge tone="critical" fontSize={0}>
                    {(item.openFindings ?? []).length} open
                  </Badge>
                  <Text size={0} muted>
                    {item.requestedBy.name ?? item.requestedBy.id} · {formatWhen(item.requestedAt)}
                  </Text>
                </Flex>
              </Stack>
            </Card>
          </ChildLink>
        ))}
      </Stack>
    </Rows>
  )
}
