// A small HTTPS client for tests of the local lake: trusts the lake's own CA (no TLS switched off),
// speaks HTTP/1.1 for plain requests and reads server-sent events from the listener.
import {request} from 'node:https'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {type LakeOptions, type LocalLake, startLocalLake} from '../../studio/local-lake/server.ts'

export const API = '/v2025-02-19'

export interface LakeResponse<T = any> {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: T
  text: string
}

export interface TestLake extends LocalLake {
  dir: string
  api<T = any>(method: string, path: string, body?: unknown, options?: {as?: string; raw?: boolean}): Promise<LakeResponse<T>>
  listen(path: string, options?: {as?: string}): Promise<EventStream>
}

export interface SseEvent {
  event: string
  id?: string
  data: any
}

export interface EventStream {
  events: SseEvent[]
  /** Resolves with the next event matching `predicate` (already received ones count). */
  next(predicate?: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>
  close(): void
}

export async function startTestLake(options: LakeOptions = {}): Promise<TestLake> {
  const dir = mkdtempSync(join(tmpdir(), 'local-lake-test-'))
  const lake = await startLocalLake({
    certDir: join(tmpdir(), 'local-lake-test-certs'),
    dataFile: join(dir, 'data.ndjson'),
    ...options,
  })
  const ca = lake.certificate.ca ?? lake.certificate.cert
  const base = {host: '127.0.0.1', servername: 'localhost', port: lake.port, ca}

  const api: TestLake['api'] = (method, path, body, opts = {}) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body)
      const req = request(
        {
          ...base,
          method,
          path: opts.raw || path.startsWith('/v') ? path : `${API}${path}`,
          headers: {
            ...(payload ? {'content-type': 'application/json'} : {}),
            ...(opts.as ? {authorization: `Bearer ${opts.as}`} : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            let parsed: unknown = text
            try {
              parsed = JSON.parse(text)
            } catch {}
            resolve({status: res.statusCode ?? 0, headers: res.headers, body: parsed as any, text})
          })
        },
      )
      req.on('error', reject)
      req.end(payload)
    })

  const listen: TestLake['listen'] = (path, opts = {}) =>
    new Promise((resolve, reject) => {
      const events: SseEvent[] = []
      const waiters: {predicate: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void}[] = []
      let buffer = ''
      const req = request(
        {...base, path: `${API}${path}`, headers: opts.as ? {authorization: `Bearer ${opts.as}`} : {}},
        (res) => {
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            buffer += chunk
            let end: number
            while ((end = buffer.indexOf('\n\n')) !== -1) {
              const block = buffer.slice(0, end)
              buffer = buffer.slice(end + 2)
              const fields: Record<string, string> = {}
              for (const line of block.split('\n')) {
                if (line.startsWith(':')) continue
                const i = line.indexOf(':')
                fields[line.slice(0, i)] = line.slice(i + 1).trimStart()
              }
              if (!fields.event && !fields.data) continue
              const event: SseEvent = {event: fields.event ?? 'message', id: fields.id, data: JSON.parse(fields.data ?? 'null')}
              events.push(event)
              for (const w of [...waiters]) {
                if (w.predicate(event)) {
                  waiters.splice(waiters.indexOf(w), 1)
                  w.resolve(event)
                }
              }
            }
          })
          resolve({
            events,
            next(predicate = () => true, timeoutMs = 5000) {
              const found = events.find(predicate)
              if (found) {
                events.splice(events.indexOf(found), 1)
                return Promise.resolve(found)
              }
              return new Promise((ok, fail) => {
                const timer = setTimeout(() => fail(new Error('no matching listener event in time')), timeoutMs)
                waiters.push({
                  predicate,
                  resolve: (e) => {
                    clearTimeout(timer)
                    events.splice(events.indexOf(e), 1)
                    ok(e)
                  },
                })
              })
            },
            close: () => req.destroy(),
          })
        },
      )
      req.on('error', (err) => {
        if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(err)
      })
      req.end()
    })

  return Object.assign(lake, {dir, api, listen})
}
