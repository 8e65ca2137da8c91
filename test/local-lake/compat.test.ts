// The local lake's contract with the Studio and @sanity/client: request and response shapes,
// revision chains, listener filtering, access rules and persistence. Plain HTTPS, no browser.
import {connect} from 'node:http2'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {applyPatch} from 'mendoza'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {buildApproval, checkPublish} from '../../plugins/editorial-checks/src/approval/index.ts'
import {approvalDocument} from '../../plugins/editorial-checks/src/studio/records.ts'
import {authorIds} from '../../plugins/editorial-checks/src/studio/review-store.ts'
import {grantsForRole, hasPermission, loadAccessTable} from '../../studio/local-lake/access.ts'
import {startTestLake, type TestLake} from './lake-client.ts'

const SEED_DRAFT = 'drafts.article-hegseth-kyiv'
const SEED_ID = 'article-hegseth-kyiv'
const EDITOR = 'p-edna-editor'
const MANAGING = 'p-max-managing'

let lake: TestLake
const studioDir = join(import.meta.dirname, 'fixtures/studio')

beforeAll(async () => {
  lake = await startTestLake({studioDir})
})
afterAll(async () => {
  await lake?.close()
})

const query = (q: string, params: Record<string, unknown> = {}, extra = '') => {
  const search = new URLSearchParams({query: q})
  for (const [k, v] of Object.entries(params)) search.set(`$${k}`, JSON.stringify(v))
  return lake.api('GET', `/data/query/production?${search}${extra}`)
}
const edit = (draftId: string, patch: object, as = EDITOR, transactionId?: string) =>
  lake.api(
    'POST',
    '/data/actions/production',
    {
      actions: [{actionType: 'sanity.action.document.edit', draftId, publishedId: draftId.replace(/^drafts\./, ''), patch}],
      ...(transactionId ? {transactionId} : {}),
    },
    {as},
  )
const newArticle = async (id: string, title = 'A short clean article') => {
  const res = await lake.api('POST', '/data/mutate/production', {
    mutations: [{create: {_id: `drafts.${id}`, _type: 'article', title}}],
  })
  expect(res.status).toBe(200)
  return res
}

describe('seed and transport', () => {
  test('seeds the seed article, its author and the corpus sample', async () => {
    const res = await query('{"seed": *[_id == $id][0]{title, "author": authors[0]->name}, "articles": count(*[_type == "article"]), "persons": count(*[_type == "person"])}', {id: SEED_DRAFT})
    expect(res.status).toBe(200)
    expect(res.body.result.seed).toEqual({
      title: 'Hegseth denies US is abandoning Kyiv as Trump opens talks with Putin',
      author: 'Luis Gochoco',
    })
    expect(res.body.result.articles).toBeGreaterThanOrEqual(31)
    expect(res.body.result.persons).toBeGreaterThanOrEqual(2)
    expect(typeof res.body.ms).toBe('number')
    expect(res.body.query).toContain('count(')
  })

  test('speaks HTTP/2 over TLS (what Chromium needs for the Studio\'s many listeners)', async () => {
    const session = connect(lake.origin, {ca: lake.certificate.ca})
    const alpn = await new Promise<string | false | undefined>((ok, fail) => {
      session.on('connect', () => ok(session.alpnProtocol))
      session.on('error', fail)
    })
    const status = await new Promise<number>((ok) => {
      const stream = session.request({':path': '/v1/users/me'})
      stream.on('response', (h) => ok(Number(h[':status'])))
      stream.resume()
    })
    session.close()
    expect(alpn).toBe('h2')
    expect(status).toBe(200)
  })

  test('binds to 127.0.0.1 only', () => {
    expect(lake.origin).toMatch(/^https:\/\/localhost:\d+$/)
  })
})

