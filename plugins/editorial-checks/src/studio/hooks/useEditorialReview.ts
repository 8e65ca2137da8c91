// Everything the Studio shows about one article's checks, from one place: findings, records, and the gate.
import {useMemo} from 'react'
import {useCurrentUser, useEditState, type SanityDocument} from 'sanity'
import {
  blockTextsOf,
  canPublish,
  contentHash,
  mayApprove,
  type Actor,
  type ApprovalRecord,
  type ApprovalRequestRecord,
  type IgnoreRecord,
  type PublishDecision,
  type ReviewContext,
} from '../../approval/index.ts'
import type {Finding, SanityDocumentLike} from '../../engine/index.ts'
import type {ResolvedOptions} from '../config.ts'
import {ENTITIES_QUERY, ENTITY_TYPE, PEOPLE_QUERY, publishedId, REVIEW_LISTEN, REVIEW_QUERY} from '../records.ts'
import {authorIds, checkCached, studioKb} from '../review-store.ts'
import type {EntityDocument, StudioKb} from '../schema/entity-kb.ts'
import {useDebouncedValue} from './useDebouncedValue.ts'
import {useLiveQuery} from './useLiveQuery.ts'

export interface ReviewRecords {
  approvals: ApprovalRecord[]
  requests: ApprovalRequestRecord[]
  ignores: IgnoreRecord[]
}

export interface EditorialReview {
  /** Published id of the document. */
  documentId: string
  documentType: string
  /** The version the checks ran on (the draft if there is one), or undefined while loading or when none exists. */
  document?: SanityDocument
  /** The published copy's revision, if there is one (publishing is guarded by it as well). */
  publishedRevision?: string
  /** The checks have not yet run on the latest content (the editor is typing): the gate waits. */
  pending: boolean
  /** Records, people and KB are loaded and the checks have run (perhaps on content a keystroke old). */
  loaded: boolean
  /** Loaded, and the checks ran on the latest content: what the gate requires. */
  ready: boolean
  findings: Finding[]
  ctx: ReviewContext
  decision: PublishDecision
  records: ReviewRecords
  people: ReadonlyMap<string, SanityDocumentLike>
  kb?: StudioKb
  user?: Actor
  mayApprove: boolean
  error?: unknown
}

const EMPTY_RECORDS: ReviewRecords = {approvals: [], requests: [], ignores: []}
const NO_FINDINGS: Finding[] = []

export function useEditorialReview(id: string, type: string, options: ResolvedOptions): EditorialReview {
  const documentId = publishedId(id)
  const editState = useEditState(documentId, type)
  const latest = (editState.draft ?? editState.published ?? undefined) as SanityDocument | undefined
  // Re-check only after the editor pauses; the gate meanwhile reports "checking".
  const checked = useDebouncedValue(latest, options.debounceMs)
  const pending = checked !== latest

  const ids = useMemo(() => authorIds(checked), [checked])
  const peopleQuery = useLiveQuery<SanityDocumentLike[]>(PEOPLE_QUERY, `*[_id in $ids]`, {ids}, ids.length > 0)
  const entities = useLiveQuery<EntityDocument[]>(ENTITIES_QUERY, `*[_type == "${ENTITY_TYPE}"]`, {}, options.kb.studioEntities !== false)
  const records = useLiveQuery<ReviewRecords>(REVIEW_QUERY, REVIEW_LISTEN, {id: documentId})

  const people = useMemo(() => new Map((peopleQuery.data ?? []).map((p) => [String(p._id), p] as const)), [peopleQuery.data])
  const kb = useMemo(() => {
    if (options.kb.studioEntities !== false && entities.data === undefined) return undefined
    try {
      return studioKb(entities.data ?? [], options.kb)
    } catch (error) {
      console.error('editorial-checks: the knowledge base did not load', error)
      return undefined
    }
  }, [entities.data, options.kb])

  const peopleReady = ids.length === 0 || peopleQuery.data !== undefined
  const findings = useMemo(() => {
    if (!checked || !peopleReady) return NO_FINDINGS
    return checkCached(checked, {people, config: options.checkConfig, bodyField: options.bodyField, ...(kb ? {kb: kb.kb} : {})})
  }, [checked, peopleReady, people, options.checkConfig, options.bodyField, kb])

  const currentUser = useCurrentUser()
  const user = useMemo<Actor | undefined>(
    () => (currentUser ? {id: currentUser.id, name: currentUser.name, roles: currentUser.roles.map((r) => r.name)} : undefined),
    [currentUser],
  )

  const recordData = records.data ?? EMPTY_RECORDS
  const ctx = useMemo<ReviewContext>(
    () => ({
      findings,
      contentHash: checked ? contentHash(checked) : '',
      blockTexts: checked ? blockTextsOf(checked, options.bodyField) : new Map(),
      approvals: recordData.approvals,
      requests: recordData.requests,
      ignores: recordData.ignores,
      approverRoles: options.approverRoles,
    }),
    [findings, checked, recordData, options.bodyField, options.approverRoles],
  )
  const decision = useMemo(() => canPublish(ctx), [ctx])
  const kbReady = options.kb.studioEntities === false || entities.data !== undefined || entities.error !== undefined

  return {
    documentId,
    documentType: type,
    ...(checked ? {document: checked} : {}),
    ...(editState.published?._rev ? {publishedRevision: editState.published._rev} : {}),
    pending,
    loaded: editState.ready && records.data !== undefined && peopleReady && kbReady,
    ready: editState.ready && records.data !== undefined && peopleReady && kbReady && !pending,
    findings,
    ctx,
    decision,
    records: recordData,
    people,
    ...(kb ? {kb} : {}),
    ...(user ? {user} : {}),
    mayApprove: user ? mayApprove(user.roles, options.approverRoles) : false,
    ...(records.error || peopleQuery.error ? {error: records.error ?? peopleQuery.error} : {}),
  }
}
