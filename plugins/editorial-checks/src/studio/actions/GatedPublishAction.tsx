// The built-in Publish, wrapped. While error findings are open and no valid approval covers them it is disabled
// and says why in plain words (the keyboard shortcut goes through the same action, so it is gated too). When the
// gate is open it publishes exactly the revision the checks ran on (`ifDraftRevisionId`): an edit between the
// check and the click makes the Content Lake refuse, instead of publishing unchecked text.
import {useState} from 'react'
import {useDocumentOperation, useDocumentPairPermissions, useValidationStatus, type DocumentActionComponent} from 'sanity'
import type {ResolvedOptions} from '../config.ts'
import {useEditorialReview} from '../hooks/useEditorialReview.ts'
import {useReviewOperations} from '../hooks/useReviewOperations.ts'
import {isEditorialMarker} from './markers.ts'

const gated = new WeakMap<DocumentActionComponent, DocumentActionComponent>()
const wrappers = new WeakSet<DocumentActionComponent>()

/** Whether an action is one of this plugin's gated wrappers (for the integrity check). */
export function isGatedAction(action: DocumentActionComponent): boolean {
  return wrappers.has(action)
}

export function gatePublishAction(original: DocumentActionComponent, options: ResolvedOptions): DocumentActionComponent {
  const existing = gated.get(original)
  if (existing) return existing
  const GatedPublishAction: DocumentActionComponent = (props) => {
    const base = original(props)
    const review = useEditorialReview(props.id, props.type, options)
    const ops = useReviewOperations(review)
    const draftId = props.draft?._id ?? `drafts.${props.id}`
    const validation = useValidationStatus(draftId, props.type, true)
    const {publish} = useDocumentOperation(props.id, props.type)
    const [permissions, permissionsLoading] = useDocumentPairPermissions({id: props.id, type: props.type, permission: 'publish'})
    const [publishing, setPublishing] = useState(false)

    if (!base) return null
    const blocked = (title: string) => ({...base, disabled: true, title, onHandle: undefined, shortcut: null})

    if (!review.ready) return blocked(review.pending ? 'Checking your latest changes…' : 'Running the editorial checks…')
    if (!review.decision.allowed) return blocked(review.decision.reason ?? 'The editorial checks block publishing.')
    // Nothing to publish, or no permission: the built-in action already says so.
    if (publish.disabled || permissionsLoading || !permissions?.granted) return base
    if (validation.isValidating) return blocked('Validating…')
    // The schema's own validation still applies; the plugin's markers are judged by the gate above.
    const otherErrors = validation.validation.filter((m) => m.level === 'error' && !isEditorialMarker(m))
    if (otherErrors.length) return blocked(`Fix the validation errors first (${otherErrors.map((m) => m.message).join('; ')}).`)

    const approval = review.decision.approval
    return {
      ...base,
      disabled: publishing,
      label: publishing ? 'Publishing…' : base.label,
      title: approval
        ? `Publish the version ${review.decision.state === 'overridden' ? 'overridden' : 'approved'} by ${approval.approvedBy.name ?? approval.approvedBy.id}`
        : base.title,
      onHandle: async () => {
        setPublishing(true)
        try {
          await ops.publishChecked()
        } finally {
          setPublishing(false)
        }
      },
    }
  }
  GatedPublishAction.action = original.action
  GatedPublishAction.displayName = 'EditorialGatedPublishAction'
  gated.set(original, GatedPublishAction)
  wrappers.add(GatedPublishAction)
  return GatedPublishAction
}

/** Any other action that publishes (schedule) is disabled with the same reason while the gate is shut. */
export function gateAction(original: DocumentActionComponent, options: ResolvedOptions): DocumentActionComponent {
  const existing = gated.get(original)
  if (existing) return existing
  const GatedAction: DocumentActionComponent = (props) => {
    const base = original(props)
    const review = useEditorialReview(props.id, props.type, options)
    if (!base) return null
    if (!review.ready || !review.decision.allowed) {
      return {
        ...base,
        disabled: true,
        title: review.decision.reason ?? 'Running the editorial checks…',
        onHandle: undefined,
        shortcut: null,
      }
    }
    return base
  }
  GatedAction.action = original.action
  GatedAction.displayName = `EditorialGated(${original.displayName ?? original.action ?? 'action'})`
  gated.set(original, GatedAction)
  wrappers.add(GatedAction)
  return GatedAction
}
