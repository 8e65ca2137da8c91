import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import type {SanityDocumentLike} from '../engine/index.ts'
import {contentHash} from './content-hash.ts'
import {buildApproval, type ReviewContext} from './policy.ts'
import {checkPublish, type PublishGuardInput} from './publish-guard.ts'
import type {ApprovalRecord} from './types.ts'

const seedDocs: SanityDocumentLike[] = readFileSync(new URL('../../../../test/fixtures/seed-article.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
const draft = seedDocs.find((d) => d._type === 'article')!
const people = seedDocs.filter((d) => d._type === 'person')

const EDITOR = ['editor']
const MANAGING = {id: 'p-max-managing', name: 'Max Managing', roles: ['managing-editor']}

/** An approval of `doc` by `actor`, overriding every blocking finding with a reason (as the Studio records it). */
function approvalOf(doc: SanityDocumentLike, actor = MANAGING, at = '2026-01-02T10:00:00.000Z'): ApprovalRecord {
  const {findings, contentHash: hash, decision} = checkPublish({draft: doc, people})
  const ctx: ReviewContext = {findings, contentHash: hash, blockTexts: new Map()}
  return buildApproval({
    documentId: String(doc._id),
    documentType: 'article',
    actor,
    now: new Date(at),
    ctx,
    reasons: new Map(decision.blocking.map((s) => [s.fingerprint, 'Checked with the desk'])),
  })
}

const edited = {...draft, title: `${String(draft.title)} (updated)`}
const clean: SanityDocumentLike = {
  _id: 'drafts.clean',
  _type: 'article',
  title: 'Council approves the new library budget',
  body: [
    {
      _type: 'block',
      _key: 'p1',
      style: 'normal',
      markDefs: [],
      children: [{_type: 'span', _key: 'p1s', text: 'The council approved the library budget on Tuesday.', marks: []}],
    },
  ],
}

describe('checkPublish', () => {
  test('the seed article has open errors (the premise of the table)', () => {
    const result = checkPublish({draft, people, roles: EDITOR})
    expect(result.blocking.length).toBeGreaterThan(0)
    expect(result.contentHash).toBe(contentHash(draft))
  })

  const cases: [string, PublishGuardInput, boolean, RegExp?][] = [
    ['editor, open errors, no records → refused', {draft, people, roles: EDITOR}, false, /^Can't publish yet: \d+ checks? needs? fixing or approval by an administrator or managing editor/],
    ['editor, a valid approval covering every error → allowed', {draft, people, roles: EDITOR, records: {approvals: [approvalOf(draft)]}}, true],
    [
      'editor, an approval of an older content hash → refused, and says why',
      {draft: edited, people, roles: EDITOR, records: {approvals: [approvalOf(draft)]}},
      false,
      /the article was edited after it was approved/,
    ],
    [
      'an approval by someone without an approver role → refused',
      {draft, people, roles: EDITOR, records: {approvals: [approvalOf(draft, {id: 'p-edna-editor', name: 'Edna Editor', roles: ['editor']})]}},
      false,
      /does not hold an approver role/,
    ],
    [
      'managing editor publishing directly, nothing recorded → refused: the policy wants a recorded approval',
      {draft, people, roles: ['managing-editor']},
      false,
      /record the approval/,
    ],
    ['managing editor with their recorded approval → allowed', {draft, people, roles: ['managing-editor'], records: {approvals: [approvalOf(draft)]}}, true],
    [
      'approver roles come from the caller: an approval by a role not listed does not count',
      {draft, people, roles: EDITOR, approverRoles: ['administrator'], records: {approvals: [approvalOf(draft)]}},
      false,
      /does not hold an approver role/,
    ],
    ['a clean article → allowed', {draft: clean, roles: EDITOR}, true],
  ]

  test.each(cases)('%s', (_name, input, allowed, reason) => {
    const result = checkPublish(input)
    expect(result.allowed).toBe(allowed)
    if (allowed) {
      expect(result.reason).toBeUndefined()
      expect(result.blocking).toEqual([])
    } else {
      expect(result.reason).toMatch(reason!)
      expect(result.blocking.length).toBeGreaterThan(0)
    }
  })

  test('people may be a map of ids or a list of documents', () => {
    const asMap = checkPublish({draft, people: new Map(people.map((p) => [String(p._id), p]))})
    expect(asMap.findings).toEqual(checkPublish({draft, people}).findings)
  })

  test('the state says how the gate opened', () => {
    expect(checkPublish({draft: clean}).state).toBe('clean')
    expect(checkPublish({draft, people, records: {approvals: [approvalOf(draft)]}}).state).toBe('overridden')
  })
})
