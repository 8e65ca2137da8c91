import type {Rule} from '../engine/index.ts'
import authorBio from './author-bio.ts'
import pageFurniture from './page-furniture.ts'
import subscriptionBoilerplate from './subscription-boilerplate.ts'
import syndicationCredit from './syndication-credit.ts'

/** Every rule the plugin ships, in reporting order. */
export const builtinRules: readonly Rule<any>[] = [
  subscriptionBoilerplate,
  authorBio,
  syndicationCredit,
  pageFurniture,
]
