import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import type {Finding} from '../engine/index.ts'
import {runCli} from './cli.ts'
import {textToDocument} from './read-input.ts'

const seed = new URL('../../../../test/fixtures/seed-article.ndjson', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'ec-cli-'))
const file = (name: string, content: string) => {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: {write: (s: string) => (stdout += s)},
    stderr: {write: (s: string) => (stderr += s)},
    env: {},
  })
  return {code, stdout, stderr}
}

const block = (key: string, text: string) => ({_type: 'block', _key: key, children: [{_type: 'span', _key: `${key}s`, text, marks: []}]})
const clean = {_id: 'clean', _type: 'article', title: 'Clean', body: [block('c0', 'The council voted on Tuesday to close the bridge for repairs.')]}
const dirty = {_id: 'dirty', _type: 'article', title: 'Dirty', body: [block('d0', 'The council met.'), block('d1', 'Sign up for our newsletter to get the latest news delivered to your inbox.')]}

describe('check CLI', () => {
  test('--format json writes exactly one JSON object with the contract fields', async () => {
    const {code, stdout, stderr} = await cli('--format', 'json', seed)
    const out = JSON.parse(stdout)
    expect(Object.keys(out)).toEqual(['documents', 'summary'])
    expect(out.documents).toHaveLength(1)
    expect(out.documents[0].documentId).toBe('drafts.article-hegseth-kyiv')
    expect(out.summary.documents).toBe(1)
    const errors = out.documents[0].findings.filter((f: Finding) => f.severity === 'error').length
    expect(out.summary.errors).toBe(errors)
    expect(code).toBe(errors ? 1 : 0)
    for (const f of out.documents[0].findings as Finding[]) {
      expect(f).toEqual(expect.objectContaining({ruleId: expect.any(String), category: expect.any(String), severity: expect.any(String), message: expect.any(String), path: expect.any(Array)}))
    }
    expect(stderr).toBe('')
  })

  test('exit 0 for a clean article, 1 when error findings exist', async () => {
    expect((await cli(file('clean.json', JSON.stringify(clean)))).code).toBe(0)
    const dirtyRun = await cli('--format', 'json', file('dirty.json', JSON.stringify([clean, dirty])))
    expect(dirtyRun.code).toBe(1)
    const docs = JSON.parse(dirtyRun.stdout).documents
    expect(docs.map((d: {documentId: string}) => d.documentId)).toEqual(['clean', 'dirty'])
    expect(docs[1].findings.map((f: Finding) => [f.ruleId, f.path])).toContainEqual(['subscription-boilerplate', ['body', {_key: 'd1'}]])
  })

  test('a malformed NDJSON line is named on stderr, the other documents are still checked, exit 2', async () => {
    const p = file('mixed.ndjson', [JSON.stringify(clean), '{"_id": "broken", ', '', JSON.stringify(dirty), '[1,2]'].join('\n'))
    const {code, stdout, stderr} = await cli('--format', 'json', p)
    expect(code).toBe(2)
    expect(stderr).toContain(`${p}:2: invalid JSON`)
    expect(stderr).toContain(`${p}:5: the line is not a JSON object`)
    const out = JSON.parse(stdout)
    expect(out.documents.map((d: {documentId: string; line: number}) => [d.documentId, d.line])).toEqual([['clean', 1], ['dirty', 4]])
  })

  test.each([
    [['--format', 'xml', seed], /--format must be pretty, json or sarif/],
    [['--date', '2025-13-01', seed], /--date must be a real date/],
    [['--date', 'tomorrow', seed], /--date must be a real date/],
    [[], /no input files/],
    [['--bogus', seed], /Unknown option '--bogus'/],
    [[join(dir, 'missing.ndjson')], /missing\.ndjson: no such file/],
    [[dir], /is a directory/],
  ])('usage and read errors exit 2: %j', async (argv, message) => {
    const {code, stderr} = await cli(...argv)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })

  test('an unsupported extension and a bad config are clear errors', async () => {
    expect((await cli(file('a.csv', 'x'))).stderr).toMatch(/unsupported file type "\.csv"/)
    const cfg = file('bad-config.json', JSON.stringify({rules: {'subscription-boilerplate': 'loud'}}))
    const r = await cli('--config', cfg, seed)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/subscription-boilerplate.*severity must be one of/)
  })

  test('--config turns a rule off', async () => {
    const cfg = file('off.json', JSON.stringify({rules: {'subscription-boilerplate': 'off'}}))
    const {stdout} = await cli('--format', 'json', '--config', cfg, file('dirty2.json', JSON.stringify(dirty)))
    expect(JSON.parse(stdout).documents[0].findings.map((f: Finding) => f.ruleId)).not.toContain('subscription-boilerplate')
  })

  test('--kb merges newsroom offices: a stale mayor is caught only with the extra file', async () => {
    const kbFile = new URL('../../../../test/fixtures/kb/nyc-mayor.json', import.meta.url).pathname
    const article = new URL('../../../../test/fixtures/kb/adams-2026.json', import.meta.url).pathname
    const without = JSON.parse((await cli('--format', 'json', article)).stdout)
    expect(without.documents[0].findings).toEqual([])
    const withKb = await cli('--format', 'json', '--kb', kbFile, article)
    expect(withKb.code).toBe(1)
    const [f] = JSON.parse(withKb.stdout).documents[0].findings
    expect(f).toMatchObject({ruleId: 'stale-officeholder', category: 'entity-name', severity: 'error', blockKey: 'b0'})
  })

  test('--kb with an invalid file exits 2 naming the file and every problem', async () => {
    const bad = file('bad-kb.json', JSON.stringify({jurisdiction: 'PT', offices: [{id: 'x'}]}))
    const {code, stderr} = await cli('--kb', bad, seed)
    expect(code).toBe(2)
    expect(stderr).toContain(`${bad}: "source" is missing`)
    expect(stderr).toMatch(/offices\[0\] \(x\): "title" is missing/)
  })

  test('--date overrides the article date', async () => {
    const {stdout} = await cli('--format', 'json', '--date', '2025-06-01', seed)
    expect(JSON.parse(stdout).documents[0].date).toBe('2025-06-01')
  })

  test('--format sarif is SARIF 2.1.0 with one result per finding', async () => {
    const json = JSON.parse((await cli('--format', 'json', seed)).stdout)
    const sarif = JSON.parse((await cli('--format', 'sarif', seed)).stdout)
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]
    expect(run.tool.driver.name).toBe('editorial-checks')
    expect(run.tool.driver.rules.map((r: {id: string}) => r.id)).toContain('author-bio')
    expect(run.results).toHaveLength(json.documents[0].findings.length)
    for (const r of run.results) {
      expect(['error', 'warning', 'note']).toContain(r.level)
      expect(r.locations[0].physicalLocation).toEqual({artifactLocation: {uri: seed}, region: {startLine: 2}})
      expect(r.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^drafts\.article-hegseth-kyiv:/)
    }
  })

  test('pretty output groups by document and category and shows the paragraph', async () => {
    const {stdout} = await cli(file('dirty3.json', JSON.stringify(dirty)))
    expect(stdout).toContain('dirty  “Dirty”')
    expect(stdout).toMatch(/\n {2}subscription-boilerplate\n/)
    expect(stdout).toContain('paragraph 1 [d1]')
    expect(stdout).toContain('│ Sign up for our newsletter')
    expect(stdout).toContain('fix: Remove paragraph')
    expect(stdout).toMatch(/in 1 document\n$/)
  })

  test('person documents resolve bylines and are not checked themselves', async () => {
    const {stdout} = await cli('--format', 'json', seed)
    expect(JSON.parse(stdout).documents.map((d: {documentType: string}) => d.documentType)).toEqual(['article'])
  })

  test('progress goes to stderr, never stdout', async () => {
    const docs = Array.from({length: 5}, (_, i) => JSON.stringify({...clean, _id: `c${i}`})).join('\n')
    const {stdout, stderr} = await cli('--format', 'json', '--progress', file('many.ndjson', docs))
    expect(stderr).toContain('5/5')
    expect(() => JSON.parse(stdout)).not.toThrow()
  })
})

