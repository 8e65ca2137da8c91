import {defineRule} from '../engine/index.ts'

// Placeholder: being written (issue 2).
export default defineRule({
  meta: {
    id: 'author-bio',
    category: 'author-bio',
    defaultSeverity: 'error',
    description: 'author-bio',
    messages: {found: 'author-bio'},
  },
  check() {},
})