describe('query', () => {
  test('returnQuery=false leaves the query out; POST takes query and params in the body', async () => {
    const get = await query('*[_id == $id][0]._type', {id: SEED_DRAFT}, '&returnQuery=false')
    expect(get.body).toEqual({result: 'article', ms: expect.any(Number)})
    const post = await lake.api('POST', '/data/query/production', {query: '*[_id == $id][0]._id', params: {id: SEED_DRAFT}})
    expect(post.body.result).toBe(SEED_DRAFT)
  })

  test.each([
    ['raw', [SEED_DRAFT], undefined],
    ['drafts', [SEED_ID], SEED_DRAFT],
    ['previewDrafts', [SEED_ID], SEED_DRAFT],
    ['published', [], undefined],
  ])('perspective %s', async (perspective, ids, originalId) => {
    const res = await query('*[_type == "article" && title match "Hegseth"]{_id, _originalId}', {}, `&perspective=${perspective}`)
    expect(res.body.result.map((d: {_id: string}) => d._id)).toEqual(ids)
    if (originalId) expect(res.body.result[0]._originalId).toBe(originalId)
  })

  test('the Studio\'s list search (text::query, [@, _id] match, score) finds words from the body', async () => {
    const q = '*[_type in $__types] | score(boost(_type in ["article"] && title match text::query($__query), 10), ([@, _id] match text::query($__query) || references($__rawQuery))) [_score > 0] {_type, _id, _originalId} | order(_score desc) [0...$__limit]'
    const res = await query(q, {__types: ['article'], __query: 'betrayal*', __rawQuery: 'betrayal', __limit: 10}, '&perspective=drafts')
    expect(res.status).toBe(200)
    expect(res.body.result.map((d: {_id: string}) => d._id)).toContain(SEED_ID)
    const none = await query(q, {__types: ['article'], __query: 'zyxwvut*', __rawQuery: 'zyxwvut', __limit: 10})
    expect(none.body.result).toEqual([])
  })

  test('a GROQ syntax error answers 400 queryParseError', async () => {
    const res = await query('*[_type ==')
    expect(res.status).toBe(400)
    expect(res.body.error.type).toBe('queryParseError')
  })
})

describe('document fetch', () => {
  test('returns found documents and names the missing ones', async () => {
    const res = await lake.api('GET', `/data/doc/production/${SEED_DRAFT},nope-missing`)
    expect(res.body.documents.map((d: {_id: string}) => d._id)).toEqual([SEED_DRAFT])
    expect(res.body.documents[0]._rev).toEqual(expect.any(String))
    expect(res.body.omitted).toEqual([{id: 'nope-missing', reason: 'existence'}])
  })
})

