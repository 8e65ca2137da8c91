import {describe, expect, test} from 'vitest'
import type {Finding} from '../engine/index.ts'
import {contentHash, findingFingerprint, textHash} from './content-hash.ts'
import {
  approverLabel,
  buildApproval,
  buildApprovalRequest,
  buildIgnore,
  canApprove,
  canPublish,
  canRequestApproval,
  isApprovalValid,
  mayApprove,
  type ReviewContext,
} from './policy.ts'
import type {ApprovalRecord, IgnoreRecord} from './types.ts'

const HASH = contentHash({_type: 'article', title: 'as approved'})
const EDITED = contentHash({_type: 'article', title: 'edited since'})
const blockTexts = new Map([
  ['sub', 'Subscribe to get the latest posts sent to your email.'],
  ['pyo', 'Talks between Pyongyang and Washington.'],
  ['us', 'US and U.S. both used.'],
])

const subscription: Finding = {
  ruleId: 'subscription-boilerplate',
  category: 'subscription-boilerplate',
  severity: 'error',
  messageId: 'prompt',
  message: 'Subscribe prompt',
  path: ['body', {_key: 'sub'}],
  blockKey: 'sub',
}
const pyongyang: Finding = {
  ruleId: 'entity-name',
  category: 'entity-name',
  severity: 'error',
  messageId: 'capital',
  message: 'Did you mean Moscow?',
  path: ['body', {_key: 'pyo'}, 'children', {_key: 'pyos'}],
  range: [15, 24],
  blockKey: 'pyo',
  evidence: 'Pyongyang',
}
const houseStyle: Finding = {
  ruleId: 'us-style',
  category: 'style',
  severity: 'warning',
  messageId: 'mixed',
  message: 'US and U.S.',
  path: ['body', {_key: 'us'}],
  blockKey: 'us',
}
const crashed: Finding = {
  ruleId: 'entity-name',
  category: 'internal',
  severity: 'error',
  messageId: 'internal',
  message: 'The check failed',
  path: [],
}

const FINDINGS = {
  none: [],
  warning: [houseStyle],
  error: [pyongyang],
  errors: [subscription, pyongyang, houseStyle],
  internal: [crashed],
} satisfies Record<string, Finding[]>

const managing = {id: 'p-max', name: 'Max Managing', roles: ['managing-editor']}
const editor = {id: 'p-edna', name: 'Edna Editor', roles: ['editor']}

/** An approval of `HASH` by `by`, overriding `covers` with a reason (or with `reason`). */
function approval(
  by: ApprovalRecord['approvedBy'],
  covers: Finding[],
  opts: {hash?: string; reason?: string; at?: string} = {},
): ApprovalRecord {
  return {
    documentId: 'a',
    contentHash: opts.hash ?? HASH,
    approvedBy: by,
    approvedAt: opts.at ?? '2025-02-13T19:00:00.000Z',
    overrides: covers.map((f) => ({
      fingerprint: findingFingerprint(f),
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      reason: opts.reason ?? 'Checked with the desk',
    })),
  }
}

const APPROVALS = {
  none: () => [],
  valid: (findings: Finding[]) => [
    approval(
      managing,
      findings.filter((f) => f.severity === 'error'),
    ),
  ],
  'edited since': (findings: Finding[]) => [
    approval(
      managing,
      findings.filter((f) => f.severity === 'error'),
      {hash: EDITED},
    ),
  ],
  'by an editor': (findings: Finding[]) => [
    approval(
      editor,
      findings.filter((f) => f.severity === 'error'),
    ),
  ],
  'reason missing': (findings: Finding[]) => [
    approval(
      managing,
      findings.filter((f) => f.severity === 'error'),
      {reason: ' '},
    ),
  ],
  'misses a finding': (findings: Finding[]) => [approval(managing, findings.filter((f) => f.severity === 'error').slice(1))],
  'void, then valid': (findings: Finding[]) => [
    approval(
      managing,
      findings.filter((f) => f.severity === 'error'),
      {at: '2025-02-13T18:00:00.000Z'},
    ),
    approval(managing, [], {hash: EDITED, at: '2025-02-13T20:00:00.000Z'}),
  ],
} satisfies Record<string, (findings: Finding[]) => ApprovalRecord[]>

const ROLES = {
  editor: ['editor'],
  'managing-editor': ['managing-editor'],
  administrator: ['administrator'],
  contributor: ['contributor'],
  'no roles': [],
  'editor + managing-editor': ['editor', 'managing-editor'],
} satisfies Record<string, string[]>

function context(findings: keyof typeof FINDINGS, approvals: keyof typeof APPROVALS): ReviewContext {
  const f = FINDINGS[findings]
  return {findings: f, contentHash: HASH, blockTexts, approvals: APPROVALS[approvals](f)}
}

const allReasons = (ctx: ReviewContext) => new Map(ctx.findings.map((f) => [findingFingerprint(f), 'Verified by the desk']))

