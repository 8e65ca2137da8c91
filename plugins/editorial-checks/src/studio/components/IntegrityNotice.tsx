import {Card, Stack, Text} from '@sanity/ui'
import type {EditorialReview} from '../hooks/useEditorialReview.ts'
import {useGateIntegrity} from '../hooks/useGateIntegrity.ts'

/** Set-up problems that leave a way round the gate, shown where the findings are. */
export function IntegrityNotice({review}: {review: EditorialReview}) {
  const {problems} = useGateIntegrity(review)
  if (!problems.length) return null
  return (
    <Card padding={3} radius={2} tone="caution" border data-testid="editorial-integrity">
      <Stack gap={2}>
        {problems.map((p) => (
          <Text key={p} size={1}>
            {p}
          </Text>
        ))}
      </Stack>
    </Card>
  )
}
