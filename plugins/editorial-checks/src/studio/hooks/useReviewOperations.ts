// The writes behind the buttons: apply a fix, ignore a finding, request approval, approve, publish exactly what
// was checked. Each is one transaction; each is refused by the Content Lake if the document moved on.
import {useToast} from '@sanity/ui/toast'
import {useCallback, useMemo} from 'react'
import {useClient} from 'sanity'
import {buildApproval, buildApprovalRequest, buildIgnore, type ApprovalRecord, type FindingState} from '../../approval/index.ts'
import type {Fix} from '../../engine/index.ts'
import {FixConflictError, fixToMutations} from '../patches.ts'
import {API_VERSION, approvalDocument, ignoreDocument, requestDocument} from '../records.ts'
import type {EditorialReview} from './useEditorialReview.ts'

/** The Content Lake's answer when `ifRevisionID` / `ifDraftRevisionId` no longer match. */
export function isRevisionConflict(error: unknown): boolean {
  const e = error as {statusCode?: number; response?: {body?: {error?: {type?: string}}}; message?: string}
  return (
    e?.statusCode === 409 ||
    /revision|mismatch|conflict/i.test(e?.message ?? '') ||
    /revision|mismatch/i.test(e?.response?.body?.error?.type ?? '')
  )
}

export const RERUN_MESSAGE =
  'Someone edited the article after the checks ran, so nothing was changed. The checks have been run again on the latest version: please try again.'

export interface ReviewOperations {
  applyFix(fix: Fix): Promise<boolean>
  ignore(state: FindingState, reason: string): Promise<boolean>
  requestApproval(note?: string): Promise<boolean>
  /** Records the approval (with a reason per overridden finding); returns it, or undefined on failure. */
  approve(reasons: ReadonlyMap<string, string>, note?: string): Promise<ApprovalRecord | undefined>
  /** Publishes exactly the revision the checks ran on (refused if it changed since). */
  publishChecked(): Promise<boolean>
}

export function useReviewOperations(review: EditorialReview): ReviewOperations {
  const client = useClient({apiVersion: API_VERSION})
  const toast = useToast()

  const fail = useCallback(
    (title: string, error: unknown) => {
      const conflict = error instanceof FixConflictError || isRevisionConflict(error)
      toast.push({
        status: conflict ? 'warning' : 'error',
        title,
        description:
          error instanceof FixConflictError ? error.message : conflict ? RERUN_MESSAGE : String((error as Error)?.message ?? error),
        closable: true,
        duration: 10000,
      })
      return false
    },
    [toast],
  )

  const actor = review.user
  const doc = review.document

  return useMemo<ReviewOperations>(
    () => ({
      async applyFix(fix) {
        if (!doc) return false
        try {
          const mutations = fixToMutations(fix, {document: doc, people: review.people})
          await client.mutate(mutations as never, {visibility: 'sync', tag: 'editorial-checks.fix'})
          toast.push({status: 'success', title: `${fix.label}: done`})
          return true
        } catch (error) {
          return fail(`${fix.label}: not applied`, error)
        }
      },
      async ignore(state, reason) {
        if (!actor) return false
        try {
          const record = buildIgnore({
            documentId: review.documentId,
            finding: state.finding,
            actor,
            now: new Date(),
            reason,
            ctx: review.ctx,
          })
          await client.create(ignoreDocument(record), {visibility: 'sync', tag: 'editorial-checks.ignore'})
          return true
        } catch (error) {
          return fail('Ignore: not recorded', error)
        }
      },
      async requestApproval(note) {
        if (!actor) return false
        try {
          const record = buildApprovalRequest({
            documentId: review.documentId,
            documentType: review.documentType,
            ...(doc?._rev ? {revision: doc._rev} : {}),
            actor,
            now: new Date(),
            ctx: review.ctx,
            ...(note ? {note} : {}),
          })
          await client.create(requestDocument(record), {visibility: 'sync', tag: 'editorial-checks.request'})
          toast.push({
            status: 'success',
            title: 'Approval requested',
            description: 'Managing editors see it under Approvals → Awaiting approval.',
          })
          return true
        } catch (error) {
          return fail('Approval request: not recorded', error)
        }
      },
      async approve(reasons, note) {
        if (!actor) return undefined
        try {
          const record = buildApproval({
            documentId: review.documentId,
            documentType: review.documentType,
            ...(doc?._rev ? {revision: doc._rev} : {}),
            actor,
            now: new Date(),
            ctx: review.ctx,
            reasons,
            ...(note ? {note} : {}),
          })
          await client.create(approvalDocument(record), {visibility: 'sync', tag: 'editorial-checks.approve'})
          return record
        } catch (error) {
          fail('Approval: not recorded', error)
          return undefined
        }
      },
      async publishChecked() {
        if (!doc || !doc._id.startsWith('drafts.')) return false
        try {
          await client.action(
            {
              actionType: 'sanity.action.document.publish',
              draftId: doc._id,
              publishedId: review.documentId,
              ifDraftRevisionId: doc._rev,
              ...(review.publishedRevision ? {ifPublishedRevisionId: review.publishedRevision} : {}),
            },
            {tag: 'editorial-checks.publish'},
          )
          toast.push({status: 'success', title: 'Published'})
          return true
        } catch (error) {
          return fail('Not published', error)
        }
      },
    }),
    [client, toast, fail, doc, actor, review.people, review.documentId, review.documentType, review.ctx, review.publishedRevision],
  )
}