describe('text input', () => {
  test.each([
    ['blank lines separate paragraphs; wrapped lines join', '# Title here\n\nFirst line\ncontinues.\n\nSecond.\n', 'Title here', ['First line continues.', 'Second.']],
    ['scraped text: long lines are paragraphs even without blank lines', `${'A'.repeat(120)}\nTwo.\r\nThree.`, '', ['A'.repeat(120), 'Two.', 'Three.']],
    ['short lines without blank lines are one wrapped paragraph', 'One\ntwo\nthree.', '', ['One two three.']],
    ['empty file', '', '', []],
  ])('%s', (_name, text, title, paragraphs) => {
    const {doc} = textToDocument(text, 'x.md')
    expect(doc.title).toBe(title)
    expect((doc.body as Array<{children: Array<{text: string}>}>).map((b) => b.children[0]!.text)).toEqual(paragraphs)
  })

  test('the seed as .txt is checked like the NDJSON version', async () => {
    const txt = new URL('../../../../test/fixtures/seed-article.txt', import.meta.url).pathname
    const {stdout} = await cli('--format', 'json', txt)
    const doc = JSON.parse(stdout).documents[0]
    expect(doc.documentId).toBe(txt)
    const ids = (doc.findings as Finding[]).filter((f) => f.category === 'subscription-boilerplate').map((f) => f.blockKey)
    // The .txt has the dek as its first line, so paragraph numbers are one more than in the NDJSON body.
    expect(ids).toEqual(['p25', 'p26'])
  })
})

