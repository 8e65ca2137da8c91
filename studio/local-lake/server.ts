// The local Content Lake stand-in: one HTTPS origin (HTTP/2, HTTP/1.1 allowed for scripts) that serves
// the built Studio and answers the API calls the Studio and @sanity/client make, on 127.0.0.1 only.
// For trying and testing the Studio without a Sanity account; never for production.
import {createHash, randomUUID} from 'node:crypto'
import {readFileSync, existsSync, statSync} from 'node:fs'
import {createSecureServer, type Http2SecureServer, type Http2ServerRequest, type Http2ServerResponse} from 'node:http2'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize, resolve} from 'node:path'
import {
  type AccessTable,
  type LakeUser,
  findUser,
  grantsForUser,
  hasPermission,
  loadAccessTable,
  userResource,
} from './access.ts'
import {applyActions} from './actions.ts'
import {enforcePublishGate} from './publish-gate.ts'
import {LakeError, badRequest, permissionDenied} from './errors.ts'
import {ListenerHub, mendozaEffects} from './listeners.ts'
import {parsePerspective, runQuery} from './query.ts'
import {type Change, type Doc, DocumentStore, type ErrorKind, type MutationInput, readNdjson} from './store.ts'
import {type Certificate, ensureCertificate} from './tls.ts'

export const USER_COOKIE = 'local-lake-user'
const ROOT = resolve(import.meta.dirname, '../..')
export const DEFAULT_SEED_FILES = [
  join(ROOT, 'test/fixtures/seed-article.ndjson'),
  join(ROOT, 'studio/seed/corpus-sample.ndjson'),
]

export interface LakeOptions {
  port?: number
  host?: string
  /** Built Studio to serve at / (output of `sanity build`); API only when absent */
  studioDir?: string
  /** NDJSON file the documents persist to; in memory only when absent */
  dataFile?: string
  /** NDJSON files to seed from when the data file does not exist yet */
  seedFiles?: string[]
  accessFile?: string | URL
  access?: AccessTable
  certDir?: string
  certificate?: Certificate
  projectId?: string
  dataset?: string
  /** Called for requests the lake does not know, so gaps show up in logs and tests */
  onUnknownRequest?: (method: string, path: string) => void
}

export interface LocalLake {
  origin: string
  port: number
  store: DocumentStore
  listeners: ListenerHub
  access: AccessTable
  certificate: Certificate
  unknownRequests: string[]
  close(): Promise<void>
}

type Req = Http2ServerRequest
type Res = Http2ServerResponse
interface Ctx {
  req: Req
  res: Res
  url: URL
  user: LakeUser
  /** path below the API version prefix, e.g. /data/query/production */
  path: string
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
}

function sendJson(res: Res, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers})
  res.end(text)
}

async function readBody(req: Req): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw badRequest('The request body is not JSON')
  }
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k) out[k] = decodeURIComponent(v.join('='))
  }
  return out
}

/** Query-string parameters as @sanity/client sends them: `$name=<JSON>`. */
function paramsFromSearch(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(`Parameter ${key} is not JSON`)
    }
  }
  return params
}

