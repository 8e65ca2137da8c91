import {Box, Stack} from '@sanity/ui'
import {defineDocumentInspector, type DocumentInspector, type DocumentInspectorProps} from 'sanity'
import {DocumentInspectorHeader} from 'sanity/structure'
import type {ResolvedOptions} from '../config.ts'
import {useEditorialReview} from '../hooks/useEditorialReview.ts'
import {useJumpToPath} from '../hooks/useJumpToPath.ts'
import {useFindingHandlers} from '../hooks/useFindingHandlers.ts'
import {FindingsPanel} from './FindingsPanel.tsx'
import {IntegrityNotice} from './IntegrityNotice.tsx'
import {ChecksIcon} from './icons.tsx'
import {ReviewHistory} from './ReviewHistory.tsx'

export const INSPECTOR_NAME = 'editorial-checks'

/** The findings beside the form, live as the editor types, with the record of approvals and ignores. */
export function createEditorialInspector(options: ResolvedOptions): DocumentInspector {
  function EditorialInspector({documentId, documentType, onClose}: DocumentInspectorProps) {
    const review = useEditorialReview(documentId, documentType, options)
    const {busy, onFix, onIgnore} = useFindingHandlers(review)
    const jump = useJumpToPath()
    return (
      <Stack data-testid="editorial-inspector" style={{height: '100%', overflow: 'auto'}}>
        <DocumentInspectorHeader closeButtonLabel="Close editorial checks" onClose={onClose} title="Editorial checks" />
        <Box padding={4}>
          <Stack gap={5}>
            <FindingsPanel review={review} bodyField={options.bodyField} busy={busy} onFix={onFix} onIgnore={onIgnore} onJump={jump} />
            <ReviewHistory review={review} />
            <IntegrityNotice review={review} />
          </Stack>
        </Box>
      </Stack>
    )
  }

  return defineDocumentInspector({
    name: INSPECTOR_NAME,
    component: EditorialInspector,
    useMenuItem: ({documentId, documentType}) => {
      const review = useEditorialReview(documentId, documentType, options)
      const state = review.loaded ? review.decision.state : undefined
      return {
        icon: ChecksIcon,
        title: 'Editorial checks',
        showAsAction: true,
        ...(state === 'blocked'
          ? {tone: 'critical' as const, status: 'critical' as const}
          : state === 'overridden'
            ? {tone: 'caution' as const}
            : {}),
      }
    },
  })
}
