import type {ActiveSeverity, ArticleView, BlockView, Category, Fix, Range, Severity} from './types.ts'

export interface RuleMeta<Options extends object = Record<string, unknown>> {
  /** kebab-case; equals the rule's file name. */
  id: string
  category: Exclude<Category, 'internal'>
  defaultSeverity: Severity
  description: string
  /** messageId → template; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>
  defaultOptions?: Options
  /** Returns a list of problems with user-supplied options (empty when fine). */
  validateOptions?: (options: Record<string, unknown>) => string[]
}

export interface ReportDescriptor {
  messageId: string
  data?: Record<string, string | number>
  /** Omitted for a document-level finding. */
  block?: BlockView
  /** `[start, end)` in the block's plain text; the whole block when omitted. */
  range?: Range
  evidence?: string
  fix?: Fix
  suggestions?: Fix[]
}

export interface RuleContext<Options extends object = Record<string, unknown>> {
  options: Options
  /** Severity this run gives the rule (rules may not change it; they may read it). */
  severity: ActiveSeverity
  report(descriptor: ReportDescriptor): void
  /** Shared resources passed to run() (e.g. the entity knowledge base). */
  shared: Readonly<Record<string, unknown>>
  /** Per-article cache shared by all rules of one run, for analyses several rules need. */
  memo<T>(key: string, compute: () => T): T
}

export interface Rule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta<Options>
  check(article: ArticleView, ctx: RuleContext<Options>): void
}

export function defineRule<Options extends object = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule
}
