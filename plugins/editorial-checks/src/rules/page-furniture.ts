import {defineRule} from '../engine/index.ts'

// Placeholder: being written (issue 2).
export default defineRule({
  meta: {
    id: 'page-furniture',
    category: 'page-furniture',
    defaultSeverity: 'info',
    description: 'page-furniture',
    messages: {found: 'page-furniture'},
  },
  check() {},
})
