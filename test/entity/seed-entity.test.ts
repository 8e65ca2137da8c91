// The seed article's entity findings (test/fixtures/seed-article.expected.md), with the shipped KB and with the
// fixed fixture KB, on its own date (2025-02-13) and on 2025-06-01 (after Merz became chancellor).
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {checkDocument} from '../../plugins/editorial-checks/src/checks.ts'
import type {Finding, SanityDocumentLike} from '../../plugins/editorial-checks/src/engine/index.ts'
import {defaultKnowledgeBase} from '../../plugins/editorial-checks/src/kb/load.ts'
import {fixtureKb} from '../../plugins/editorial-checks/src/rules/entity/testing.ts'

const docs = readFileSync(new URL('../fixtures/seed-article.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as SanityDocumentLike)
const article = docs.find((d) => d._type === 'article')!
const people = new Map(docs.filter((d) => d._type === 'person').map((d) => [d._id as string, d]))
const entity = (findings: Finding[]) => findings.filter((f) => f.category === 'entity-name')
const summary = (findings: Finding[]) => entity(findings).map((f) => [f.ruleId, f.severity, f.blockKey ?? f.path.join('.'), f.evidence])
const pyongyangPath = ['body', {_key: 'eea7e6fe86ab'}, 'children', {_key: 'eea7e6fe86abs'}]

describe.each([
  ['shipped KB', () => defaultKnowledgeBase()],
  ['fixture KB', () => fixtureKb()],
])('the seed article with the %s', (_name, kb) => {
  test('on 2025-02-13: Pyongyang is an error with "Moscow" as the fix; the titles pass; lower-severity notes only', () => {
    const findings = checkDocument(article, {people, kb: kb()})
    expect(summary(findings)).toEqual([
      ['capital-metonym-mismatch', 'error', 'eea7e6fe86ab', 'Pyongyang'],
      ['office-descriptor', 'warning', 'acfb443ca323', 'military chief of the United States'],
      ['abbreviation-style', 'info', 'dek', 'U.S.'],
      ['abbreviation-style', 'info', 'ce671e2c067d', 'U.S.'],
    ])
    const pyongyang = entity(findings)[0]!
    expect(pyongyang.path).toEqual(pyongyangPath)
    expect(pyongyang.fix!.edits).toEqual([{type: 'replaceText', path: pyongyangPath, range: [106, 115], text: 'Moscow', expected: 'Pyongyang'}])
  })

  test('on 2025-06-01: "German Chancellor Olaf Scholz" is stale (Merz since 2025-05-06), nothing else changes', () => {
    const findings = checkDocument(article, {people, kb: kb(), date: new Date('2025-06-01T12:00:00Z')})
    const errors = entity(findings).filter((f) => f.severity === 'error')
    expect(errors.map((f) => [f.ruleId, f.blockKey, f.evidence])).toEqual([
      ['capital-metonym-mismatch', 'eea7e6fe86ab', 'Pyongyang'],
      ['stale-officeholder', '7613d2451daf', 'German Chancellor Olaf Scholz'],
    ])
    const scholz = errors[1]!
    const offered = [scholz.fix, ...(scholz.suggestions ?? [])].flatMap((f) => f!.edits).map((e) => (e.type === 'replaceText' ? e.text : ''))
    expect(offered).toEqual(['former German Chancellor', 'Friedrich Merz'])
  })
})
