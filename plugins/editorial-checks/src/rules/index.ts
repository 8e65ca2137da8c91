import type {Rule} from '../engine/index.ts'
import authorBio from './author-bio.ts'
import abbreviationStyle from './abbreviation-style.ts'
import capitalMetonymMismatch from './capital-metonym-mismatch.ts'
import firstNameMismatch from './first-name-mismatch.ts'
import nameSpelling from './name-spelling.ts'
import nameVariant from './name-variant.ts'
import officeDescriptor from './office-descriptor.ts'
import officeTitleMismatch from './office-title-mismatch.ts'
import staleOfficeholder from './stale-officeholder.ts'
import pageFurniture from './page-furniture.ts'
import subscriptionBoilerplate from './subscription-boilerplate.ts'
import syndicationCredit from './syndication-credit.ts'

/** Every rule the plugin ships, in reporting order. */
export const builtinRules: readonly Rule<any>[] = [
  subscriptionBoilerplate,
  authorBio,
  syndicationCredit,
  pageFurniture,
  capitalMetonymMismatch,
  officeTitleMismatch,
  staleOfficeholder,
  firstNameMismatch,
  nameSpelling,
  officeDescriptor,
  nameVariant,
  abbreviationStyle,
]
