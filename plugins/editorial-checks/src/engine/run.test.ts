import {describe, expect, test} from 'vitest'
import {buildArticleView, defineRule, removeBlock, replaceText, resolveRules, run, validateConfig, ConfigError, type CheckConfig, type Rule} from './index.ts'

const article = buildArticleView({
  _id: 'drafts.a',
  _type: 'article',
  body: [
    {_type: 'block', _key: 'k0', children: [{_key: 'k0a', text: 'Talks between Pyongyang '}, {_key: 'k0b', text: 'and Washington.'}]},
    {_type: 'block', _key: 'k1', children: [{_key: 'k1a', text: 'Subscribe now.'}]},
  ],
})

const wordRule = defineRule<{word: string}>({
  meta: {
    id: 'word',
    category: 'style',
    defaultSeverity: 'warning',
    description: 'finds a word',
    messages: {found: 'Found {{word}}.'},
    defaultOptions: {word: 'Pyongyang'},
    validateOptions: (o) => (typeof o.word === 'string' ? [] : ['"word" must be a string']),
  },
  check(view, ctx) {
    for (const block of view.blocks) {
      const i = block.text.indexOf(ctx.options.word)
      if (i >= 0) {
        const range: [number, number] = [i, i + ctx.options.word.length]
        ctx.report({messageId: 'found', data: {word: ctx.options.word}, block, range, fix: replaceText(block, range, 'Moscow')})
      }
    }
  },
})

const blockRule = defineRule({
  meta: {id: 'block', category: 'subscription-boilerplate', defaultSeverity: 'error', description: 'b', messages: {m: 'boilerplate'}},
  check(view, ctx) {
    ctx.report({messageId: 'm', block: view.blocks[1]!, fix: removeBlock(view.blocks[1]!)})
  },
})

const throwingRule = defineRule({
  meta: {id: 'throws', category: 'author-bio', defaultSeverity: 'info', description: 't', messages: {m: 'm'}},
  check(view, ctx) {
    ctx.report({messageId: 'm', block: view.blocks[0]!})
    throw new Error('boom')
  },
})

describe('run', () => {
  test('a finding inside one span gets the span path and a span-relative range, with a replace fix', () => {
    const [f] = run(article, [wordRule])
    expect(f).toMatchObject({ruleId: 'word', category: 'style', severity: 'warning', messageId: 'found', blockKey: 'k0'})
    expect(f!.path).toEqual(['body', {_key: 'k0'}, 'children', {_key: 'k0a'}])
    expect(f!.range).toEqual([14, 23])
    expect(f!.evidence).toBe('Pyongyang')
    expect(f!.fix!.edits).toEqual([
      {type: 'replaceText', path: ['body', {_key: 'k0'}, 'children', {_key: 'k0a'}], range: [14, 23], text: 'Moscow', expected: 'Pyongyang'},
    ])
  })

  test('a range in a second span is relative to that span', () => {
    const [f] = run(article, [wordRule], {rules: {word: ['info', {word: 'Washington'}]}})
    expect(f!.path).toEqual(['body', {_key: 'k0'}, 'children', {_key: 'k0b'}])
    expect(f!.range).toEqual([4, 14])
    expect(f!.severity).toBe('info')
  })

  test('a range across spans stays on the block, and offers no replace fix', () => {
    const crossing = defineRule({
      meta: {id: 'cross', category: 'style', defaultSeverity: 'info', description: 'c', messages: {m: 'm'}},
      check(view, ctx) {
        const b = view.blocks[0]!
        ctx.report({messageId: 'm', block: b, range: [14, 30], fix: replaceText(b, [14, 30], 'x')})
      },
    })
    const [f] = run(article, [crossing])
    expect(f!.path).toEqual(['body', {_key: 'k0'}])
    expect(f!.range).toEqual([14, 30])
    expect(f!.fix).toBeUndefined()
  })

  test('a whole-block finding has the block path and the full range', () => {
    const [f] = run(article, [blockRule])
    expect(f).toMatchObject({path: ['body', {_key: 'k1'}], range: [0, 14], severity: 'error'})
    expect(f!.fix!.edits).toEqual([{type: 'removeBlock', path: ['body', {_key: 'k1'}]}])
  })

  test.each<[string, CheckConfig | undefined, string[]]>([
    ['default severity', undefined, ['warning', 'error']],
    ['off silences a rule', {rules: {word: 'off'}}, ['error']],
    ['severity from config', {rules: {word: 'error', block: 'info'}}, ['error', 'info']],
    ['tuple form', {rules: {block: ['warning']}}, ['warning', 'warning']],
  ])('%s', (_name, config, severities) => {
    expect(run(article, [wordRule, blockRule], config).map((f) => f.severity)).toEqual(severities)
  })

  test('a rule that throws becomes an internal error finding; the others still run', () => {
    const findings = run(article, [throwingRule, blockRule])
    expect(findings.map((f) => [f.ruleId, f.category, f.severity])).toEqual([
      ['throws', 'author-bio', 'info'],
      ['throws', 'internal', 'error'],
      ['block', 'subscription-boilerplate', 'error'],
    ])
    expect(findings[1]!.message).toContain('boom')
  })

  test('an unknown messageId is a rule bug, reported as internal', () => {
    const bad = defineRule({
      meta: {id: 'bad', category: 'style', defaultSeverity: 'info', description: 'b', messages: {m: 'm'}},
      check(view, ctx) {
        ctx.report({messageId: 'nope', block: view.blocks[0]!})
      },
    })
    expect(run(article, [bad]).map((f) => f.category)).toEqual(['internal'])
  })

  test('memo is shared between rules of one run and fresh for the next', () => {
    let computed = 0
    const memoRule = (id: string): Rule => ({
      meta: {id, category: 'style', defaultSeverity: 'info', description: id, messages: {m: 'm'}},
      check(_v, ctx) {
        ctx.memo('shared', () => ++computed)
      },
    })
    run(article, [memoRule('a'), memoRule('b')])
    expect(computed).toBe(1)
    run(article, [memoRule('a')])
    expect(computed).toBe(2)
  })
})

describe('config validation', () => {
  test.each([
    [{rules: {nope: 'error'}}, /unknown rule "nope"/],
    [{rules: {word: 'fatal'}}, /severity must be one of off, info, warning, error/],
    [{rules: {word: ['error', {word: 3}]}}, /"word" must be a string/],
    [{rules: {word: ['error', 'x']}}, /options must be an object/],
    [{rules: []}, /"rules" must be an object/],
    ['nope', /config must be an object/],
  ])('%j is rejected', (config, message) => {
    const problems = validateConfig(config, [wordRule])
    expect(problems.join('\n')).toMatch(message)
    expect(() => resolveRules([wordRule], config as never)).toThrow(ConfigError)
  })

  test('a valid config passes and options merge over defaults', () => {
    expect(validateConfig({rules: {word: ['warning', {word: 'Kyiv'}]}}, [wordRule])).toEqual([])
    expect(resolveRules([wordRule], {rules: {word: ['warning', {word: 'Kyiv'}]}})[0]!.options).toEqual({word: 'Kyiv'})
    expect(resolveRules([wordRule])[0]!.options).toEqual({word: 'Pyongyang'})
  })
})
