import {defineRule} from '../engine/index.ts'
import {reportBoilerplate} from './boilerplate/analysis.ts'

// Detection lives in boilerplate/furniture.ts; the labels and credit words in data/boilerplate-signatures.json.
export default defineRule({
  meta: {
    id: 'page-furniture',
    category: 'page-furniture',
    defaultSeverity: 'info',
    description: 'Advertisement labels, related-link lines, share buttons, photo credits and captions left by the scraper',
    messages: {furniture: 'Looks like page furniture ({{kind}}) from the source page, not part of the article.'},
  },
  check(article, ctx) {
    reportBoilerplate(article, ctx, 'furniture', 'furniture', (kind) => kind, 'Remove paragraph')
  },
})
