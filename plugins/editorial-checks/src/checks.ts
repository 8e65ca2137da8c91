// The one call the Studio, the CLI and tests share: a Sanity document in, findings out.
import {buildArticleView, run, type ArticleViewOptions, type CheckConfig, type Finding, type ResolvedRule, type Rule, type SanityDocumentLike} from './engine/index.ts'
import {builtinRules} from './rules/index.ts'

export interface CheckDocumentOptions extends ArticleViewOptions {
  config?: CheckConfig
  rules?: readonly Rule<any>[] | readonly ResolvedRule[]
  shared?: Record<string, unknown>
}

export function checkDocument(doc: SanityDocumentLike, options: CheckDocumentOptions = {}): Finding[] {
  const article = buildArticleView(doc, options)
  return run(article, options.rules ?? builtinRules, options.config, {shared: options.shared})
}

export {builtinRules}