const flag = (url: URL, name: string, fallback: boolean) => {
  const value = url.searchParams.get(name)
  return value === null ? fallback : value === 'true' || value === '1'
}

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy: everything from this origin only. The built index.html has inline
// scripts, allowed by their hashes; its links to Sanity's CDNs (fonts, a bridge script) are dropped.
function prepareIndexHtml(html: string): {html: string; csp: string} {
  const cleaned = html
    .replace(/<script[^>]*\bsrc="https?:\/\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/@font-face\s*{[^}]*https?:\/\/[^}]*}/g, '')
  const hashes = [...cleaned.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`,
  )
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
  return {html: cleaned, csp}
}

export async function startLocalLake(options: LakeOptions = {}): Promise<LocalLake> {
  const access = options.access ?? loadAccessTable(options.accessFile)
  const projectId = options.projectId ?? 'local'
  const dataset = options.dataset ?? 'production'
  const seed = options.dataFile && existsSync(options.dataFile) ? [] : (options.seedFiles ?? DEFAULT_SEED_FILES).flatMap(readNdjson)
  const store = new DocumentStore({dataFile: options.dataFile, seed})
  const listeners = new ListenerHub(store)
  const certificate = options.certificate ?? ensureCertificate(options.certDir ?? join(ROOT, '.sanity/local-lake/certs'))
  const keyValues = new Map<string, unknown>()
  const unknownRequests: string[] = []
  // LOCAL_LAKE_SLOW_MS=50 logs every request that took at least that long.
  const slowMs = process.env.LOCAL_LAKE_SLOW_MS ? Number(process.env.LOCAL_LAKE_SLOW_MS) : undefined
  const openStreams = new Set<Res>()

  let indexPage: {html: string; csp: string} | undefined
  const studioDir = options.studioDir ? resolve(options.studioDir) : undefined
  const loadIndex = () => {
    if (!studioDir) return undefined
    indexPage ??= prepareIndexHtml(readFileSync(join(studioDir, 'index.html'), 'utf8'))
    return indexPage
  }

  const userFor = (req: Req, url: URL): LakeUser => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const as = url.searchParams.get('as')
    return (
      findUser(access, bearer) ??
      findUser(access, as) ??
      findUser(access, parseCookies(req.headers.cookie)[USER_COOKIE]) ??
      findUser(access, access.defaultUser)!
    )
  }

  /** Checks each change the way the dataset ACL would: create for new documents, update otherwise. */
  async function authorize(user: LakeUser, kind: ErrorKind, changes: Change[]): Promise<void> {
    const grants = grantsForUser(access, user)
    for (const {id, before, after} of changes) {
      const checks: [string, Doc][] = before ? [['update', before]] : []
      if (after) checks.push([before ? 'update' : 'create', after])
      for (const [permission, doc] of checks) {
        if (!(await hasPermission(grants, permission as 'create' | 'update', doc, user.id))) {
          const restricted = access.restrictedTypes.find((r) => r.type === doc._type && !user.roles.some((role) => r.writableBy.includes(role)))
          throw permissionDenied(kind, permission, id, restricted?.why)
        }
      }
    }
  }

  // ------------------------------------------------------------------ data endpoints
  async function handleQuery(ctx: Ctx) {
    const started = performance.now()
    let query = ctx.url.searchParams.get('query')
    let params = paramsFromSearch(ctx.url)
    if (ctx.req.method === 'POST') {
      const body = (await readBody(ctx.req)) as {query?: string; params?: Record<string, unknown>} | undefined
      query = body?.query ?? query
      params = {...params, ...(body?.params ?? {})}
    }
    if (!query) throw badRequest('Missing query')
    const perspective = parsePerspective(ctx.url.searchParams.get('perspective'))
    const result = await runQuery(store.all(), query, {params, perspective, identity: ctx.user.id})
    const ms = Math.round(performance.now() - started)
    sendJson(ctx.res, 200, ctx.url.searchParams.get('returnQuery') === 'false' ? {result, ms} : {query, result, ms})
  }

  function handleDoc(ctx: Ctx, ids: string[]) {
    const documents: Doc[] = []
    const omitted: {id: string; reason: string}[] = []
    for (const id of ids) {
      const doc = store.get(id)
      if (doc) documents.push(doc)
      else omitted.push({id, reason: 'existence'})
    }
    sendJson(ctx.res, 200, {documents, omitted})
  }

  function handleListen(ctx: Ctx) {
    const query = ctx.url.searchParams.get('query')
    if (!query) throw badRequest('Missing query')
    const {req, res, url} = ctx
    const events = (url.searchParams.get('events') ?? 'welcome,mutation').split(',')
    const headers: Record<string, string> = {'content-type': 'text/event-stream', 'cache-control': 'no-cache'}
    if (req.httpVersionMajor === 1) headers.connection = 'keep-alive'
    res.writeHead(200, headers)
    const send = (event: string, data: unknown, id?: string) => {
      if (res.writableEnded || res.destroyed) return
      res.write(`event: ${event}\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`)
    }
    const remove = listeners.add({
      query,
      params: paramsFromSearch(url),
      includeResult: flag(url, 'includeResult', true),
      includePreviousRevision: flag(url, 'includePreviousRevision', false),
      includeMutations: flag(url, 'includeMutations', true),
      includeAllVersions: flag(url, 'includeAllVersions', false),
      effectFormat: url.searchParams.get('effectFormat') ?? undefined,
      events,
      send,
    })
    openStreams.add(res)
    send('welcome', {listenerName: `local-lake-${randomUUID()}`})
    const keepAlive = setInterval(() => !res.writableEnded && res.write(': keep-alive\n\n'), 25_000)
    const done = () => {
      clearInterval(keepAlive)
      remove()
      openStreams.delete(res)
    }
    req.on('close', done)
    res.on('close', done)
  }

  async function handleMutate(ctx: Ctx) {
    const body = (await readBody(ctx.req)) as {mutations?: MutationInput[]; transactionId?: string} | undefined
    if (!Array.isArray(body?.mutations)) throw badRequest('Body must have a "mutations" array', 'mutationError')
    const {transaction} = await store.transact(
      'mutationError',
      {transactionId: body.transactionId, identity: ctx.user.id},
      async (tx) => {
        for (const mutation of body.mutations!) await tx.apply(mutation)
        await authorize(ctx.user, 'mutationError', tx.changes())
        await enforcePublishGate(tx, ctx.user, access.publishGate, 'mutationError')
      },
    )
    const returnDocuments = ctx.url.searchParams.get('returnDocuments') === 'true'
    const results = (transaction?.changes ?? []).map((c) => ({
      id: c.id,
      operation: !c.after ? 'delete' : !c.before ? 'create' : 'update',
      ...(returnDocuments && c.after ? {document: c.after} : {}),
    }))
    sendJson(ctx.res, 200, {transactionId: transaction?.id ?? body.transactionId ?? null, results})
  }

  async function handleActions(ctx: Ctx) {
    const body = (await readBody(ctx.req)) as {actions?: unknown; transactionId?: string; dryRun?: boolean} | undefined
    const actions = Array.isArray(body?.actions) ? body.actions : body?.actions ? [body.actions] : null
    if (!actions) throw badRequest('Body must have "actions"', 'actionError')
    const {transaction} = await store.transact(
      'actionError',
      {transactionId: body?.transactionId, identity: ctx.user.id},
      async (tx) => {
        applyActions(tx, actions as Record<string, unknown>[])
        await authorize(ctx.user, 'actionError', tx.changes())
        await enforcePublishGate(tx, ctx.user, access.publishGate, 'actionError')
      },
    )
    sendJson(ctx.res, 200, {transactionId: transaction?.id ?? body?.transactionId ?? null})
  }

  function handleTransactions(ctx: Ctx, ids: string[]) {
    const {url, res} = ctx
    const idSet = new Set(ids)
    const identifiedOnly = flag(url, 'includeIdentifiedDocumentsOnly', false)
    const excludeMutations = flag(url, 'excludeMutations', false)
    const reverse = flag(url, 'reverse', false)
    const limit = Number(url.searchParams.get('limit') ?? 0) || Infinity
    const log = store.transactions()
    let list = log.filter((t) => t.changes.some((c) => idSet.has(c.id)))
    const from = url.searchParams.get('fromTransaction')
    const to = url.searchParams.get('toTransaction')
    const position = (id: string | null) => (id ? log.findIndex((t) => t.id === id) : -1)
    if (from && position(from) >= 0) list = list.filter((t) => log.indexOf(t) >= position(from))
    if (to && position(to) >= 0) list = list.filter((t) => log.indexOf(t) <= position(to))
    if (reverse) list = [...list].reverse()
    list = list.slice(0, limit)
    res.writeHead(200, {'content-type': 'application/x-ndjson', 'cache-control': 'no-store'})
    for (const t of list) {
      const changes = identifiedOnly ? t.changes.filter((c) => idSet.has(c.id)) : t.changes
      const entry = {
        id: t.id,
        timestamp: t.timestamp,
        author: t.author,
        documentIDs: changes.map((c) => c.id),
        effects: Object.fromEntries(changes.map((c) => [c.id, mendozaEffects(c)])),
        ...(excludeMutations ? {} : {mutations: changes.flatMap((c) => c.mutations)}),
      }
      res.write(`${JSON.stringify(entry)}\n`)
    }
    res.end()
  }

  function handleHistoryDocuments(ctx: Ctx, ids: string[]) {
    const {url} = ctx
    const documents = store.documentsAt(ids, {
      revision: url.searchParams.get('revision') ?? undefined,
      time: url.searchParams.get('time') ?? undefined,
      lastRevision: flag(url, 'lastRevision', false),
    })
    sendJson(ctx.res, 200, {documents})
  }

  // ------------------------------------------------------------------ project, users, key-value
  function projectResource(current: LakeUser) {
    return {
      id: projectId,
      displayName: 'Newsroom (local lake)',
      studioHost: null,
      isBlocked: false,
      isDisabled: false,
      isDisabledByUser: false,
      organizationId: null,
      metadata: {color: '#2276fc', externalStudioHost: null},
      maxRetentionDays: 3,
      features: [],
      members: access.users.map((u) => ({
        id: u.id,
        role: u.roles[0],
        roles: userResource(access, u).roles,
        isRobot: false,
        isCurrentUser: u.id === current.id,
      })),
    }
  }

  async function handleApi(ctx: Ctx): Promise<boolean> {
    const {path, req, res, user} = ctx
    const m = (re: RegExp) => re.exec(path)
    let match: RegExpExecArray | null

    if ((match = m(/^\/data\/query\/([^/]+)$/))) return handleQuery(ctx).then(() => true)
    if ((match = m(/^\/data\/doc\/([^/]+)\/(.+)$/))) return handleDoc(ctx, decodeURIComponent(match[2]!).split(',')), true
    if ((match = m(/^\/data\/listen\/([^/]+)$/))) return handleListen(ctx), true
    if ((match = m(/^\/data\/mutate\/([^/]+)$/)) && req.method === 'POST') return handleMutate(ctx).then(() => true)
    if ((match = m(/^\/data\/actions\/([^/]+)$/)) && req.method === 'POST') return handleActions(ctx).then(() => true)
    if ((match = m(/^\/data\/history\/[^/]+\/transactions\/(.+)$/)))
      return handleTransactions(ctx, decodeURIComponent(match[1]!).split(',')), true
    if ((match = m(/^\/data\/history\/[^/]+\/documents\/(.+)$/)))
      return handleHistoryDocuments(ctx, decodeURIComponent(match[1]!).split(',')), true
    if (m(/^\/data\/history\/[^/]+\/events\//)) return sendJson(res, 200, {events: [], nextCursor: ''}), true
    // References from other datasets (asked before a delete): the local lake has one dataset.
    if (m(/^\/data\/references\/[^/]+\/documents\/[^/]+\/to$/)) return sendJson(res, 200, {totalCount: 0, references: []}), true

    if (path === '/users/me') return sendJson(res, 200, userResource(access, user)), true
    if ((match = m(/^\/users\/me\/keyvalue(?:\/(.+))?$/))) {
      const kvKey = (k: string) => `${user.id}:${k}`
      if (req.method === 'PUT' || req.method === 'POST') {
        const pairs = ((await readBody(req)) ?? []) as {key: string; value: unknown}[]
        for (const pair of pairs) keyValues.set(kvKey(pair.key), pair.value)
        return sendJson(res, 200, pairs), true
      }
      const keys = decodeURIComponent(match[1] ?? '').split(',').filter(Boolean)
      return sendJson(res, 200, keys.map((key) => ({key, value: keyValues.get(kvKey(key)) ?? null}))), true
    }
    if ((match = m(/^\/users\/([^/]+)$/))) {
      const ids = decodeURIComponent(match[1]!).split(',')
      const found = ids.map((id) => access.users.find((u) => u.id === id)).filter((u): u is LakeUser => !!u)
      const users = found.map((u) => userResource(access, u))
      return sendJson(res, 200, ids.length === 1 ? (users[0] ?? {}) : users), true
    }
    if (path === '/auth/id') return sendJson(res, 200, {id: user.id}), true
    if (path === '/auth/providers') return sendJson(res, 200, {thirdPartyLogin: false, sso: {}, providers: []}), true
    if (path === '/auth/logout') return sendJson(res, 200, {}), true

    if ((match = m(/^\/projects\/([^/]+)$/))) return sendJson(res, 200, projectResource(user)), true
    if (m(/^\/projects\/[^/]+\/datasets$/)) return sendJson(res, 200, [{name: dataset, aclMode: 'private'}]), true
    if (m(/^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/)) return sendJson(res, 200, grantsForUser(access, user)), true
    if (m(/^\/projects\/[^/]+\/grants$/)) {
      return sendJson(res, 200, {'sanity.project': [{grants: [{name: 'read', params: {}}]}]}), true
    }
    if (m(/^\/projects\/[^/]+\/(user-applications|features)(\/.*)?$/)) return sendJson(res, 200, []), true
    if (m(/^\/projects\/[^/]+\/users$/)) return sendJson(res, 200, access.users.map((u) => userResource(access, u))), true

    // Services the Studio calls that have nothing to say offline.
    if (path === '/ping') return sendJson(res, 200, 'PONG'), true
    if (path === '/features') return sendJson(res, 200, []), true
    if (m(/^\/(journey|intake|help|schedules|telemetry|comments|tasks)(\/.*)?$/)) return sendJson(res, 200, path.startsWith('/schedules') ? {schedules: []} : {}), true
    if (m(/^\/check\/cors$/)) return sendJson(res, 200, {result: {allowed: true}}), true
    if (m(/^\/socket\//)) return sendJson(res, 404, {error: 'The local lake has no presence socket'}), true
    return false
  }

  // ------------------------------------------------------------------ static Studio
  function serveStatic(req: Req, res: Res, url: URL): boolean {
    if (!studioDir || (req.method !== 'GET' && req.method !== 'HEAD')) return false
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(studioDir, relative)
    if (file.startsWith(studioDir) && extname(file) && existsSync(file) && statSync(file).isFile()) {
      const hashed = relative.startsWith('/static/') && /-[A-Za-z0-9_-]{8}\./.test(relative)
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
      if (req.method === 'HEAD') res.end()
      else res.end(readFileSync(file))
      return true
    }
    if (extname(relative) && relative.startsWith('/static/')) return false
    // Every other path is a Studio route: the single-page app answers it.
    const page = loadIndex()
    if (!page) return false
    const headers: Record<string, string | string[]> = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': page.csp,
      'referrer-policy': 'same-origin',
    }
    const as = url.searchParams.get('as')
    const chosen = as ? findUser(access, as) : undefined
    if (chosen) headers['set-cookie'] = `${USER_COOKIE}=${encodeURIComponent(chosen.id)}; Path=/; Secure; HttpOnly; SameSite=Strict`
    res.writeHead(200, headers)
    res.end(page.html)
    return true
  }

  // Local-lake pages of its own: who am I, and switching user (sets the cookie the API reads).
  function handleLakeRoute(ctx: Ctx): boolean {
    const {url, res, user} = ctx
    if (url.pathname === '/__local-lake/users') {
      return sendJson(res, 200, {current: user.id, users: access.users.map((u) => userResource(access, u))}), true
    }
    if (url.pathname === '/__local-lake/switch') {
      const chosen = findUser(access, url.searchParams.get('as'))
      if (!chosen) return sendJson(res, 400, {error: `No such user or role: ${url.searchParams.get('as')}`}), true
      const to = url.searchParams.get('to') ?? '/'
      res.writeHead(303, {
        location: to.startsWith('/') && !to.startsWith('//') ? to : '/',
        'set-cookie': `${USER_COOKIE}=${encodeURIComponent(chosen.id)}; Path=/; Secure; HttpOnly; SameSite=Strict`,
      })
      res.end()
      return true
    }
    return false
  }

  async function handle(req: Req, res: Res) {
    const url = new URL(req.url ?? '/', 'https://localhost')
    const apiPrefix = /^\/v(?:1|X|\d{4}-\d{2}-\d{2})(\/.*)$/.exec(url.pathname)
    const ctx: Ctx = {req, res, url, user: userFor(req, url), path: apiPrefix?.[1] ?? url.pathname}
    if (slowMs !== undefined && !url.pathname.includes('/listen/')) {
      const started = performance.now()
      res.on('finish', () => {
        const ms = performance.now() - started
        if (ms >= slowMs) console.warn(`[local-lake] ${Math.round(ms)} ms ${req.method} ${url.pathname} ${url.searchParams.get('tag') ?? ''}`)
      })
    }
    try {
      if (apiPrefix) {
        if (await handleApi(ctx)) return
      } else if (handleLakeRoute(ctx) || serveStatic(req, res, url)) {
        return
      }
      const what = `${req.method} ${url.pathname}`
      unknownRequests.push(what)
      options.onUnknownRequest?.(req.method ?? 'GET', url.pathname)
      sendJson(res, 404, {error: {type: 'notFound', description: `The local lake does not implement ${what}`}})
    } catch (err) {
      if (err instanceof LakeError) return sendJson(res, err.status, err.body)
      console.error('[local-lake]', req.method, url.pathname, err)
      sendJson(res, 500, {error: {type: 'internalError', description: (err as Error).message}})
    }
  }

  const server: Http2SecureServer = createSecureServer(
    {key: certificate.key, cert: certificate.cert, allowHTTP1: true},
    (req, res) => void handle(req, res),
  )
  const sessions = new Set<import('node:http2').ServerHttp2Session>()
  server.on('session', (s) => {
    sessions.add(s)
    s.on('close', () => sessions.delete(s))
  })
  const sockets = new Set<import('node:net').Socket>()
  server.on('secureConnection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok())
  })
  const port = (server.address() as AddressInfo).port

  return {
    origin: `https://localhost:${port}`,
    port,
    store,
    listeners,
    access,
    certificate,
    unknownRequests,
    async close() {
      for (const res of openStreams) res.end()
      for (const s of sessions) s.close()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((ok) => server.close(() => ok()))
      await listeners.settled()
      store.flush()
    },
  }
}
