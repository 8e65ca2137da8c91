// Who may approve, whether an approval or ignore still holds, and whether the article may be published.
// Pure and table-tested: the Studio only renders what these functions decide.
import type {Finding} from '../engine/index.ts'
import {findingFingerprint, textHash} from './content-hash.ts'
import type {ApprovalRecord, ApprovalRequestRecord, FindingReference, IgnoreRecord, OverrideEntry} from './types.ts'

export const DEFAULT_APPROVER_ROLES: readonly string[] = ['administrator', 'managing-editor']

export function mayApprove(roles: readonly string[], approverRoles: readonly string[] = DEFAULT_APPROVER_ROLES): boolean {
  return roles.some((role) => approverRoles.includes(role))
}

/** Error findings block publishing; an `internal` finding (a rule that crashed) is always an error. */
export function isBlocking(finding: Pick<Finding, 'severity' | 'category'>): boolean {
  return finding.severity === 'error' || finding.category === 'internal'
}

export interface ReviewContext {
  findings: readonly Finding[]
  /** contentHash() of the document as checked. */
  contentHash: string
  /** Plain text of each body paragraph by `_key`, to tell whether an ignored paragraph changed. */
  blockTexts: ReadonlyMap<string, string>
  approvals?: readonly ApprovalRecord[]
  ignores?: readonly IgnoreRecord[]
  requests?: readonly ApprovalRequestRecord[]
  approverRoles?: readonly string[]
}

export type FindingStatus = 'open' | 'ignored' | 'overridden'

export interface FindingState {
  finding: Finding
  fingerprint: string
  blocking: boolean
  /** `ignored` only for non-blocking findings: an ignore never lets an error through (see below). */
  status: FindingStatus
  /** A valid ignore of this instance. On a blocking finding it is the editor's case for the managing editor. */
  ignore?: IgnoreRecord
  override?: OverrideEntry & {by: ApprovalRecord['approvedBy']; at: string}
}

export interface Validity {
  valid: boolean
  /** Plain language, for the editor, when not valid. */
  reason?: string
}

function actorName(actor: {id: string; name?: string}): string {
  return actor.name || actor.id
}

/** "an administrator or managing editor", from the configured role names. */
export function approverLabel(approverRoles: readonly string[] = DEFAULT_APPROVER_ROLES): string {
  const names = approverRoles.map((r) => r.replace(/[-_]+/g, ' '))
  if (names.length === 0) return 'an approver'
  const article = /^[aeiou]/i.test(names[0]!) ? 'an' : 'a'
  return `${article} ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}`
}

/** The hash an ignore of this finding is tied to: its paragraph's text, or the whole content for a document-level one. */
export function anchorHash(finding: Finding, ctx: Pick<ReviewContext, 'blockTexts' | 'contentHash'>): string | undefined {
  if (!finding.blockKey) return ctx.contentHash
  const text = ctx.blockTexts.get(finding.blockKey)
  return text === undefined ? undefined : textHash(text)
}

/** An ignore holds for the same finding while its paragraph's text is what it was when ignored. */
export function isIgnoreValid(ignore: IgnoreRecord, finding: Finding, ctx: Pick<ReviewContext, 'blockTexts' | 'contentHash'>): boolean {
  if (!ignore.reason?.trim()) return false
  if (ignore.fingerprint !== findingFingerprint(finding)) return false
  const anchor = anchorHash(finding, ctx)
  return anchor !== undefined && anchor === ignore.textHash
}

/**
 * An approval holds while (1) its author held an approver role, (2) the content is exactly what was approved
 * (same hash: any later edit voids it), and (3) it names, with a reason, every blocking finding the checks now
 * report (a new rule or KB entry can find something the approver never saw).
 */
export function isApprovalValid(
  approval: ApprovalRecord,
  ctx: Pick<ReviewContext, 'findings' | 'contentHash' | 'approverRoles'>,
): Validity {
  const who = actorName(approval.approvedBy)
  if (!mayApprove(approval.approvedBy.roles ?? [], ctx.approverRoles ?? DEFAULT_APPROVER_ROLES)) {
    return {valid: false, reason: `${who} does not hold an approver role, so their approval does not count.`}
  }
  if (approval.contentHash !== ctx.contentHash) {
    return {valid: false, reason: `The approval by ${who} no longer applies: the article was edited after it was approved.`}
  }
  const covered = new Map(approval.overrides.filter((o) => o.reason?.trim()).map((o) => [o.fingerprint, o]))
  const uncovered = ctx.findings.filter((f) => isBlocking(f) && !covered.has(findingFingerprint(f)))
  if (uncovered.length > 0) {
    return {
      valid: false,
      reason: `The approval by ${who} does not cover ${uncovered.length === 1 ? 'a check' : `${uncovered.length} checks`} reported since.`,
    }
  }
  return {valid: true}
}

const newestFirst = <T>(items: readonly T[], at: (t: T) => string) => [...items].sort((a, b) => at(b).localeCompare(at(a)))

