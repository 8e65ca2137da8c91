// The one call the Studio, the CLI and tests share: a Sanity document in, findings out.
import {buildArticleView, run, type ArticleViewOptions, type CheckConfig, type Finding, type ResolvedRule, type Rule, type SanityDocumentLike} from './engine/index.ts'
import type {KnowledgeBase} from './kb/types.ts'
import {builtinRules} from './rules/index.ts'

export interface CheckDocumentOptions extends ArticleViewOptions {
  config?: CheckConfig
  rules?: readonly Rule<any>[] | readonly ResolvedRule[]
  shared?: Record<string, unknown>
  /** The entity knowledge base (loadKnowledgeBase({extra}) with the newsroom's entries); the shipped one when omitted. */
  kb?: KnowledgeBase
}

export function checkDocument(doc: SanityDocumentLike, options: CheckDocumentOptions = {}): Finding[] {
  const article = buildArticleView(doc, options)
  const shared = options.kb ? {...options.shared, kb: options.kb} : options.shared
  return run(article, options.rules ?? builtinRules, options.config, {shared})
}

export {builtinRules}