describe('listener and actions: revision chains', () => {
  test('welcome first, then an edit as a mutation event chaining previousRev → resultRev', async () => {
    const stream = await lake.listen(
      `/data/listen/production?query=${encodeURIComponent('*[_id in $ids]')}&$ids=${encodeURIComponent(JSON.stringify([SEED_ID, SEED_DRAFT]))}&effectFormat=mendoza&events=welcome,mutation,reconnect&includeResult=false`,
    )
    const welcome = await stream.next()
    expect(welcome.event).toBe('welcome')
    expect(welcome.data.listenerName).toEqual(expect.any(String))

    const before = (await lake.api('GET', `/data/doc/production/${SEED_DRAFT}`)).body.documents[0]
    const res = await edit(SEED_DRAFT, {set: {title: 'Edited once'}}, EDITOR, 'tx-edit-one')
    expect(res.body).toEqual({transactionId: 'tx-edit-one'})

    const {data} = await stream.next((e) => e.event === 'mutation')
    expect(data).toMatchObject({
      documentId: SEED_DRAFT,
      transactionId: 'tx-edit-one',
      transition: 'update',
      identity: EDITOR,
      previousRev: before._rev,
      resultRev: 'tx-edit-one',
      visibility: 'query',
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
      mutations: [{patch: {id: SEED_DRAFT, set: {title: 'Edited once'}}}],
    })
    expect(data.eventId).toEqual(expect.any(String))
    expect(data.timestamp).toEqual(expect.any(String))
    expect(data.result).toBeUndefined()
    // The effect applied to the previous revision gives the stored document.
    const after = (await lake.api('GET', `/data/doc/production/${SEED_DRAFT}`)).body.documents[0]
    const {_rev, ...beforeBody} = before
    expect({...applyPatch(beforeBody, data.effects.apply), _rev: data.resultRev}).toEqual(after)
    expect(applyPatch(after, data.effects.revert)).toEqual(beforeBody)

    const second = await edit(SEED_DRAFT, {set: {title: 'Edited twice'}})
    const next = await stream.next((e) => e.event === 'mutation')
    expect(next.data.previousRev).toBe('tx-edit-one')
    expect(next.data.resultRev).toBe(second.body.transactionId)
    stream.close()
  })

  test('publish is one transaction: the draft disappears and the published document appears', async () => {
    await newArticle('compat-publish')
    const stream = await lake.listen(
      `/data/listen/production?query=${encodeURIComponent('*[_id in $ids]')}&$ids=${encodeURIComponent(JSON.stringify(['compat-publish', 'drafts.compat-publish']))}&events=welcome,mutation`,
    )
    await stream.next((e) => e.event === 'welcome')
    const res = await lake.api('POST', '/data/actions/production', {
      actions: [{actionType: 'sanity.action.document.publish', draftId: 'drafts.compat-publish', publishedId: 'compat-publish'}],
    })
    expect(res.status).toBe(200)
    const a = await stream.next((e) => e.event === 'mutation')
    const b = await stream.next((e) => e.event === 'mutation')
    const byDoc = Object.fromEntries([a, b].map((e) => [e.data.documentId, e.data]))
    expect(byDoc['compat-publish']).toMatchObject({transition: 'appear', transactionTotalEvents: 2})
    expect(byDoc['compat-publish'].previousRev).toBeUndefined()
    expect(byDoc['compat-publish'].result).toMatchObject({_id: 'compat-publish', title: 'A short clean article'})
    // A deletion still carries resultRev (the transaction id): the Studio's event chains are keyed on it.
    expect(byDoc['drafts.compat-publish']).toMatchObject({
      transition: 'disappear',
      resultRev: res.body.transactionId,
      mutations: [{delete: {id: 'drafts.compat-publish'}}],
    })
    expect(new Set([a.data.transactionCurrentEvent, b.data.transactionCurrentEvent])).toEqual(new Set([1, 2]))
    expect(a.data.transactionId).toBe(res.body.transactionId)
    stream.close()
  })

  test('a stale ifPublishedRevisionId on publish answers 409', async () => {
    await newArticle('compat-stale-publish')
    const res = await lake.api('POST', '/data/actions/production', {
      actions: [{actionType: 'sanity.action.document.publish', draftId: 'drafts.compat-stale-publish', publishedId: 'compat-stale-publish', ifPublishedRevisionId: 'nope'}],
    })
    expect(res.status).toBe(409)
    expect(res.body.error.type).toBe('actionError')
  })

  test.each([
    ['edit of a published document starts the draft from it', 'sanity.action.document.edit'],
    ['unpublish moves the published document back to a draft', 'sanity.action.document.unpublish'],
    ['discard removes the draft', 'sanity.action.document.discard'],
    ['delete removes published and drafts', 'sanity.action.document.delete'],
  ])('%s', async (_name, actionType) => {
    const id = `compat-${actionType.split('.').pop()}`
    await newArticle(id, 'Original title')
    await lake.api('POST', '/data/actions/production', {
      actions: [{actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id}],
    })
    const ids = async () =>
      (await query('*[_id in $ids]{_id, title}|order(_id asc)', {ids: [id, `drafts.${id}`]})).body.result
    const run = (action: object) => lake.api('POST', '/data/actions/production', {actions: [{actionType, ...action}]})
    if (actionType.endsWith('.edit')) {
      await run({draftId: `drafts.${id}`, publishedId: id, patch: {set: {title: 'Changed'}}})
      expect(await ids()).toEqual([{_id: id, title: 'Original title'}, {_id: `drafts.${id}`, title: 'Changed'}])
    } else if (actionType.endsWith('.unpublish')) {
      await run({draftId: `drafts.${id}`, publishedId: id})
      expect(await ids()).toEqual([{_id: `drafts.${id}`, title: 'Original title'}])
    } else if (actionType.endsWith('.discard')) {
      await edit(`drafts.${id}`, {set: {title: 'Draft'}})
      await run({draftId: `drafts.${id}`})
      expect(await ids()).toEqual([{_id: id, title: 'Original title'}])
    } else {
      await edit(`drafts.${id}`, {set: {title: 'Draft'}})
      await run({publishedId: id, includeDrafts: [`drafts.${id}`]})
      expect(await ids()).toEqual([])
    }
  })

  test('create with ifExists fail on an existing id answers 409; an unknown action answers 400', async () => {
    const exists = await lake.api('POST', '/data/actions/production', {
      actions: [{actionType: 'sanity.action.document.create', publishedId: SEED_ID, attributes: {_id: SEED_DRAFT, _type: 'article'}, ifExists: 'fail'}],
    })
    expect(exists.status).toBe(409)
    const unknown = await lake.api('POST', '/data/actions/production', {actions: [{actionType: 'sanity.action.nope'}]})
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.description).toContain('sanity.action.nope')
  })
})

