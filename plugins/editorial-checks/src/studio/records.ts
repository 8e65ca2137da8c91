// Where approval, request and ignore records live in the Content Lake, and the GROQ that reads them.
// Pure (no sanity, no react): the schema types, hooks and structure lists all use these names.
import type {ApprovalRecord, ApprovalRequestRecord, IgnoreRecord} from '../approval/index.ts'

export const APPROVAL_TYPE = 'editorial.approval'
export const REQUEST_TYPE = 'editorial.approvalRequest'
export const IGNORE_TYPE = 'editorial.ignore'
export const ENTITY_TYPE = 'editorial.entity'
export const RECORD_TYPES = [APPROVAL_TYPE, REQUEST_TYPE, IGNORE_TYPE] as const

export const API_VERSION = '2025-02-19'

const randomId = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`

/**
 * Records are created once with a fresh id and never patched or deleted (append-only); a new decision is a new
 * record. Ids carry no dots, so they sit at the dataset root where ordinary read grants reach them.
 */
export function recordId(type: (typeof RECORD_TYPES)[number]): string {
  return `${type.replace('.', '-')}-${randomId()}`
}

export const publishedId = (id: string) => id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '')

export function approvalDocument(record: ApprovalRecord) {
  return {_id: recordId(APPROVAL_TYPE), _type: APPROVAL_TYPE, ...withKeys(record)}
}

export function requestDocument(record: ApprovalRequestRecord) {
  return {_id: recordId(REQUEST_TYPE), _type: REQUEST_TYPE, draftId: `drafts.${record.documentId}`, ...withKeys(record)}
}

export function ignoreDocument(record: IgnoreRecord) {
  return {_id: recordId(IGNORE_TYPE), _type: IGNORE_TYPE, ...record}
}

/** Arrays of objects in Sanity documents need `_key`s; the fingerprint hash would do, but order is enough. */
function withKeys<T extends {overrides?: object[]; openFindings?: object[]}>(record: T): T {
  const key = (items: object[] | undefined) => items?.map((item, i) => ({_key: `k${i}`, ...item}))
  return {
    ...record,
    ...(record.overrides ? {overrides: key(record.overrides)} : {}),
    ...(record.openFindings ? {openFindings: key(record.openFindings)} : {}),
  }
}

/** Everything recorded about one document: `$id` is its published id. */
export const REVIEW_QUERY = `{
  "approvals": *[_type == "${APPROVAL_TYPE}" && documentId == $id] | order(approvedAt desc),
  "requests": *[_type == "${REQUEST_TYPE}" && documentId == $id] | order(requestedAt desc),
  "ignores": *[_type == "${IGNORE_TYPE}" && documentId == $id] | order(ignoredAt desc)
}`
/** What to listen to for REVIEW_QUERY (listeners take a filter without joins). */
export const REVIEW_LISTEN = `*[_type in ${JSON.stringify(RECORD_TYPES)} && documentId == $id]`

/** A request is pending while no approval of the same document is newer. */
const PENDING = `_type == "${REQUEST_TYPE}" && count(*[_type == "${APPROVAL_TYPE}" && documentId == ^.documentId && approvedAt > ^.requestedAt]) == 0`

/** Articles awaiting approval, newest request first, with who asked and what is open. `$types`: gated types. */
export const AWAITING_APPROVAL_QUERY = `*[${PENDING} && documentType in $types] | order(requestedAt desc) {
  _id, documentId, documentType, requestedAt, requestedBy, openFindings, contentHash,
  "title": coalesce(*[_id == ^.draftId][0].title, *[_id == ^.documentId][0].title, documentId)
}`
export const AWAITING_APPROVAL_LISTEN = `*[_type in ${JSON.stringify([APPROVAL_TYPE, REQUEST_TYPE])}]`

/** Recent approvals and overrides, for the audit list. */
export const RECENT_APPROVALS_QUERY = `*[_type == "${APPROVAL_TYPE}"] | order(approvedAt desc)[0...100] {
  _id, documentId, documentType, approvedAt, approvedBy, overrides, contentHash, note,
  "title": coalesce(*[_id == "drafts." + ^.documentId][0].title, *[_id == ^.documentId][0].title, documentId)
}`
export const RECENT_APPROVALS_LISTEN = `*[_type == "${APPROVAL_TYPE}"]`

/** Ignores, for managing editors. */
export const IGNORES_QUERY = `*[_type == "${IGNORE_TYPE}"] | order(ignoredAt desc)[0...200] {
  _id, documentId, ruleId, blockKey, evidence, reason, ignoredBy, ignoredAt,
  "title": coalesce(*[_id == "drafts." + ^.documentId][0].title, *[_id == ^.documentId][0].title, documentId)
}`
export const IGNORES_LISTEN = `*[_type == "${IGNORE_TYPE}"]`

/** The Studio's KB entities (drafts included: an editor's latest word). */
export const ENTITIES_QUERY = `*[_type == "${ENTITY_TYPE}"]`

/** People on the byline, by id, drafts included. `$ids`: published and draft ids. */
export const PEOPLE_QUERY = `*[_id in $ids]`
