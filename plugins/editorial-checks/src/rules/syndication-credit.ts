import {defineRule} from '../engine/index.ts'
import {reportBoilerplate} from './boilerplate/analysis.ts'

// Detection lives in boilerplate/credits.ts; the credit forms in data/boilerplate-signatures.json.
export default defineRule({
  meta: {
    id: 'syndication-credit',
    category: 'syndication-credit',
    defaultSeverity: 'info',
    description: "Wire and syndication credits, copyright lines and republication notes from the source's page",
    messages: {credit: "Looks like the source's {{kind}}; check whether it belongs in this article."},
  },
  check(article, ctx) {
    reportBoilerplate(article, ctx, 'credit', 'credit', (kind) => kind, 'Remove paragraph')
  },
})
