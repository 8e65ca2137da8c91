// The Studio side of editorial-checks. Wiring only: policy lives in approval/, checks in the engine.
import {definePlugin, type DocumentActionComponent} from 'sanity'
import {createApproveAction} from './actions/ApproveAction.tsx'
import {createEditorialBadge} from './actions/EditorialBadge.tsx'
import {gateAction, gatePublishAction} from './actions/GatedPublishAction.tsx'
import {createRequestApprovalAction} from './actions/RequestApprovalAction.tsx'
import {createRunChecksAction} from './actions/RunChecksAction.tsx'
import {createEditorialInspector} from './components/EditorialInspector.tsx'
import {resolveOptions, type EditorialChecksOptions} from './config.ts'
import {RECORD_TYPES} from './records.ts'
import {setActiveOptions} from './review-store.ts'
import {entityType} from './schema/entity.ts'
import {approvalRequestType, approvalType, ignoreType} from './schema/records.ts'
import {approvalsTool} from './structure.ts'

export type {EditorialChecksOptions} from './config.ts'
export {EditorialChecksConfigError} from './config.ts'
export {editorialChecksValidation} from './validation.ts'
export {awaitingApprovalListItem} from './structure.ts'

const isRecordType = (type: string) => (RECORD_TYPES as readonly string[]).includes(type)

/**
 * editorialChecks({documentTypes, approverRoles, rules, kb}): checks findings in a dialog, an inspector, a badge
 * and (with `editorialChecksValidation` on the type) inline markers; gates Publish and scheduling on them; and
 * lets approver roles override with recorded reasons. Bad options throw with every problem listed.
 */
export const editorialChecks = definePlugin<EditorialChecksOptions | void>((raw) => {
  const options = resolveOptions(raw)
  setActiveOptions(options)
  const gatedTypes = new Set(options.documentTypes)
  const added: DocumentActionComponent[] = [
    createApproveAction(options),
    createRequestApprovalAction(options),
    createRunChecksAction(options),
  ]
  const badge = createEditorialBadge(options)
  const inspector = createEditorialInspector(options)

  return {
    name: 'editorial-checks',
    // Its own structure tool ("Approvals"): the awaiting-approval list and the audit lists.
    plugins: [approvalsTool(options)],
    schema: {types: [approvalType, approvalRequestType, ignoreType, entityType]},
    // Sanity appends its "Schedule publish" (scheduled drafts) after every plugin's actions, so a plugin cannot
    // gate it per type; only the validation rule can. Unless the newsroom says that rule is installed, scheduled
    // drafts are switched off rather than left as a way round the gate.
    ...(options.scheduledDrafts === 'gated-by-validation' ? {} : {scheduledDrafts: {enabled: false}}),
    document: {
      actions: (prev, context) => {
        // Records are append-only: no edit, delete or duplicate in the Studio.
        if (isRecordType(context.schemaType)) return []
        if (!gatedTypes.has(context.schemaType)) return prev
        const gated = prev.map((action) =>
          action.action === 'publish'
            ? gatePublishAction(action, options)
            : action.action === 'schedule'
              ? gateAction(action, options)
              : action,
        )
        const at = gated.findIndex((action) => action.action === 'publish') + 1
        return [...gated.slice(0, at), ...added, ...gated.slice(at)]
      },
      badges: (prev, context) => (gatedTypes.has(context.schemaType) ? [...prev, badge] : prev),
      inspectors: (prev, context) => (gatedTypes.has(context.documentType) ? [inspector, ...prev] : prev),
      newDocumentOptions: (prev) => prev.filter((item) => !isRecordType(item.templateId)),
    },
  }
})