describe('/mutate', () => {
  test('ifRevisionID: the current revision applies, a stale one answers 409 like Sanity and changes nothing', async () => {
    await newArticle('compat-mutate', 'First')
    const doc = (await lake.api('GET', '/data/doc/production/drafts.compat-mutate')).body.documents[0]
    const ok = await lake.api('POST', '/data/mutate/production?returnIds=true', {
      mutations: [{patch: {id: 'drafts.compat-mutate', ifRevisionID: doc._rev, set: {title: 'Second'}}}],
    })
    expect(ok.status).toBe(200)
    expect(ok.body).toEqual({transactionId: expect.any(String), results: [{id: 'drafts.compat-mutate', operation: 'update'}]})

    const stale = await lake.api('POST', '/data/mutate/production', {
      mutations: [{patch: {id: 'drafts.compat-mutate', ifRevisionID: doc._rev, set: {title: 'Lost update'}}}],
    })
    expect(stale.status).toBe(409)
    expect(stale.body.error.type).toBe('mutationError')
    expect(stale.body.error.items[0].error).toMatchObject({type: 'documentRevisionIDDoesNotMatchError', id: 'drafts.compat-mutate'})
    const now = (await lake.api('GET', '/data/doc/production/drafts.compat-mutate')).body.documents[0]
    expect(now.title).toBe('Second')
    expect(now._rev).toBe(ok.body.transactionId)
  })

  test('create, createIfNotExists, createOrReplace, patch by query and delete', async () => {
    const res = await lake.api('POST', '/data/mutate/production?returnDocuments=true', {
      mutations: [
        {create: {_id: 'compat-section', _type: 'section', title: 'World'}},
        {createIfNotExists: {_id: 'compat-section', _type: 'section', title: 'Ignored'}},
        {patch: {query: '*[_type == "section" && title == "World"]', set: {slug: {_type: 'slug', current: 'world'}}}},
      ],
    })
    expect(res.status).toBe(200)
    expect(res.body.results).toEqual([
      {id: 'compat-section', operation: 'create', document: expect.objectContaining({title: 'World', slug: {_type: 'slug', current: 'world'}})},
    ])
    const replaced = await lake.api('POST', '/data/mutate/production', {
      mutations: [{createOrReplace: {_id: 'compat-section', _type: 'section', title: 'Politics'}}, {delete: {id: 'nothing-here'}}],
    })
    expect(replaced.body.results).toEqual([{id: 'compat-section', operation: 'update'}])
    const deleted = await lake.api('POST', '/data/mutate/production', {mutations: [{delete: {id: 'compat-section'}}]})
    expect(deleted.body.results).toEqual([{id: 'compat-section', operation: 'delete'}])
  })

  test('a patch on a missing document answers 409 documentNotFoundError', async () => {
    const res = await lake.api('POST', '/data/mutate/production', {mutations: [{patch: {id: 'missing-doc', set: {a: 1}}}]})
    expect(res.status).toBe(409)
    expect(res.body.error.items[0].error.type).toBe('documentNotFoundError')
  })
})

describe('listener filters', () => {
  test('a listener only hears documents its GROQ filter matches, before or after the change', async () => {
    const persons = await lake.listen(`/data/listen/production?query=${encodeURIComponent('*[_type == "person"]')}`)
    const titled = await lake.listen(
      `/data/listen/production?query=${encodeURIComponent('*[_type == "article" && title == $t]')}&$t=${encodeURIComponent('"Filter me"')}`,
    )
    await persons.next((e) => e.event === 'welcome')
    await titled.next((e) => e.event === 'welcome')
    await newArticle('compat-filter', 'Something else')
    await edit('drafts.compat-filter', {set: {title: 'Filter me'}})
    await edit('drafts.compat-filter', {set: {title: 'Filtered out again'}})
    const appear = await titled.next((e) => e.event === 'mutation')
    const disappear = await titled.next((e) => e.event === 'mutation')
    expect([appear.data.transition, disappear.data.transition]).toEqual(['appear', 'disappear'])
    expect(appear.data.result.title).toBe('Filter me')
    await lake.listeners.settled()
    expect(titled.events.filter((e) => e.event === 'mutation')).toEqual([])
    expect(persons.events.filter((e) => e.event === 'mutation')).toEqual([])
    persons.close()
    titled.close()
  })
})

