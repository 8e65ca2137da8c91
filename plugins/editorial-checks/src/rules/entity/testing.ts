// Test helpers for the entity-name rules: the fixed fixture KB and articles built from plain paragraphs.
import {run, type Finding, type Rule, type SanityDocumentLike} from '../../engine/index.ts'
import {buildArticleView} from '../../engine/article-view.ts'
import {loadKnowledgeBase} from '../../kb/load.ts'
import {fixtureOfficeFiles} from '../../kb/test-fixtures/index.ts'
import type {KnowledgeBase} from '../../kb/types.ts'

let kb: KnowledgeBase | undefined

/** The KB built from src/kb/test-fixtures (not the shipped data, which keeps growing). */
export function fixtureKb(): KnowledgeBase {
  kb ??= loadKnowledgeBase({offices: fixtureOfficeFiles})
  return kb
}

/** An article document whose body has one block per paragraph: keys p0, p1…, span keys p0s, p1s… */
export function articleDoc(paragraphs: string[], options: {date?: string; title?: string; dek?: string} = {}): SanityDocumentLike {
  return {
    _id: 'drafts.test',
    _type: 'article',
    title: options.title ?? '',
    ...(options.dek ? {dek: options.dek} : {}),
    publishedAt: `${options.date ?? '2019-06-15'}T12:00:00Z`,
    body: paragraphs.map((text, i) => ({
      _type: 'block',
      _key: `p${i}`,
      style: 'normal',
      markDefs: [],
      children: [{_type: 'span', _key: `p${i}s`, text, marks: []}],
    })),
  }
}

export function check(rule: Rule<any>, doc: SanityDocumentLike, options: Record<string, unknown> = {}, knowledgeBase = fixtureKb()): Finding[] {
  const article = buildArticleView(doc)
  const severity = rule.meta.defaultSeverity === 'off' ? 'error' : rule.meta.defaultSeverity
  return run(article, [{rule, severity, options: {...(rule.meta.defaultOptions ?? {}), ...options}}], {}, {shared: {kb: knowledgeBase}})
}

/** The text a finding's range covers, in a one-span paragraph article. */
export function flagged(doc: SanityDocumentLike, f: Finding): string {
  const key = (f.path[1] as {_key: string})._key
  const block = (doc.body as Array<{_key: string; children: Array<{text: string}>}>).find((b) => b._key === key)!
  return block.children[0]!.text.slice(f.range![0], f.range![1])
}
