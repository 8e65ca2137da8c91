// Builders shared by the boilerplate rules' tests: an article whose body has one block per paragraph.
import {checkDocument} from '../../checks.ts'
import type {CheckConfig, Finding, Rule, SanityDocumentLike} from '../../engine/index.ts'

/** A paragraph is its text, or its spans' texts (one block with several spans). */
export type ParagraphInput = string | string[]

export function articleOf(paragraphs: readonly ParagraphInput[]): SanityDocumentLike {
  return {
    _id: 'drafts.test-article',
    _type: 'article',
    title: 'Test',
    publishedAt: '2020-01-15T12:00:00Z',
    body: paragraphs.map((p, i) => ({
      _type: 'block',
      _key: `p${i}`,
      style: 'normal',
      markDefs: [],
      children: (typeof p === 'string' ? [p] : p).map((text, j) => ({_type: 'span', _key: `p${i}s${j}`, text, marks: []})),
    })),
  }
}

export function check(rule: Rule<any>, paragraphs: readonly ParagraphInput[], config?: CheckConfig): Finding[] {
  return checkDocument(articleOf(paragraphs), {rules: [rule], config})
}

/** What the tests assert: ids, paths, ranges and the fix's edits, never message prose. */
export function shapeOf(f: Finding) {
  return {ruleId: f.ruleId, path: f.path, range: f.range, edits: f.fix?.edits}
}

export const blockPath = (i: number) => ['body', {_key: `p${i}`}]
export const spanPath = (i: number, j = 0) => ['body', {_key: `p${i}`}, 'children', {_key: `p${i}s${j}`}]
export const removeEdits = (i: number) => [{type: 'removeBlock', path: blockPath(i)}]
