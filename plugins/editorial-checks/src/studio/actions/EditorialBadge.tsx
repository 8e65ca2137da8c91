import type {DocumentBadgeComponent} from 'sanity'
import type {ResolvedOptions} from '../config.ts'
import {useEditorialReview} from '../hooks/useEditorialReview.ts'

/** In the document header: "3 checks failing", "Approved", "Override by Max Managing". */
export function createEditorialBadge(options: ResolvedOptions): DocumentBadgeComponent {
  const EditorialBadge: DocumentBadgeComponent = (props) => {
    const review = useEditorialReview(props.id, props.type, options)
    // While the editor types, keep the last result rather than flicker.
    if (!review.loaded) return null
    const {decision} = review
    if (!decision.allowed) {
      const n = decision.blocking.length
      return {label: `${n} check${n === 1 ? '' : 's'} failing`, color: 'danger', title: decision.reason}
    }
    const by = decision.approval ? (decision.approval.approvedBy.name ?? decision.approval.approvedBy.id) : undefined
    if (decision.state === 'overridden')
      return {label: `Override by ${by}`, color: 'warning', title: `${by} overrode the open checks for this version`}
    if (decision.state === 'approved') return {label: 'Approved', color: 'success', title: `Approved by ${by}`}
    return null
  }
  EditorialBadge.displayName = 'EditorialBadge'
  return EditorialBadge
}
