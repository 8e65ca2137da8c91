import {describe, expect, test} from 'vitest'
import {EditorialChecksConfigError, resolveOptions, validateOptions} from './config.ts'

describe('plugin options', () => {
  test('defaults', () => {
    expect(resolveOptions(undefined)).toEqual({
      documentTypes: ['article'],
      approverRoles: ['administrator', 'managing-editor'],
      checkConfig: {},
      kb: {},
      bodyField: 'body',
      debounceMs: 400,
      scheduledDrafts: 'off',
    })
  })

  test.each([
    [{documentTypes: 'article'}, /"documentTypes" must be a non-empty list/],
    [{documentTypes: []}, /"documentTypes" must be a non-empty list/],
    [{approverRoles: [3]}, /"approverRoles" must be a non-empty list of role names/],
    [{rules: {'no-such-rule': 'error'}}, /unknown rule "no-such-rule" \(known: subscription-boilerplate/],
    [
      {rules: {'subscription-boilerplate': 'loud'}},
      /rule "subscription-boilerplate": severity must be one of off, info, warning, error, got "loud"/,
    ],
    [{rules: {'subscription-boilerplate': ['error', 'x']}}, /options must be an object/],
    [{kb: 'kb.json'}, /"kb" must be an object/],
    [{debounceMs: -1}, /"debounceMs"/],
    [{scheduledDrafts: true}, /"scheduledDrafts" must be "off" or "gated-by-validation"/],
    [{documentType: ['article']}, /unknown option "documentType"/],
    ['article', /takes an options object/],
  ])('%j is refused: %s', (options, message) => {
    const problems = validateOptions(options)
    expect(problems.join('\n')).toMatch(message)
    expect(() => resolveOptions(options as never)).toThrow(EditorialChecksConfigError)
  })

  test('every problem is listed at once', () => {
    expect(() => resolveOptions({documentTypes: [], approverRoles: []} as never)).toThrow(
      /invalid configuration\n {2}- "documentTypes".*\n {2}- "approverRoles"/,
    )
  })

  test('a rule severity, with options, is accepted', () => {
    expect(resolveOptions({rules: {'subscription-boilerplate': ['warning', {}]}}).checkConfig).toEqual({
      rules: {'subscription-boilerplate': ['warning', {}]},
    })
  })
})
