// The publish gate on the server side: the exact draft being published, checked, with the same approval policy the
// Studio applies (canPublish). For whatever publishes outside the Studio: a Sanity Function, a webhook, a trusted
// publish endpoint, the local lake. Pure: no sanity, no react, no Node I/O; the caller loads the documents.
import {checkDocument} from '../checks.ts'
import type {CheckConfig, Finding, SanityDocumentLike} from '../engine/index.ts'
import type {KnowledgeBase} from '../kb/types.ts'
import {blockTextsOf, contentHash} from './content-hash.ts'
import {approverLabel, canPublish, DEFAULT_APPROVER_ROLES, mayApprove, type FindingState, type GateState, type PublishDecision} from './policy.ts'
import type {ApprovalRecord, ApprovalRequestRecord, IgnoreRecord} from './types.ts'

/** The review records of the document, as REVIEW_QUERY returns them (any order). */
export interface PublishGuardRecords {
  approvals?: readonly ApprovalRecord[]
  ignores?: readonly IgnoreRecord[]
  requests?: readonly ApprovalRequestRecord[]
}

export interface PublishGuardInput {
  /** The exact document about to become the published one (the draft as stored, system fields and all). */
  draft: SanityDocumentLike
  /** The byline's people by id (published and draft ids), or a list of their documents. */
  people?: ReadonlyMap<string, SanityDocumentLike> | readonly SanityDocumentLike[]
  records?: PublishGuardRecords
  /** Role names of whoever is publishing (for the reason only: the policy asks for a recorded approval from all). */
  roles?: readonly string[]
  /** Role names whose approvals count. Default administrator and managing-editor. */
  approverRoles?: readonly string[]
  config?: CheckConfig
  kb?: KnowledgeBase
  /** The Portable Text field to check. Default `body`. */
  bodyField?: string
}

export interface PublishGuardResult {
  allowed: boolean
  /** Plain language, when refused. */
  reason?: string
  /** Blocking findings neither fixed nor overridden by a valid approval. */
  blocking: FindingState[]
  state: GateState
  findings: Finding[]
  contentHash: string
  decision: PublishDecision
}

function peopleMap(people: PublishGuardInput['people']): ReadonlyMap<string, SanityDocumentLike> {
  if (!people) return new Map()
  if (people instanceof Map) return people
  return new Map((people as readonly SanityDocumentLike[]).map((p) => [String(p._id), p] as const))
}

/**
 * May this draft be published? Runs the checks on it and applies canPublish with its approval, ignore and request
 * records: allowed when no error finding is open (all fixed, or each overridden by an approval of exactly this
 * content by an approver). Publishing as an approver overrides nothing by itself; the approval must be recorded.
 */
export function checkPublish(input: PublishGuardInput): PublishGuardResult {
  const bodyField = input.bodyField ?? 'body'
  const approverRoles = input.approverRoles ?? DEFAULT_APPROVER_ROLES
  const findings = checkDocument(input.draft, {
    people: peopleMap(input.people),
    bodyField,
    ...(input.config ? {config: input.config} : {}),
    ...(input.kb ? {kb: input.kb} : {}),
  })
  const hash = contentHash(input.draft)
  const decision = canPublish({
    findings,
    contentHash: hash,
    blockTexts: blockTextsOf(input.draft, bodyField),
    approvals: input.records?.approvals ?? [],
    ignores: input.records?.ignores ?? [],
    requests: input.records?.requests ?? [],
    approverRoles,
  })
  let reason = decision.reason
  if (!decision.allowed && input.roles && mayApprove(input.roles, approverRoles)) {
    reason = `${reason} As ${approverLabel(approverRoles)}, record the approval (Approve or Override in the Studio) before publishing.`
  }
  return {
    allowed: decision.allowed,
    ...(reason && !decision.allowed ? {reason} : {}),
    blocking: decision.blocking,
    state: decision.state,
    findings,
    contentHash: hash,
    decision,
  }
}
