// Labels every sentence of every paragraph as a prompt, a credit, furniture or text, once per article, and
// decides which paragraphs are boilerplate through and through. The three rules report from this one analysis,
// so a paragraph holding a credit and a "click here" is offered for removal once, not twice.
import {blockSentences, removeBlock, type ArticleView, type BlockView, type Range, type RuleContext} from '../../engine/index.ts'
import {prepareParagraph, type Paragraph} from './paragraph.ts'
import {classifyPrompts, isWidgetFragment} from './prompts.ts'
import {classifyCredits} from './credits.ts'
import {classifyFurniture} from './furniture.ts'

export type BoilerplateCategory = 'prompt' | 'credit' | 'furniture'

export interface Segment {
  category: BoilerplateCategory
  /** What it is, for the message: "newsletter", "copyright notice", "image caption" … */
  kind: string
  range: Range
}

export interface ParagraphVerdict {
  block: BlockView
  /** Boilerplate runs of sentences, in text order. */
  segments: Segment[]
  /** Set when the paragraph has no text of its own: the one category that offers to remove it. */
  owner?: BoilerplateCategory
}

// Per sentence: a clear prompt first (an error outranks the rest), then a credit, then a sentence that is only
// part of a prompt's widget, then furniture. Furniture that is a whole-paragraph page label or an image caption
// outranks what its words might otherwise suggest ("Share This Story Tweet Share Email", "… ©2019 Maxar").
function labelSentences(p: Paragraph): Array<{category: BoilerplateCategory; kind: string} | undefined> {
  const furniture = classifyFurniture(p)
  if (furniture.label) return p.sentences.map(() => ({category: 'furniture', kind: furniture.label!}))
  const prompts = classifyPrompts(p)
  const credits = furniture.whole ? [] : classifyCredits(p)
  return p.sentences.map((_, i) => {
    const prompt = prompts[i]
    if (prompt?.strength === 'strong') return {category: 'prompt', kind: prompt.kind}
    const credit = credits[i]
    if (credit) return {category: 'credit', kind: credit}
    if (prompt) return {category: 'prompt', kind: prompt.kind}
    const piece = furniture.sentences[i]
    return piece ? {category: 'furniture', kind: piece} : undefined
  })
}

function analyzeParagraph(p: Paragraph): ParagraphVerdict {
  const labels = labelSentences(p)
  const segments: Segment[] = []
  let hasText = false
  p.sentences.forEach((s, i) => {
    const label = labels[i]
    if (!label) {
      // A few words with no claim of their own ("More", "Something to Consider") do not make a paragraph text.
      if (s.wordCount > 3 || s.attributed) hasText = true
      return
    }
    const last = segments[segments.length - 1]
    if (last && last.category === label.category && labels[i - 1]?.category === label.category) last.range = [last.range[0], s.end]
    else segments.push({...label, range: [s.start, s.end]})
  })
  const verdict: ParagraphVerdict = {block: p.block, segments}
  // When a whole paragraph is boilerplate of several kinds, the prompt (an error) speaks for it; between credit
  // and furniture, the one covering more of the text.
  if (!hasText && segments.length > 0) {
    const chars = (c: BoilerplateCategory) => segments.filter((s) => s.category === c).reduce((n, s) => n + s.range[1] - s.range[0], 0)
    verdict.owner = chars('prompt') > 0 ? 'prompt' : chars('furniture') > chars('credit') ? 'furniture' : 'credit'
  }
  return verdict
}

/** With a rule context, the sentence split is shared with the other rules of the run. */
export function analyzeArticle(article: ArticleView, ctx?: Pick<RuleContext, 'memo'>): ParagraphVerdict[] {
  const sentences = blockSentences(article, ctx)
  const paragraphs = article.blocks.map((block, i) => prepareParagraph(block, sentences[i]))
  const verdicts = paragraphs.map(analyzeParagraph)
  // Widget headings ("Discover more from X") join the prompt paragraph right next to them in the body.
  verdicts.forEach((v, i) => {
    if (v.owner !== undefined || !isWidgetFragment(paragraphs[i]!)) return
    const neighbour = [verdicts[i - 1], verdicts[i + 1]].find(
      (n) => n?.owner === 'prompt' && Math.abs(n.block.index - v.block.index) === 1,
    )
    if (!neighbour) return
    const kind = neighbour.segments.find((s) => s.category === 'prompt')?.kind ?? 'widget'
    v.segments = [{category: 'prompt', kind, range: [0, v.block.text.length]}]
    v.owner = 'prompt'
  })
  return verdicts.filter((v) => v.segments.length > 0)
}

/** The article's analysis, computed once per run whichever boilerplate rule asks first. */
export function boilerplateVerdicts(article: ArticleView, ctx: Pick<RuleContext, 'memo'>): ParagraphVerdict[] {
  return ctx.memo('boilerplate-paragraphs', () => analyzeArticle(article, ctx))
}

/**
 * Reports one category's findings: the whole paragraph with a removeBlock fix where the category owns it,
 * otherwise each of its runs of sentences as a range, without a fix (the rest of the paragraph is text).
 */
export function reportBoilerplate(
  article: ArticleView,
  ctx: Pick<RuleContext, 'memo' | 'report'>,
  category: BoilerplateCategory,
  messageId: string,
  describe: (kind: string) => string,
  fixLabel: string,
): void {
  for (const verdict of boilerplateVerdicts(article, ctx)) {
    const mine = verdict.segments.filter((s) => s.category === category)
    if (mine.length === 0) continue
    const block = verdict.block
    if (verdict.owner === category) {
      ctx.report({messageId, block, data: {kind: describe(mine[0]!.kind)}, fix: removeBlock(block, fixLabel)})
      continue
    }
    for (const segment of mine) ctx.report({messageId, block, range: segment.range, data: {kind: describe(segment.kind)}})
  }
}
