// Errors in the shapes Sanity's API answers with, so @sanity/client and the Studio read them as they
// read the real ones (see extractErrorProps in @sanity/client).
export class LakeError extends Error {
  readonly status: number
  readonly body: unknown
  constructor(status: number, body: {error: unknown; message?: string} | Record<string, unknown>, message?: string) {
    super(message ?? JSON.stringify(body))
    this.status = status
    this.body = body
  }
}

type ErrorKind = 'mutationError' | 'actionError'

function itemError(kind: ErrorKind, status: number, description: string, item: Record<string, unknown>): LakeError {
  return new LakeError(
    status,
    {error: {type: kind, description, items: [{error: {description, ...item}, index: 0}]}},
    description,
  )
}

export function revisionMismatch(kind: ErrorKind, id: string, expected: string, actual: string | undefined) {
  const description = `Document "${id}" has unexpected revision ID ("${expected}"), expected "${actual ?? ''}"`
  return itemError(kind, 409, `The mutation(s) failed: ${description}`, {
    type: 'documentRevisionIDDoesNotMatchError',
    id,
    expectedRevisionID: expected,
    currentRevisionID: actual,
  })
}

export function documentExists(kind: ErrorKind, id: string) {
  return itemError(kind, 409, `The mutation(s) failed: Document by ID "${id}" already exists`, {
    type: 'documentAlreadyExistsError',
    id,
  })
}

export function documentMissing(kind: ErrorKind, id: string) {
  return itemError(kind, 409, `The mutation(s) failed: Document "${id}" not found`, {type: 'documentNotFoundError', id})
}

export function permissionDenied(kind: ErrorKind, permission: string, id: string, why?: string) {
  const description = `Insufficient permissions; permission "${permission}" required`
  return itemError(kind, 403, description, {
    type: 'insufficientPermissionsError',
    permission,
    id,
    ...(why ? {why} : {}),
  })
}

export function badRequest(description: string, type = 'validationError') {
  return new LakeError(400, {error: {type, description}}, description)
}

export function queryError(query: string, err: Error) {
  // groq-js' syntax errors carry a position; Sanity answers those as queryParseError.
  const position = (err as Error & {position?: number}).position
  if (typeof position === 'number') {
    return new LakeError(400, {
      error: {type: 'queryParseError', description: err.message, query, start: position, end: position + 1},
    })
  }
  return badRequest(err.message, 'queryExecutionError')
}

/** The editorial-checks gate refused a publish: 403, with the gate's plain reason as the description. */
export function publishRefused(kind: ErrorKind, id: string, reason: string) {
  return itemError(kind, 403, reason, {type: 'insufficientPermissionsError', permission: 'publish', id, why: reason})
}
