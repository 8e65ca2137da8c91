// `npm start`: build the Studio and serve it, with the local lake, on https://localhost:3333.
// With SANITY_STUDIO_PROJECT_ID (and SANITY_STUDIO_DATASET) set it runs `sanity dev` against the
// real Content Lake instead: the local lake is for trying and testing, never for production.
//
//   npm start                      build (when a source changed since the last build), then serve
//   npm start -- --no-build        serve whatever is in dist/
//   npm start -- --reset           forget local edits: seed afresh
//   npm start -- --port 4000 --data path/to/data.ndjson --seed a.ndjson --seed b.ndjson
import {spawn} from 'node:child_process'
import {existsSync, rmSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {buildStudio, isBuildFresh} from './build.ts'
import {startLocalLake} from './server.ts'
import {trustInstructions} from './tls.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const started = performance.now()

const {values} = parseArgs({
  options: {
    port: {type: 'string', default: process.env.PORT ?? '3333'},
    data: {type: 'string', default: join(ROOT, '.sanity/local-lake/data.ndjson')},
    seed: {type: 'string', multiple: true},
    access: {type: 'string'},
    'no-build': {type: 'boolean', default: false},
    reset: {type: 'boolean', default: false},
  },
})

if (process.env.SANITY_STUDIO_PROJECT_ID) {
  console.log(
    `SANITY_STUDIO_PROJECT_ID is set (${process.env.SANITY_STUDIO_PROJECT_ID}, dataset ${process.env.SANITY_STUDIO_DATASET ?? 'production'}): ` +
      'running `sanity dev` against the real Content Lake, not the local lake.',
  )
  const child = spawn(join(ROOT, 'node_modules/.bin/sanity'), ['dev', '--port', values.port], {cwd: ROOT, stdio: 'inherit'})
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  const studioDir = join(ROOT, 'dist')
  if (!existsSync(join(studioDir, 'index.html')) || (!values['no-build'] && !isBuildFresh(studioDir))) {
    console.log('Building the Studio for the local lake (sanity build)…')
    try {
      buildStudio(studioDir, {log: true})
    } catch {
      process.exit(1)
    }
  } else {
    console.log(`Serving the Studio built in ${studioDir} (no source changed since; --no-build skips this check)`)
  }
  if (values.reset) {
    for (const suffix of ['', '.tmp']) rmSync(`${values.data}${suffix}`, {force: true})
    rmSync(values.data.replace(/\.ndjson$/, '.history.ndjson'), {force: true})
  }
  const lake = await startLocalLake({
    port: Number(values.port),
    studioDir,
    dataFile: values.data,
    seedFiles: values.seed?.map((f) => resolve(f)),
    accessFile: values.access ? resolve(values.access) : undefined,
    onUnknownRequest: (method, path) => console.warn(`[local-lake] not implemented: ${method} ${path}`),
  })
  const users = lake.access.users.map((u) => `${u.id} (${u.roles.join(', ')})`).join(', ')
  console.log(`
  Studio + local lake ready in ${((performance.now() - started) / 1000).toFixed(1)} s:

      ${lake.origin}/

  Documents: ${lake.store.all().length}, kept in ${values.data} (npm start -- --reset to start over)
  Users: ${users}
  Switch user with ?as=<user id or role>, e.g. ${lake.origin}/structure?as=managing-editor,
  or with the "Switch user (offline)" tool in the Studio's top bar.
${
  lake.certificate.caFile
    ? `
  HTTPS uses a certificate from a local CA made for this checkout. Trust it once and the browser
  shows no warning (or click through the warning: the Studio works either way):

      ${trustInstructions(lake.certificate.caFile)}
`
    : ''
}
  Nothing here talks to Sanity: the Studio's pages are limited to this origin by a Content-Security-Policy.
  Ctrl-C to stop.`)
  const stop = async () => {
    await lake.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
