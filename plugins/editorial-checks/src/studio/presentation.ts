// Labels, tones and the paragraph-with-highlight computation for the UI. Pure, so it is unit-tested.
import type {FindingState} from '../approval/index.ts'
import {buildArticleView, CATEGORIES, type Category, type Finding, type SanityDocumentLike} from '../engine/index.ts'

export const CATEGORY_TITLES: Record<Category, string> = {
  'subscription-boilerplate': 'Subscription boilerplate',
  'author-bio': 'Author bio in the body',
  'entity-name': 'Names and titles',
  'syndication-credit': 'Syndication credits',
  'page-furniture': 'Page furniture',
  style: 'Style',
  internal: 'Checks that failed to run',
}

/** Blocking categories first, then by the engine's order. */
export const CATEGORY_ORDER: Category[] = ['internal', ...CATEGORIES.filter((c) => c !== 'internal')]

export type Tone = 'critical' | 'caution' | 'primary' | 'positive' | 'default'

export function severityTone(severity: Finding['severity']): Tone {
  return severity === 'error' ? 'critical' : severity === 'warning' ? 'caution' : 'primary'
}

export function groupByCategory(states: readonly FindingState[]): Array<{category: Category; title: string; states: FindingState[]}> {
  const groups = new Map<Category, FindingState[]>()
  for (const s of states) groups.set(s.finding.category, [...(groups.get(s.finding.category) ?? []), s])
  return CATEGORY_ORDER.filter((c) => groups.has(c)).map((category) => ({
    category,
    title: CATEGORY_TITLES[category],
    states: groups.get(category)!,
  }))
}

export interface Excerpt {
  /** The whole paragraph, split around the flagged words. */
  before: string
  flagged: string
  after: string
  /** The flagged range covers the whole paragraph (the finding is about the paragraph as such). */
  wholeParagraph: boolean
}

/**
 * The paragraph a finding points at, with the offending words picked out: the range is in the span's text when
 * the path names a span, in the paragraph's text otherwise. Undefined for a document-level finding or a
 * paragraph that is gone.
 */
export function excerptFor(finding: Finding, doc: SanityDocumentLike | undefined, bodyField = 'body'): Excerpt | undefined {
  if (!doc || !finding.blockKey) return undefined
  const block = buildArticleView(doc, {bodyField}).blocks.find((b) => b.key === finding.blockKey)
  if (!block) return undefined
  const spanSegment = finding.path[3]
  const span = typeof spanSegment === 'object' ? block.spans.find((s) => s.key === spanSegment._key) : undefined
  const offset = span?.start ?? 0
  let [start, end] = finding.range ?? [0, block.text.length]
  start = Math.max(0, Math.min(block.text.length, start + offset))
  end = Math.max(start, Math.min(block.text.length, end + offset))
  return {
    before: block.text.slice(0, start),
    flagged: block.text.slice(start, end),
    after: block.text.slice(end),
    wholeParagraph: start === 0 && end === block.text.length,
  }
}

export function formatWhen(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'})
}
