// Approval, request and ignore records: plain data, stored as their own documents (never fields on the article).
import type {ActiveSeverity, Category} from '../engine/index.ts'

/** Who did something, as recorded. `roles` are role names (`administrator`, `managing-editor`, …). */
export interface Actor {
  id: string
  name?: string
  roles: string[]
}

/** A finding as a record cites it: enough to audit it after the text has changed. */
export interface FindingReference {
  fingerprint: string
  ruleId: string
  category: Category
  severity: ActiveSeverity
  message: string
  evidence?: string
}

/** One blocking finding a managing editor let through, and why. */
export interface OverrideEntry extends FindingReference {
  blockKey?: string
  reason: string
}

/** "Approve and publish" / "Override and publish": who, when, what content (by hash), which findings and why. */
export interface ApprovalRecord {
  _id?: string
  /** The published id of the article (no `drafts.` prefix). */
  documentId: string
  documentType?: string
  contentHash: string
  /** The revision that was approved, for the audit; validity is decided by the hash. */
  revision?: string
  approvedBy: Actor
  approvedAt: string
  overrides: OverrideEntry[]
  note?: string
}

/** A finding as listed in a request, for the managing editor's queue. */
export interface RequestedFinding extends FindingReference {
  /** The editor's reason when they had marked it "ignore". */
  ignoreReason?: string
}

export interface ApprovalRequestRecord {
  _id?: string
  documentId: string
  documentType?: string
  contentHash: string
  revision?: string
  requestedBy: Actor
  requestedAt: string
  openFindings: RequestedFinding[]
  note?: string
}

/** "Ignore this instance": holds while the paragraph's text is unchanged. */
export interface IgnoreRecord {
  _id?: string
  documentId: string
  fingerprint: string
  ruleId: string
  blockKey?: string
  /** Hash of the paragraph's text (or of the whole content for a document-level finding) when ignored. */
  textHash: string
  evidence?: string
  reason: string
  ignoredBy: Actor
  ignoredAt: string
}