// role × findings × approval state → may publish? may approve/override (with a reason for each finding)?
// Publishing does not depend on the role (the Studio's own publish permission is separate); approving does.
// prettier-ignore
const TABLE: Array<[keyof typeof ROLES, keyof typeof FINDINGS, keyof typeof APPROVALS, boolean, boolean]> = [
  // role                       findings    approval            publish  approve
  ['editor',                     'none',     'none',             true,    false],
  ['editor',                     'warning',  'none',             true,    false],
  ['editor',                     'error',    'none',             false,   false],
  ['editor',                     'errors',   'none',             false,   false],
  ['editor',                     'internal', 'none',             false,   false],
  ['editor',                     'error',    'valid',            true,    false],
  ['editor',                     'errors',   'valid',            true,    false],
  ['editor',                     'internal', 'valid',            true,    false],
  ['editor',                     'error',    'edited since',     false,   false],
  ['editor',                     'error',    'by an editor',     false,   false],
  ['editor',                     'error',    'reason missing',   false,   false],
  ['editor',                     'errors',   'misses a finding', false,   false],
  ['editor',                     'errors',   'void, then valid', true,    false],
  ['contributor',                'error',    'none',             false,   false],
  ['no roles',                   'error',    'valid',            true,    false],
  ['managing-editor',            'none',     'none',             true,    true],
  ['managing-editor',            'error',    'none',             false,   true],
  ['managing-editor',            'internal', 'none',             false,   true],
  ['managing-editor',            'errors',   'edited since',     false,   true],
  ['managing-editor',            'errors',   'valid',            true,    true],
  ['administrator',              'errors',   'none',             false,   true],
  ['administrator',              'internal', 'by an editor',     false,   true],
  ['editor + managing-editor',   'error',    'none',             false,   true],
]

