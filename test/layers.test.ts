// The pure layers never import the Studio's libraries: the same engine runs in the CLI, a server and tests.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'

const src = new URL('../plugins/editorial-checks/src/', import.meta.url).pathname
const pure = ['engine', 'rules', 'kb', 'approval']
const forbidden = /from\s+['"](sanity|sanity\/[^'"]*|@sanity\/ui|react|react-dom|styled-components|node:[^'"]+|fs|path)['"]/

function files(dir: string): string[] {
  let out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out = out.concat(files(p))
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p)
  }
  return out
}

describe('layer boundaries', () => {
  test.each(pure)('%s/ imports neither sanity, react, @sanity/ui nor Node I/O', (layer) => {
    let dir: string
    try {
      dir = join(src, layer)
      statSync(dir)
    } catch {
      return
    }
    const offenders = files(dir).filter((f) => forbidden.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  test('the checker catches an offender', () => {
    expect(forbidden.test(`import {useClient} from 'sanity'`)).toBe(true)
    expect(forbidden.test(`import {readFileSync} from 'node:fs'`)).toBe(true)
    expect(forbidden.test(`import {run} from '../engine/index.ts'`)).toBe(false)
  })
})
