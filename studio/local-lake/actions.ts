// The Actions API (`/data/actions/:dataset`), which the Studio edits, publishes and deletes through.
// Each action becomes mutations on a pending transaction; patches go through @sanity/mutator.
import type {Doc, PendingTransaction} from './store.ts'
import {badRequest, documentExists, documentMissing, revisionMismatch} from './errors.ts'

type Action = Record<string, unknown> & {actionType?: string}

const str = (action: Action, key: string): string => {
  const value = action[key]
  if (typeof value !== 'string' || !value) throw badRequest(`${action.actionType}: "${key}" is required`, 'actionError')
  return value
}

function withoutSystemFields(doc: Doc): Doc {
  const {_rev, _updatedAt, _originalId, ...rest} = doc as Doc & {_originalId?: string}
  return rest as Doc
}

function checkRevision(tx: PendingTransaction, id: string, expected: unknown): void {
  if (typeof expected !== 'string') return
  const current = tx.get(id)
  if (current?._rev !== expected) throw revisionMismatch('actionError', id, expected, current?._rev)
}

const handlers: Record<string, (tx: PendingTransaction, action: Action) => void> = {
  'sanity.action.document.create'(tx, action) {
    const attributes = action.attributes as Doc | undefined
    if (!attributes?._id) throw badRequest('create: attributes._id is required', 'actionError')
    if (tx.get(attributes._id)) {
      if (action.ifExists === 'ignore') return
      throw documentExists('actionError', attributes._id)
    }
    tx.create(attributes, 'create')
  },

  'sanity.action.document.version.create'(tx, action) {
    const document = action.document as Doc | undefined
    if (!document?._id) throw badRequest('version.create: document._id is required', 'actionError')
    tx.create(document, 'create')
  },

  'sanity.action.document.edit'(tx, action) {
    const draftId = str(action, 'draftId')
    const publishedId = str(action, 'publishedId')
    if (!tx.get(draftId)) {
      // Editing a published document starts its draft from the published one.
      const published = tx.get(publishedId)
      if (!published) throw documentMissing('actionError', draftId)
      tx.create({...withoutSystemFields(published), _id: draftId}, 'createIfNotExists')
    }
    tx.patch(draftId, (action.patch ?? {}) as Record<string, unknown>)
  },

  'sanity.action.document.replaceDraft'(tx, action) {
    const attributes = action.attributes as Doc | undefined
    if (!attributes?._id) throw badRequest('replaceDraft: attributes._id is required', 'actionError')
    tx.create(attributes, 'createOrReplace')
  },

  'sanity.action.document.publish'(tx, action) {
    const draftId = str(action, 'draftId')
    const publishedId = str(action, 'publishedId')
    checkRevision(tx, draftId, action.ifDraftRevisionId)
    checkRevision(tx, publishedId, action.ifPublishedRevisionId)
    const draft = tx.get(draftId)
    if (!draft) throw documentMissing('actionError', draftId)
    tx.create({...withoutSystemFields(draft), _id: publishedId}, 'createOrReplace')
    tx.delete(draftId)
  },

  'sanity.action.document.unpublish'(tx, action) {
    const draftId = str(action, 'draftId')
    const publishedId = str(action, 'publishedId')
    const published = tx.get(publishedId)
    if (!published) throw documentMissing('actionError', publishedId)
    tx.create({...withoutSystemFields(published), _id: draftId}, 'createIfNotExists')
    tx.delete(publishedId)
  },

  'sanity.action.document.discard'(tx, action) {
    const draftId = str(action, 'draftId')
    if (!tx.get(draftId)) throw documentMissing('actionError', draftId)
    tx.delete(draftId)
  },

  'sanity.action.document.version.discard'(tx, action) {
    const versionId = str(action, 'versionId')
    if (!tx.get(versionId)) throw documentMissing('actionError', versionId)
    tx.delete(versionId)
  },

  'sanity.action.document.delete'(tx, action) {
    const publishedId = str(action, 'publishedId')
    const drafts = Array.isArray(action.includeDrafts) ? (action.includeDrafts as string[]) : []
    for (const id of drafts) tx.delete(id)
    tx.delete(publishedId)
  },
}

export const SUPPORTED_ACTIONS = Object.keys(handlers)

export function applyActions(tx: PendingTransaction, actions: Action[]): void {
  for (const action of actions) {
    const handler = action.actionType ? handlers[action.actionType] : undefined
    if (!handler) {
      throw badRequest(
        `The local lake does not support the action "${String(action.actionType)}" (supported: ${SUPPORTED_ACTIONS.join(', ')})`,
        'actionError',
      )
    }
    handler(tx, action)
  }
}