describe('the gate: role × findings × approval → allowed?', () => {
  test.each(TABLE)('%s, %s findings, approval %s → publish %s, approve %s', (role, findings, approvals, publish, approve) => {
    const ctx = context(findings, approvals)
    const decision = canPublish(ctx)
    expect(decision.allowed).toBe(publish)
    if (!publish) expect(decision.reason).toMatch(/^Can't publish yet/)
    expect(canApprove(ROLES[role], ctx, allReasons(ctx)).allowed).toBe(approve)
  })
})

describe('canPublish', () => {
  test('names the state', () => {
    expect(canPublish(context('none', 'none')).state).toBe('clean')
    expect(canPublish(context('warning', 'none')).state).toBe('clean')
    expect(canPublish(context('error', 'valid')).state).toBe('overridden')
    expect(canPublish(context('none', 'valid')).state).toBe('approved')
    expect(canPublish(context('error', 'none')).state).toBe('blocked')
  })

  test('the reason counts by category and says who can approve', () => {
    const {reason, blocking} = canPublish(context('errors', 'none'))
    expect(blocking.map((s) => s.finding.ruleId)).toEqual(['subscription-boilerplate', 'entity-name'])
    expect(reason).toBe(
      "Can't publish yet: 2 checks need fixing or approval by an administrator or managing editor (1 subscription prompt, 1 name or title).",
    )
  })

  test('an edit after approval voids it, and the reason says so', () => {
    const decision = canPublish(context('error', 'edited since'))
    expect(decision.voided?.reason).toMatch(/edited after it was approved/)
    expect(decision.reason).toMatch(/The approval by Max Managing no longer applies/)
  })

  test('an internal finding says it can only be overridden', () => {
    expect(canPublish(context('internal', 'none')).reason).toMatch(/can only be overridden/)
  })

  test('overridden findings carry who and why', () => {
    const [state] = canPublish(context('error', 'valid')).states
    expect(state).toMatchObject({status: 'overridden', override: {reason: 'Checked with the desk', by: managing}})
  })

  test('uses the configured approver roles', () => {
    const ctx = {...context('error', 'valid'), approverRoles: ['chief-editor']}
    expect(canPublish(ctx).allowed).toBe(false)
    expect(canPublish(ctx).reason).toMatch(/approval by a chief editor/)
    expect(mayApprove(['chief-editor'], ['chief-editor'])).toBe(true)
    expect(mayApprove(['managing-editor'], ['chief-editor'])).toBe(false)
  })
})

describe('ignore this instance', () => {
  const ignore = (finding: Finding, text: string, reason = 'House style allows it'): IgnoreRecord => ({
    documentId: 'a',
    fingerprint: findingFingerprint(finding),
    ruleId: finding.ruleId,
    blockKey: finding.blockKey,
    textHash: textHash(text),
    reason,
    ignoredBy: editor,
    ignoredAt: '2025-02-13T18:30:00.000Z',
  })

  test.each([
    ['a warning, paragraph unchanged', houseStyle, blockTexts.get('us')!, 'A reason', 'ignored'],
    ['a warning, paragraph since edited', houseStyle, 'US and U.S. both used (old text).', 'A reason', 'open'],
    ['a warning, no reason', houseStyle, blockTexts.get('us')!, '  ', 'open'],
    ['an error: never lets it through', pyongyang, blockTexts.get('pyo')!, 'A reason', 'open'],
  ] as const)('%s → %s', (_what, finding, text, reason, status) => {
    const ctx: ReviewContext = {findings: [finding], contentHash: HASH, blockTexts, ignores: [ignore(finding, text, reason)]}
    const [state] = canPublish(ctx).states
    expect(state!.status).toBe(status)
  })

  test("an ignored error stays blocking but carries the editor's reason into the request", () => {
    const ctx: ReviewContext = {findings: [pyongyang], contentHash: HASH, blockTexts, ignores: [ignore(pyongyang, blockTexts.get('pyo')!)]}
    expect(canPublish(ctx).allowed).toBe(false)
    const request = buildApprovalRequest({documentId: 'drafts.a', actor: editor, now: new Date('2025-02-13T19:00:00Z'), ctx})
    expect(request.openFindings).toEqual([expect.objectContaining({ruleId: 'entity-name', ignoreReason: 'House style allows it'})])
    expect(request.documentId).toBe('a')
  })

  test('buildIgnore ties it to the paragraph text', () => {
    const record = buildIgnore({
      documentId: 'drafts.a',
      finding: houseStyle,
      actor: editor,
      now: new Date(0),
      reason: ' ok ',
      ctx: {blockTexts, contentHash: HASH},
    })
    expect(record).toMatchObject({documentId: 'a', textHash: textHash(blockTexts.get('us')!), reason: 'ok', blockKey: 'us'})
    expect(() =>
      buildIgnore({
        documentId: 'a',
        finding: houseStyle,
        actor: editor,
        now: new Date(0),
        reason: '',
        ctx: {blockTexts, contentHash: HASH},
      }),
    ).toThrow(/reason/)
    expect(() =>
      buildIgnore({
        documentId: 'a',
        finding: {...houseStyle, blockKey: 'gone'},
        actor: editor,
        now: new Date(0),
        reason: 'x',
        ctx: {blockTexts, contentHash: HASH},
      }),
    ).toThrow(/no longer/)
  })

  test('a document-level finding is tied to the whole content', () => {
    const warning = {...crashed, severity: 'warning' as const, category: 'style' as const}
    const record = buildIgnore({
      documentId: 'a',
      finding: warning,
      actor: editor,
      now: new Date(0),
      reason: 'ok',
      ctx: {blockTexts, contentHash: HASH},
    })
    expect(canPublish({findings: [warning], contentHash: HASH, blockTexts, ignores: [record]}).states[0]!.status).toBe('ignored')
    expect(canPublish({findings: [warning], contentHash: EDITED, blockTexts, ignores: [record]}).states[0]!.status).toBe('open')
  })
})

describe('approving', () => {
  test('every open blocking finding needs a reason', () => {
    const ctx = context('errors', 'none')
    const some = new Map([[findingFingerprint(subscription), 'Removed upstream']])
    const decision = canApprove(['managing-editor'], ctx, some)
    expect(decision.allowed).toBe(false)
    expect(decision.missingReasons.map((s) => s.finding.ruleId)).toEqual(['entity-name'])
  })

  test('the record binds who, when, the hash and each override, and then opens the gate until an edit', () => {
    const ctx = context('errors', 'none')
    const record = buildApproval({
      documentId: 'drafts.a',
      revision: 'r9',
      actor: managing,
      now: new Date('2025-02-13T19:00:00Z'),
      ctx,
      reasons: allReasons(ctx),
    })
    expect(record).toMatchObject({
      documentId: 'a',
      contentHash: HASH,
      revision: 'r9',
      approvedBy: managing,
      approvedAt: '2025-02-13T19:00:00.000Z',
    })
    expect(record.overrides.map((o) => [o.ruleId, o.reason])).toEqual([
      ['subscription-boilerplate', 'Verified by the desk'],
      ['entity-name', 'Verified by the desk'],
    ])
    expect(isApprovalValid(record, ctx)).toEqual({valid: true})
    expect(canPublish({...ctx, approvals: [record]}).allowed).toBe(true)
    expect(canPublish({...ctx, contentHash: EDITED, approvals: [record]}).allowed).toBe(false)
  })

  test('a request is refused when publishing is open, for approvers, and when one is already pending', () => {
    expect(canRequestApproval(['editor'], context('none', 'none'))).toMatchObject({valid: false})
    expect(canRequestApproval(['managing-editor'], context('error', 'none'))).toMatchObject({valid: false})
    const ctx = context('error', 'none')
    expect(canRequestApproval(['editor'], ctx)).toEqual({valid: true})
    const request = buildApprovalRequest({documentId: 'a', actor: editor, now: new Date(), ctx})
    expect(canRequestApproval(['editor'], {...ctx, requests: [request]})).toMatchObject({
      valid: false,
      reason: /already requested by Edna Editor/,
    })
    expect(canRequestApproval(['editor'], {...ctx, contentHash: EDITED, requests: [request]})).toMatchObject({valid: true})
  })

  test.each([
    [['managing-editor'], 'a managing editor'],
    [['administrator', 'managing-editor'], 'an administrator or managing editor'],
    [['a', 'b', 'c'], 'an a, b or c'],
  ])('approverLabel(%j) = %s', (roles, label) => {
    expect(approverLabel(roles)).toBe(label)
  })
})
