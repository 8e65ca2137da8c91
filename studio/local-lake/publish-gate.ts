// The editorial-checks publish gate, enforced by the lake itself: whatever route publishes a gated type (the
// Actions API's publish, or /mutate writing the published id), the plugin's checkPublish decides, on the exact
// draft, with the review records the Studio writes. The Studio's disabled button is a courtesy; this is the gate.
import {checkPublish} from '../../plugins/editorial-checks/src/approval/index.ts'
import type {ApprovalRecord, ApprovalRequestRecord, IgnoreRecord} from '../../plugins/editorial-checks/src/approval/index.ts'
import {APPROVAL_TYPE, ENTITY_TYPE, IGNORE_TYPE, publishedId, RECORD_TYPES, REQUEST_TYPE} from '../../plugins/editorial-checks/src/studio/records.ts'
import {authorIds, studioKb} from '../../plugins/editorial-checks/src/studio/review-store.ts'
import {contentHash} from '../../plugins/editorial-checks/src/approval/content-hash.ts'
import type {EntityDocument} from '../../plugins/editorial-checks/src/studio/schema/entity-kb.ts'
import type {LakeUser, PublishGate} from './access.ts'
import {publishRefused} from './errors.ts'
import type {Change, Doc, ErrorKind, PendingTransaction} from './store.ts'

const isPublishedId = (id: string) => publishedId(id) === id

/** The gated published documents this transaction writes new content to. */
function gatedPublishes(changes: Change[], gate: PublishGate): Change[] {
  return changes.filter(
    (c) =>
      c.after !== null &&
      isPublishedId(c.id) &&
      gate.types.includes(c.after._type) &&
      // Re-writing exactly the content already published publishes nothing new.
      !(c.before && c.before._type === c.after._type && contentHash(c.before) === contentHash(c.after)),
  )
}

async function docsMatching(tx: PendingTransaction, filter: string, params: Record<string, unknown> = {}): Promise<Doc[]> {
  const ids = await tx.idsMatching(filter, params)
  return ids.map((id) => tx.get(id)).filter((d): d is Doc => d !== null)
}

/** Refuses the transaction (403, Sanity's error shape, the gate's plain reason) if it publishes what the gate blocks. */
export async function enforcePublishGate(tx: PendingTransaction, user: LakeUser, gate: PublishGate, kind: ErrorKind): Promise<void> {
  const changes = tx.changes()
  const publishes = gatedPublishes(changes, gate)
  if (publishes.length === 0) return
  const entities = (await docsMatching(tx, `_type == "${ENTITY_TYPE}"`)) as unknown as EntityDocument[]
  const kb = studioKb(entities, {})
  for (const change of publishes) {
    const published = change.after!
    // The exact draft being published (publish action): the draft this transaction removed, when its content is
    // what now becomes published; otherwise (a /mutate write) the document as written.
    const fromDraft = changes.find((c) => c.id === `drafts.${change.id}` && c.before && contentHash(c.before) === contentHash(published))
    const draft = fromDraft?.before ?? published
    const people = authorIds(draft)
      .map((id) => tx.get(id))
      .filter((d): d is Doc => d !== null)
    const records = await docsMatching(tx, `_type in $types && documentId == $id`, {types: [...RECORD_TYPES], id: change.id})
    const result = checkPublish({
      draft,
      people,
      records: {
        approvals: records.filter((r) => r._type === APPROVAL_TYPE) as unknown as ApprovalRecord[],
        requests: records.filter((r) => r._type === REQUEST_TYPE) as unknown as ApprovalRequestRecord[],
        ignores: records.filter((r) => r._type === IGNORE_TYPE) as unknown as IgnoreRecord[],
      },
      roles: user.roles,
      approverRoles: gate.approverRoles,
      kb: kb.kb,
    })
    if (!result.allowed) throw publishRefused(kind, change.id, result.reason ?? 'The editorial checks block publishing.')
  }
}
