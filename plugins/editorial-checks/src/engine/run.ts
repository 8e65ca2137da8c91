import {locate} from './fixes.ts'
import type {Rule, RuleContext} from './rule.ts'
import {SEVERITIES, type ActiveSeverity, type ArticleView, type CheckConfig, type Finding, type Severity} from './types.ts'

export class ConfigError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`Invalid editorial-checks config:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
    this.problems = problems
  }
}

export interface ResolvedRule {
  rule: Rule<any>
  severity: Severity
  options: Record<string, unknown>
}

const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)

/** Checks a config against the known rules; returns every problem in plain language (empty when valid). */
export function validateConfig(config: unknown, rules: readonly Rule<any>[]): string[] {
  const problems: string[] = []
  if (config === undefined) return problems
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return ['config must be an object']
  const ruleConfig = (config as CheckConfig).rules
  if (ruleConfig === undefined) return problems
  if (typeof ruleConfig !== 'object' || ruleConfig === null || Array.isArray(ruleConfig)) {
    return ['"rules" must be an object mapping rule ids to a severity or [severity, options]']
  }
  const known = new Map(rules.map((r) => [r.meta.id, r]))
  for (const [id, setting] of Object.entries(ruleConfig)) {
    const rule = known.get(id)
    if (!rule) {
      problems.push(`unknown rule "${id}" (known: ${[...known.keys()].join(', ')})`)
      continue
    }
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined]
    if (!isSeverity(severity)) {
      problems.push(`rule "${id}": severity must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(severity)}`)
    }
    if (options !== undefined) {
      if (typeof options !== 'object' || options === null || Array.isArray(options)) {
        problems.push(`rule "${id}": options must be an object`)
      } else if (rule.meta.validateOptions) {
        for (const p of rule.meta.validateOptions(options)) problems.push(`rule "${id}": ${p}`)
      }
    }
  }
  return problems
}

/** Severity and options for each rule, config over defaults. Throws ConfigError on a bad config. */
export function resolveRules(rules: readonly Rule<any>[], config: CheckConfig = {}): ResolvedRule[] {
  const problems = validateConfig(config, rules)
  if (problems.length) throw new ConfigError(problems)
  return rules.map((rule) => {
    const setting = config.rules?.[rule.meta.id]
    const [severity, options] = setting === undefined ? [rule.meta.defaultSeverity] : Array.isArray(setting) ? setting : [setting]
    return {rule, severity, options: {...(rule.meta.defaultOptions ?? {}), ...(options ?? {})}}
  })
}

function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in data ? String(data[name]) : m))
}

export interface RunOptions {
  /** Shared resources for rules, e.g. `{kb}`. */
  shared?: Record<string, unknown>
}

/**
 * Runs every enabled rule on one article. A rule that throws yields an `internal` error finding and the others
 * still run: a broken rule must block, never pass silently.
 */
export function run(
  article: ArticleView,
  rules: readonly Rule<any>[] | readonly ResolvedRule[],
  config: CheckConfig = {},
  runOptions: RunOptions = {},
): Finding[] {
  const resolved: readonly ResolvedRule[] =
    rules.length > 0 && 'rule' in rules[0]! ? (rules as readonly ResolvedRule[]) : resolveRules(rules as readonly Rule<any>[], config)
  const findings: Finding[] = []
  const memo = new Map<string, unknown>()
  const shared = runOptions.shared ?? {}

  for (const {rule, severity, options} of resolved) {
    if (severity === 'off') continue
    const active: ActiveSeverity = severity
    const ruleFindings: Finding[] = []
    const ctx: RuleContext<any> = {
      options,
      severity: active,
      shared,
      memo<T>(key: string, compute: () => T): T {
        if (!memo.has(key)) memo.set(key, compute())
        return memo.get(key) as T
      },
      report(d) {
        const template = rule.meta.messages[d.messageId]
        if (template === undefined) throw new Error(`rule "${rule.meta.id}" reported unknown messageId "${d.messageId}"`)
        const loc = d.block ? locate(d.block, d.range) : undefined
        const evidence = d.evidence ?? (d.block ? d.block.text.slice(d.range?.[0] ?? 0, d.range?.[1] ?? d.block.text.length) : undefined)
        ruleFindings.push({
          ruleId: rule.meta.id,
          category: rule.meta.category,
          severity: active,
          messageId: d.messageId,
          message: format(template, d.data),
          path: loc?.path ?? [],
          ...(loc ? {range: loc.range} : {}),
          ...(evidence !== undefined ? {evidence} : {}),
          ...(d.block?.key ? {blockKey: d.block.key} : {}),
          ...(d.fix ? {fix: d.fix} : {}),
          ...(d.suggestions?.length ? {suggestions: d.suggestions} : {}),
        })
      },
    }
    try {
      rule.check(article, ctx)
      findings.push(...ruleFindings)
    } catch (error) {
      // Keep what the rule found before it failed, and make the failure itself a blocking finding.
      findings.push(...ruleFindings, {
        ruleId: rule.meta.id,
        category: 'internal',
        severity: 'error',
        messageId: 'internal',
        message: `The "${rule.meta.id}" check failed on this document (${error instanceof Error ? error.message : String(error)}). A managing editor must review it.`,
        path: [],
      })
    }
  }
  return findings
}