export interface Assessment {
  states: FindingState[]
  /** The newest approval that still holds. */
  approval?: ApprovalRecord
  /** The newest approval when it no longer holds and no other does: why, for the editor. */
  voided?: {approval: ApprovalRecord; reason: string}
  /** Requests for exactly this content, newest first. */
  pendingRequests: ApprovalRequestRecord[]
}

export function assess(ctx: ReviewContext): Assessment {
  const approvals = newestFirst(ctx.approvals ?? [], (a) => a.approvedAt)
  let approval: ApprovalRecord | undefined
  let voided: Assessment['voided']
  for (const candidate of approvals) {
    const validity = isApprovalValid(candidate, ctx)
    if (validity.valid) {
      approval = candidate
      break
    }
    voided ??= {approval: candidate, reason: validity.reason!}
  }
  if (approval) voided = undefined

  const overrides = new Map(approval?.overrides.map((o) => [o.fingerprint, o]) ?? [])
  const ignores = newestFirst(ctx.ignores ?? [], (i) => i.ignoredAt)
  const states = ctx.findings.map((finding): FindingState => {
    const fingerprint = findingFingerprint(finding)
    const blocking = isBlocking(finding)
    const ignore = ignores.find((i) => isIgnoreValid(i, finding, ctx))
    const override = blocking && approval ? overrides.get(fingerprint) : undefined
    // An editor's ignore never lets an error through: that would be a way round the gate. It is shown to the
    // managing editor as the editor's reason instead.
    const status: FindingStatus = override ? 'overridden' : ignore && !blocking ? 'ignored' : 'open'
    return {
      finding,
      fingerprint,
      blocking,
      status,
      ...(ignore ? {ignore} : {}),
      ...(override && approval ? {override: {...override, by: approval.approvedBy, at: approval.approvedAt}} : {}),
    }
  })
  const pendingRequests = newestFirst(
    (ctx.requests ?? []).filter((r) => r.contentHash === ctx.contentHash && (!approval || r.requestedAt > approval.approvedAt)),
    (r) => r.requestedAt,
  )
  return {states, ...(approval ? {approval} : {}), ...(voided ? {voided} : {}), pendingRequests}
}

export type GateState = 'clean' | 'approved' | 'overridden' | 'blocked'

export interface PublishDecision extends Assessment {
  allowed: boolean
  state: GateState
  /** Plain language, shown on the disabled Publish button. */
  reason?: string
  /** Blocking findings neither fixed nor overridden. */
  blocking: FindingState[]
}

const CATEGORY_LABELS: Record<string, [string, string]> = {
  'subscription-boilerplate': ['subscription prompt', 'subscription prompts'],
  'author-bio': ['author bio in the body', 'author bios in the body'],
  'entity-name': ['name or title', 'names or titles'],
  'syndication-credit': ['syndication credit', 'syndication credits'],
  'page-furniture': ['piece of page furniture', 'pieces of page furniture'],
  style: ['style issue', 'style issues'],
  internal: ['check that failed to run', 'checks that failed to run'],
}

export function categoryLabel(category: string, count = 1): string {
  const labels = CATEGORY_LABELS[category] ?? [category, category]
  return count === 1 ? labels[0] : labels[1]
}

/** Publish is allowed when no blocking finding is open: all fixed, or each overridden by a valid approval. */
export function canPublish(ctx: ReviewContext): PublishDecision {
  const assessment = assess(ctx)
  const blocking = assessment.states.filter((s) => s.blocking && s.status === 'open')
  if (blocking.length === 0) {
    const overridden = assessment.states.some((s) => s.status === 'overridden')
    const state: GateState = overridden ? 'overridden' : assessment.approval ? 'approved' : 'clean'
    return {...assessment, allowed: true, state, blocking}
  }
  const byCategory = new Map<string, number>()
  for (const s of blocking) byCategory.set(s.finding.category, (byCategory.get(s.finding.category) ?? 0) + 1)
  const what = [...byCategory].map(([c, n]) => `${n} ${categoryLabel(c, n)}`).join(', ')
  const count = blocking.length === 1 ? '1 check needs' : `${blocking.length} checks need`
  const internal = byCategory.has('internal') ? ' A check that failed to run can only be overridden, not fixed.' : ''
  const voided = assessment.voided ? ` ${assessment.voided.reason}` : ''
  const reason = `Can't publish yet: ${count} fixing or approval by ${approverLabel(ctx.approverRoles)} (${what}).${internal}${voided}`
  return {...assessment, allowed: false, state: 'blocked', reason, blocking}
}

export interface OverrideDecision {
  allowed: boolean
  reason?: string
  /** Blocking findings that still need a reason before the approval can be recorded. */
  missingReasons: FindingState[]
}

/**
 * May this user record an approval now, overriding the open blocking findings with these reasons? Only approvers;
 * every open blocking finding needs a non-empty reason.
 */