describe('users, roles and access', () => {
  test('/users/me follows the bearer token, the ?as= parameter and the cookie', async () => {
    expect((await lake.api('GET', '/users/me')).body.id).toBe(EDITOR)
    const managing = await lake.api('GET', '/users/me', undefined, {as: MANAGING})
    expect(managing.body).toMatchObject({id: MANAGING, roles: [{name: 'managing-editor', title: 'Managing editor'}]})
    expect((await lake.api('GET', '/v1/users/me?as=managing-editor')).body.id).toBe(MANAGING)
    const page = await lake.api('GET', '/structure?as=managing-editor', undefined, {raw: true})
    expect(String(page.headers['set-cookie'])).toContain(`local-lake-user=${MANAGING}`)
  })

  test('/users/:ids answers an object for one id and an array for several', async () => {
    expect((await lake.api('GET', `/users/${EDITOR}`)).body).toMatchObject({id: EDITOR, name: 'Edna Editor'})
    const many = await lake.api('GET', `/users/${EDITOR},${MANAGING}`)
    expect(many.body.map((u: {id: string}) => u.id)).toEqual([EDITOR, MANAGING])
  })

  test('project, datasets, grants and the per-user ACL', async () => {
    const project = await lake.api('GET', '/projects/local')
    expect(project.body.members.map((m: {id: string}) => m.id)).toContain(MANAGING)
    expect((await lake.api('GET', '/projects/local/datasets')).body).toEqual([{name: 'production', aclMode: 'private'}])
    expect((await lake.api('GET', '/projects/local/grants')).status).toBe(200)
    const acl = await lake.api('GET', '/projects/local/datasets/production/acl', undefined, {as: EDITOR})
    expect(acl.body).toEqual(grantsForRole(lake.access, 'editor'))
  })

  const approval = {_type: 'editorial.approval', article: {_type: 'reference', _ref: SEED_ID}}
  test.each([
    [EDITOR, 'editorial.approval', 403],
    [MANAGING, 'editorial.approval', 200],
    ['p-ada-admin', 'editorial.approval', 200],
    ['p-cole-contributor', 'editorial.approval', 403],
    ['p-vera-viewer', 'article', 403],
    [EDITOR, 'article', 200],
  ])('%s creating a %s answers %i', async (user, type, status) => {
    const id = `compat-acl-${user}-${type}`.replace(/[^a-zA-Z0-9-]/g, '-')
    const doc = type === 'article' ? {_id: `drafts.${id}`, _type: 'article', title: 'ACL'} : {...approval, _id: id}
    const res = await lake.api('POST', '/data/mutate/production', {mutations: [{create: doc}]}, {as: user})
    expect(res.status).toBe(status)
    if (status === 403) expect(res.body.error.items[0].error.type).toBe('insufficientPermissionsError')
  })

  test('a contributor may edit drafts but not publish', async () => {
    await newArticle('compat-contributor')
    const contributor = 'p-cole-contributor'
    expect((await edit('drafts.compat-contributor', {set: {title: 'By a contributor'}}, contributor)).status).toBe(200)
    const publish = await lake.api(
      'POST',
      '/data/actions/production',
      {actions: [{actionType: 'sanity.action.document.publish', draftId: 'drafts.compat-contributor', publishedId: 'compat-contributor'}]},
      {as: contributor},
    )
    expect(publish.status).toBe(403)
    expect(publish.body.error.type).toBe('actionError')
  })

  test('the rule table is data: a new restricted type binds every role not named', async () => {
    const table = loadAccessTable()
    table.restrictedTypes.push({type: 'section', writableBy: ['administrator']})
    const grants = grantsForRole(table, 'editor')
    expect(await hasPermission(grants, 'create', {_id: 's', _type: 'section'}, EDITOR)).toBe(false)
    expect(await hasPermission(grants, 'read', {_id: 's', _type: 'section'}, EDITOR)).toBe(true)
    expect(await hasPermission(grants, 'create', {_id: 'a', _type: 'article'}, EDITOR)).toBe(true)
  })

  test('key-value store round-trips per user', async () => {
    const put = await lake.api('PUT', '/users/me/keyvalue', [{key: 'studio.test', value: {a: 1}}])
    expect(put.body).toEqual([{key: 'studio.test', value: {a: 1}}])
    expect((await lake.api('GET', '/users/me/keyvalue/studio.test,other')).body).toEqual([
      {key: 'studio.test', value: {a: 1}},
      {key: 'other', value: null},
    ])
    expect((await lake.api('GET', '/users/me/keyvalue/studio.test', undefined, {as: MANAGING})).body[0].value).toBeNull()
  })
})

