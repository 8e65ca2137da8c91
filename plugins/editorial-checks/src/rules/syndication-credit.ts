import {defineRule} from '../engine/index.ts'

// Placeholder: being written (issue 2).
export default defineRule({
  meta: {
    id: 'syndication-credit',
    category: 'syndication-credit',
    defaultSeverity: 'info',
    description: 'syndication-credit',
    messages: {found: 'syndication-credit'},
  },
  check() {},
})