export function canApprove(
  roles: readonly string[],
  ctx: ReviewContext,
  reasons: ReadonlyMap<string, string> = new Map(),
): OverrideDecision {
  if (!mayApprove(roles, ctx.approverRoles ?? DEFAULT_APPROVER_ROLES)) {
    return {allowed: false, reason: `Only ${approverLabel(ctx.approverRoles)} can approve or override checks.`, missingReasons: []}
  }
  const {blocking} = canPublish(ctx)
  const missingReasons = blocking.filter((s) => !reasons.get(s.fingerprint)?.trim())
  if (missingReasons.length > 0) {
    return {
      allowed: false,
      reason: `Give a reason for each check you override (${missingReasons.length} missing).`,
      missingReasons,
    }
  }
  return {allowed: true, missingReasons}
}

/** Editors ask for approval while publishing is blocked; one open request per content is enough. */
export function canRequestApproval(roles: readonly string[], ctx: ReviewContext): Validity {
  const decision = canPublish(ctx)
  if (decision.allowed) return {valid: false, reason: 'Nothing to approve: the checks pass.'}
  if (mayApprove(roles, ctx.approverRoles ?? DEFAULT_APPROVER_ROLES)) {
    return {valid: false, reason: 'You can approve or override this yourself.'}
  }
  if (decision.pendingRequests.length > 0) {
    const r = decision.pendingRequests[0]!
    return {valid: false, reason: `Approval was already requested by ${actorName(r.requestedBy)} for this version.`}
  }
  return {valid: true}
}

/** What a record is about: the published id, its type, the content hash and revision that were reviewed. */
function recordSubject(input: {documentId: string; documentType?: string; revision?: string; ctx: ReviewContext}) {
  return {
    documentId: input.documentId.replace(/^drafts\./, ''),
    ...(input.documentType ? {documentType: input.documentType} : {}),
    contentHash: input.ctx.contentHash,
    ...(input.revision ? {revision: input.revision} : {}),
  }
}

/** A finding as a record cites it: enough to audit it after the text has changed. */
function findingReference(s: FindingState): FindingReference {
  return {
    fingerprint: s.fingerprint,
    ruleId: s.finding.ruleId,
    category: s.finding.category,
    severity: s.finding.severity,
    message: s.finding.message,
    ...(s.finding.evidence !== undefined ? {evidence: s.finding.evidence} : {}),
  }
}

/** The record an approval writes: who, when, the content hash, and each overridden finding with its reason. */
export function buildApproval(input: {
  documentId: string
  documentType?: string
  revision?: string
  actor: ApprovalRecord['approvedBy']
  now: Date
  ctx: ReviewContext
  reasons: ReadonlyMap<string, string>
  note?: string
}): ApprovalRecord {
  const {blocking} = canPublish(input.ctx)
  return {
    ...recordSubject(input),
    approvedBy: input.actor,
    approvedAt: input.now.toISOString(),
    overrides: blocking.map((s) => ({
      ...findingReference(s),
      ...(s.finding.blockKey ? {blockKey: s.finding.blockKey} : {}),
      reason: input.reasons.get(s.fingerprint)?.trim() ?? '',
    })),
    ...(input.note?.trim() ? {note: input.note.trim()} : {}),
  }
}

export function buildApprovalRequest(input: {
  documentId: string
  documentType?: string
  revision?: string
  actor: ApprovalRequestRecord['requestedBy']
  now: Date
  ctx: ReviewContext
  note?: string
}): ApprovalRequestRecord {
  const {blocking} = canPublish(input.ctx)
  return {
    ...recordSubject(input),
    requestedBy: input.actor,
    requestedAt: input.now.toISOString(),
    openFindings: blocking.map((s) => ({
      ...findingReference(s),
      ...(s.ignore ? {ignoreReason: s.ignore.reason} : {}),
    })),
    ...(input.note?.trim() ? {note: input.note.trim()} : {}),
  }
}

export function buildIgnore(input: {
  documentId: string
  finding: Finding
  actor: IgnoreRecord['ignoredBy']
  now: Date
  reason: string
  ctx: Pick<ReviewContext, 'blockTexts' | 'contentHash'>
}): IgnoreRecord {
  const anchor = anchorHash(input.finding, input.ctx)
  if (anchor === undefined) throw new Error('The paragraph this finding is about is no longer in the document.')
  if (!input.reason.trim()) throw new Error('An ignore needs a reason.')
  return {
    documentId: input.documentId.replace(/^drafts\./, ''),
    fingerprint: findingFingerprint(input.finding),
    ruleId: input.finding.ruleId,
    ...(input.finding.blockKey ? {blockKey: input.finding.blockKey} : {}),
    textHash: anchor,
    ...(input.finding.evidence !== undefined ? {evidence: input.finding.evidence} : {}),
    reason: input.reason.trim(),
    ignoredBy: input.actor,
    ignoredAt: input.now.toISOString(),
  }
}
