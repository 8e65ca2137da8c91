// Says when the gate has a hole this plugin cannot close by itself, so the newsroom can close it:
// an ungated Publish added by a plugin listed after this one, or the validation rule missing from the type
// (then inline markers are off and releases are not gated by the checks).
import {useMemo} from 'react'
import {useSource, useValidationStatus} from 'sanity'
import {isEditorialMarker} from '../actions/markers.ts'
import {isGatedAction} from '../actions/GatedPublishAction.tsx'
import type {EditorialReview} from './useEditorialReview.ts'

export interface GateIntegrity {
  problems: string[]
}

export function useGateIntegrity(review: EditorialReview): GateIntegrity {
  const source = useSource()
  const draftId = `drafts.${review.documentId}`
  const validation = useValidationStatus(draftId, review.documentType, true)
  const ungated = useMemo(() => {
    try {
      const actions = source.document.actions({
        schemaType: review.documentType,
        documentId: review.documentId,
        versionType: 'draft',
        releaseId: undefined,
      })
      return actions.filter((a) => a.action === 'publish' && !isGatedAction(a)).map((a) => a.displayName ?? 'a Publish action')
    } catch {
      return []
    }
  }, [source, review.documentType, review.documentId])

  const problems: string[] = []
  if (ungated.length) {
    problems.push(
      `A plugin listed after editorialChecks() adds ${ungated.join(', ')} without the gate: list editorialChecks() last in plugins.`,
    )
  }
  const hasDraft = review.document?._id?.startsWith('drafts.')
  const markersExpected =
    review.ready && hasDraft && review.findings.length > 0 && !validation.isValidating && validation.revision === review.document?._rev
  if (markersExpected && !validation.validation.some(isEditorialMarker)) {
    problems.push(
      `Inline markers are off for "${review.documentType}": add validation: (rule) => editorialChecksValidation(rule) to the type. Until then only the Studio's actions are gated, not releases.`,
    )
  }
  return {problems}
}
