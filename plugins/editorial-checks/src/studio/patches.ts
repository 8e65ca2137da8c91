// Engine fixes → Content Lake mutations. Pure (no sanity, no react) so it is unit-tested against @sanity/mutator.
//
// Every patch targets paragraphs and spans by `_key`, never by index, and carries `ifRevisionID`: if anyone edited
// the document after the checks ran, the Content Lake refuses the whole transaction and nothing is overwritten.
import {pathToString} from '../approval/index.ts'
import type {Edit, Fix, Path, SanityDocumentLike} from '../engine/index.ts'

export type Mutation =
  | {createIfNotExists: Record<string, unknown> & {_id: string; _type: string}}
  | {patch: {id: string; ifRevisionID?: string; set?: Record<string, unknown>; unset?: string[]; setIfMissing?: Record<string, unknown>}}

/** The fix no longer fits the document (the text moved or the paragraph is gone): re-run the checks. */
export class FixConflictError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FixConflictError'
  }
}

export interface FixTarget {
  /** The document the checks ran on (draft, version or published), with its `_id` and `_rev`. */
  document: SanityDocumentLike
  /** Person documents by id (published and `drafts.` ids), for "Move to author bio". */
  people?: ReadonlyMap<string, SanityDocumentLike>
  /** Generates `_key`s for new blocks (random in the Studio, fixed in tests). */
  makeKey?: () => string
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const randomKey = () => Math.random().toString(36).slice(2, 14).padEnd(12, '0')

/** Reads the value at a keyed Sanity path. */
export function getAtPath(value: unknown, path: Path): unknown {
  let current = value
  for (const segment of path) {
    if (typeof segment === 'string') current = isRecord(current) ? current[segment] : undefined
    else if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined
    else current = Array.isArray(current) ? current.find((item) => isRecord(item) && item._key === segment._key) : undefined
    if (current === undefined) return undefined
  }
  return current
}

function assertKeyed(path: Path, what: string) {
  if (path.some((s) => typeof s === 'number'))
    throw new FixConflictError(`${what}: the paragraph has no _key, so it cannot be patched safely.`)
}

/** Where a fix writes: the document itself if it is a draft or a version, else a draft created from it. */
function editTarget(doc: SanityDocumentLike): {id: string; create?: Mutation; ifRevisionID?: string} {
  const id = typeof doc._id === 'string' ? doc._id : ''
  const rev = typeof doc._rev === 'string' ? doc._rev : undefined
  if (!id) throw new FixConflictError('The document has no id.')
  if (id.startsWith('drafts.') || id.startsWith('versions.')) return {id, ...(rev ? {ifRevisionID: rev} : {})}
  // Only a published copy exists: the fix goes into a new draft, as any edit in the Studio would.
  const draftId = `drafts.${id}`
  const {_rev, _updatedAt, _createdAt, ...content} = doc
  return {id: draftId, create: {createIfNotExists: {...content, _id: draftId, _type: String(doc._type)}}}
}

function bodyOperation(
  edit: Exclude<Edit, {type: 'setAuthorBio'}>,
  doc: SanityDocumentLike,
): {set?: Record<string, unknown>; unset?: string[]} {
  assertKeyed(edit.path, edit.type)
  const current = getAtPath(doc, edit.path)
  if (current === undefined) throw new FixConflictError('The paragraph this fix is for is no longer in the document. Run the checks again.')
  if (edit.type === 'removeBlock') return {unset: [pathToString(edit.path)]}
  // replaceText: the path is a span; its text must still read `expected` at `range`.
  const text = isRecord(current) && typeof current.text === 'string' ? current.text : undefined
  if (text === undefined) throw new FixConflictError('The text this fix is for is no longer where it was. Run the checks again.')
  const [start, end] = edit.range
  if (text.slice(start, end) !== edit.expected) {
    throw new FixConflictError(`The text changed since the checks ran ("${edit.expected}" is no longer there). Run the checks again.`)
  }
  return {set: {[`${pathToString(edit.path)}.text`]: text.slice(0, start) + edit.text + text.slice(end)}}
}

function bioBlock(text: string, makeKey: () => string) {
  const key = makeKey()
  return {_type: 'block', _key: key, style: 'normal', markDefs: [], children: [{_type: 'span', _key: `${key}s`, text, marks: []}]}
}

function personMutations(edit: Extract<Edit, {type: 'setAuthorBio'}>, target: FixTarget, makeKey: () => string): Mutation[] {
  const bare = edit.personId.replace(/^drafts\./, '')
  const draft = target.people?.get(`drafts.${bare}`)
  const published = target.people?.get(bare)
  const person = draft ?? published
  if (!person) throw new FixConflictError(`The author's profile (${bare}) could not be loaded, so the bio cannot be moved there.`)
  if (Array.isArray(person.bio) ? person.bio.length > 0 : typeof person.bio === 'string' && person.bio.trim() !== '') {
    throw new FixConflictError("The author's profile already has a bio; it is not overwritten. Run the checks again.")
  }
  const bio = [...paragraphs(edit.text).map((p) => bioBlock(p, makeKey))]
  if (draft) {
    const rev = typeof draft._rev === 'string' ? draft._rev : undefined
    return [{patch: {id: `drafts.${bare}`, ...(rev ? {ifRevisionID: rev} : {}), set: {bio}}}]
  }
  const {_rev, _updatedAt, _createdAt, ...content} = person
  return [
    {createIfNotExists: {...content, _id: `drafts.${bare}`, _type: String(person._type ?? 'person')}},
    {patch: {id: `drafts.${bare}`, set: {bio}}},
  ]
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)

/**
 * The mutations for one fix, as one transaction. Throws FixConflictError when the fix no longer fits the
 * document it was computed for.
 */
export function fixToMutations(fix: Fix, target: FixTarget): Mutation[] {
  const makeKey = target.makeKey ?? randomKey
  const doc = target.document
  const where = editTarget(doc)
  const set: Record<string, unknown> = {}
  const unset: string[] = []
  const others: Mutation[] = []
  for (const edit of fix.edits) {
    if (edit.type === 'setAuthorBio') {
      others.push(...personMutations(edit, target, makeKey))
      continue
    }
    const op = bodyOperation(edit, doc)
    Object.assign(set, op.set)
    unset.push(...(op.unset ?? []))
  }
  const patch: Mutation = {
    patch: {
      id: where.id,
      ...(where.ifRevisionID ? {ifRevisionID: where.ifRevisionID} : {}),
      ...(Object.keys(set).length ? {set} : {}),
      ...(unset.length ? {unset} : {}),
    },
  }
  const touchesBody = Object.keys(set).length > 0 || unset.length > 0
  return [...(where.create && touchesBody ? [where.create] : []), ...(touchesBody ? [patch] : []), ...others]
}
