import {defineRule} from '../engine/index.ts'
import {reportBoilerplate} from './boilerplate/analysis.ts'

// Detection lives in boilerplate/prompts.ts (what makes a sentence a prompt) and boilerplate/analysis.ts (when a
// paragraph is nothing but boilerplate); the vocabulary in data/boilerplate-signatures.json.
const KINDS: Record<string, string> = {
  newsletter: 'newsletter sign-up',
  subscription: 'subscription',
  'follow-us': 'follow-us',
  app: 'app download',
  podcast: 'podcast subscription',
  donation: 'donation',
  membership: 'membership',
  petition: 'petition sign-up',
  widget: 'subscribe widget',
}

export default defineRule({
  meta: {
    id: 'subscription-boilerplate',
    category: 'subscription-boilerplate',
    defaultSeverity: 'error',
    description: 'Newsletter, sign-up, subscribe, follow-us, app and donation prompts copied in from the source site',
    messages: {prompt: "Looks like the source site's {{kind}} prompt, not reporting."},
  },
  check(article, ctx) {
    reportBoilerplate(article, ctx, 'prompt', 'prompt', (kind) => KINDS[kind] ?? kind, 'Remove paragraph')
  },
})