describe('history', () => {
  test('transactions come as NDJSON with mendoza effects; documents?revision gives the document then', async () => {
    await newArticle('compat-history', 'v1')
    const first = (await lake.api('GET', '/data/doc/production/drafts.compat-history')).body.documents[0]
    await edit('drafts.compat-history', {set: {title: 'v2'}})
    const res = await lake.api('GET', '/data/history/production/transactions/compat-history,drafts.compat-history?excludeContent=true&includeIdentifiedDocumentsOnly=true&reverse=true&effectFormat=mendoza&excludeMutations=true')
    expect(res.headers['content-type']).toContain('ndjson')
    const lines = res.text.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({author: EDITOR, documentIDs: ['drafts.compat-history']})
    expect(lines[1].id).toBe(first._rev)
    expect(lines[0].mutations).toBeUndefined()
    expect(applyPatch(null, lines[1].effects['drafts.compat-history'].apply)).toMatchObject({title: 'v1'})
    const older = await lake.api('GET', `/data/history/production/documents/compat-history,drafts.compat-history?revision=${first._rev}`)
    expect(older.body.documents).toEqual([expect.objectContaining({_id: 'drafts.compat-history', title: 'v1', _rev: first._rev})])
    const limited = await lake.api('GET', `/data/history/production/transactions/drafts.compat-history?reverse=true&limit=1&toTransaction=${first._rev}`)
    expect(limited.text.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([first._rev])
  })
})

describe('persistence', () => {
  test('a restart keeps the work and does not seed again', async () => {
    const other = await startTestLake()
    await other.api('POST', '/data/mutate/production', {mutations: [{create: {_id: 'drafts.kept', _type: 'article', title: 'Kept'}}]})
    await other.api('POST', '/data/mutate/production', {mutations: [{delete: {id: 'person-luis-gochoco'}}]})
    await other.close()
    const stored = readFileSync(join(other.dir, 'data.ndjson'), 'utf8')
    expect(stored).toContain('"Kept"')
    const again = await startTestLake({dataFile: join(other.dir, 'data.ndjson')})
    try {
      const res = await again.api('GET', '/data/doc/production/drafts.kept,person-luis-gochoco')
      expect(res.body.documents.map((d: {title: string}) => d.title)).toEqual(['Kept'])
      const history = await again.api('GET', '/data/history/production/transactions/drafts.kept')
      expect(history.text.trim().split('\n')).toHaveLength(1)
    } finally {
      await again.close()
    }
  })
})

describe('the editorial-checks publish gate, enforced by the lake', () => {
  const publish = (id: string, as = EDITOR) =>
    lake.api('POST', '/data/actions/production', {actions: [{actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id}]}, {as})
  const stored = async (ids: string[]) =>
    (await lake.api('GET', `/data/doc/production/${ids.join(',')}`)).body.documents as ({_id: string} & Record<string, unknown>)[]
  const REASON = /^Can't publish yet: \d+ checks? needs? fixing or approval by an administrator or managing editor/

  test('the gate is data in access.json: article, approved by administrator or managing-editor', () => {
    expect(loadAccessTable().publishGate).toEqual({types: ['article'], approverRoles: ['administrator', 'managing-editor']})
  })

  test('an editor publishing the seed article through the Actions API gets 403 with the reason', async () => {
    const res = await publish(SEED_ID)
    expect(res.status).toBe(403)
    expect(res.body.error.type).toBe('actionError')
    expect(res.body.error.description).toMatch(REASON)
    expect(res.body.error.items[0].error).toMatchObject({type: 'insufficientPermissionsError', permission: 'publish', id: SEED_ID})
    expect(await stored([SEED_ID, SEED_DRAFT])).toHaveLength(1)
  })

  test('nor by /mutate writing the published id (createOrReplace, create, or a patch of a published copy)', async () => {
    const [draft] = await stored([SEED_DRAFT])
    const {_id, _rev, _updatedAt, _createdAt, ...content} = draft!
    for (const mutation of [{createOrReplace: {...content, _id: SEED_ID}}, {create: {...content, _id: SEED_ID}}]) {
      const res = await lake.api('POST', '/data/mutate/production', {mutations: [mutation]}, {as: EDITOR})
      expect(res.status).toBe(403)
      expect(res.body.error.type).toBe('mutationError')
      expect(res.body.error.description).toMatch(REASON)
    }
    // A clean article published, then made dirty by a patch on the published id: refused too.
    await newArticle('compat-gate-patch', 'Clean to start with')
    expect((await publish('compat-gate-patch')).status).toBe(200)
    const body = draft!.body
    const patched = await lake.api('POST', '/data/mutate/production', {mutations: [{patch: {id: 'compat-gate-patch', set: {body}}}]}, {as: EDITOR})
    expect(patched.status).toBe(403)
    // Drafts stay free to write.
    expect((await lake.api('POST', '/data/mutate/production', {mutations: [{patch: {id: SEED_DRAFT, set: {dek: String(content.dek)}}}]}, {as: EDITOR})).status).toBe(200)
    expect(await stored([SEED_ID])).toHaveLength(0)
  })

  test('a managing editor publishing directly without recording an approval is refused too (the policy)', async () => {
    const res = await publish(SEED_ID, MANAGING)
    expect(res.status).toBe(403)
    expect(res.body.error.description).toMatch(/record the approval/)
  })

  test('after a managing editor records an approval (the Studio\'s record shape), the editor may publish', async () => {
    const [draft] = await stored([SEED_DRAFT])
    const people = await stored(authorIds(draft!))
    const {findings, contentHash, decision} = checkPublish({draft: draft!, people})
    expect(decision.blocking.length).toBeGreaterThan(0)
    const approval = buildApproval({
      documentId: SEED_DRAFT,
      documentType: 'article',
      revision: String(draft!._rev),
      actor: {id: MANAGING, name: 'Max Managing', roles: ['managing-editor']},
      now: new Date(),
      ctx: {findings, contentHash, blockTexts: new Map()},
      reasons: new Map(decision.blocking.map((s) => [s.fingerprint, 'Checked with the desk'])),
    })
    const recorded = await lake.api('POST', '/data/mutate/production', {mutations: [{create: approvalDocument(approval)}]}, {as: MANAGING})
    expect(recorded.status).toBe(200)
    const res = await publish(SEED_ID)
    expect(res.status).toBe(200)
    expect((await stored([SEED_ID, SEED_DRAFT])).map((d) => d._id)).toEqual([SEED_ID])
  })

  test('a clean corpus article publishes', async () => {
    const id = 'dev-rS4Vtv6TPRRJOiS0'
    expect(await stored([`drafts.${id}`])).toHaveLength(1)
    const res = await publish(id)
    expect(res.status).toBe(200)
    expect((await stored([id])).map((d) => d._id)).toEqual([id])
  })
})

describe('the rest of the API and the Studio page', () => {
  test.each([
    '/ping',
    '/features',
    '/data/references/production/documents/article-hegseth-kyiv/to?excludeInternalReferences=true&excludePaths=true',     '/journey/projects/local',
    '/projects/local/user-applications',
    '/intake/batch',
    '/auth/id',
  ])(
    'harmless answer for %s',
    async (path) => {
      expect((await lake.api('GET', path)).status).toBe(200)
    },
  )

  test('unknown endpoints answer 404 and are recorded', async () => {
    const res = await lake.api('GET', '/something/new')
    expect(res.status).toBe(404)
    expect(lake.unknownRequests).toContain('GET /v2025-02-19/something/new')
  })

  test('the Studio page is served for any route, with a same-origin Content-Security-Policy', async () => {
    const page = await lake.api('GET', '/structure/article', undefined, {raw: true})
    expect(page.status).toBe(200)
    const csp = String(page.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toMatch(/script-src 'self' 'sha256-/)
    expect(page.text).not.toMatch(/<script[^>]+src="https?:/)
    expect(page.text).not.toContain('https://fonts.example')
    const asset = await lake.api('GET', '/static/app-abcdef12.js', undefined, {raw: true})
    expect(asset.headers['content-type']).toContain('javascript')
    expect((await lake.api('GET', '/static/missing-file.js', undefined, {raw: true})).status).toBe(404)
  })
})
