import {defineRule} from '../engine/index.ts'

// Placeholder: being written (issue 2).
export default defineRule({
  meta: {
    id: 'subscription-boilerplate',
    category: 'subscription-boilerplate',
    defaultSeverity: 'error',
    description: 'subscription-boilerplate',
    messages: {found: 'subscription-boilerplate'},
  },
  check() {},
})
