// `editorial.entity`: knowledge-base entries a newsroom adds in the Studio (a new office-holder, a house spelling,
// a metonym), merged with the shipped KB. Validated with the KB loader's own rules, so what saves also loads.
import {defineArrayMember, defineField, defineType} from 'sanity'
import {OFFICE_KINDS} from '../../kb/types.ts'
import {ENTITY_TYPE} from '../records.ts'
import {validateEntity, type EntityDocument} from './entity-kb.ts'

const kind =
  (k: string) =>
  ({parent}: {parent?: {kind?: string}}) =>
    parent?.kind !== k
const strings = (name: string, title: string, hidden: ReturnType<typeof kind>, description?: string) =>
  defineField({name, title, type: 'array', of: [defineArrayMember({type: 'string'})], hidden, ...(description ? {description} : {})})
const date = (name: string, title: string, hidden: ReturnType<typeof kind>, description?: string) =>
  defineField({name, title, type: 'string', hidden, placeholder: 'YYYY-MM-DD', ...(description ? {description} : {})})

export const entityType = defineType({
  name: ENTITY_TYPE,
  title: 'Knowledge-base entry',
  type: 'document',
  fields: [
    defineField({
      name: 'kind',
      type: 'string',
      options: {
        list: [
          {title: 'Someone holds (or held) an office', value: 'office-term'},
          {title: 'House spelling of a place', value: 'place-spelling'},
          {title: 'A name that stands for a government (metonym)', value: 'metonym'},
        ],
        layout: 'radio',
      },
      validation: (rule) => rule.required(),
    }),
    // office-term
    defineField({name: 'person', title: 'Person', type: 'string', hidden: kind('office-term')}),
    strings('personVariants', 'Other spellings of the name', kind('office-term')),
    defineField({
      name: 'jurisdiction',
      type: 'string',
      hidden: kind('office-term'),
      description: 'ISO country code (de, us) or organisation id (nato, eu)',
    }),
    defineField({
      name: 'officeId',
      title: 'Office id',
      type: 'string',
      hidden: kind('office-term'),
      description: 'To add a term to a shipped office, its id (e.g. de.chancellor); leave empty for a new office',
    }),
    defineField({
      name: 'officeKind',
      title: 'Kind of office',
      type: 'string',
      options: {list: [...OFFICE_KINDS]},
      hidden: kind('office-term'),
    }),
    defineField({name: 'title', title: 'Title as written before a name', type: 'string', hidden: kind('office-term')}),
    strings('titleVariants', 'Other forms of the title', kind('office-term')),
    date('start', 'In office from', kind('office-term')),
    date('end', 'In office until', kind('office-term'), 'Empty while in office'),
    defineField({name: 'acting', title: 'Acting / interim', type: 'boolean', hidden: kind('office-term')}),
    // place-spelling
    defineField({name: 'house', title: 'House spelling', type: 'string', hidden: kind('place-spelling')}),
    strings('variants', 'Other spellings', ({parent}) => parent?.kind === 'office-term'),
    defineField({
      name: 'country',
      type: 'string',
      hidden: ({parent}) => parent?.kind === 'office-term',
      description: 'ISO country code, or organisation id',
    }),
    // metonym
    defineField({name: 'text', title: 'Name', type: 'string', hidden: kind('metonym'), description: 'e.g. the Kremlin'}),
    defineField({
      name: 'stands',
      title: 'Stands for',
      type: 'string',
      options: {
        list: ['government', 'head-of-state', 'head-of-government', 'foreign-ministry', 'defence-ministry', 'legislature', 'organisation'],
      },
      hidden: kind('metonym'),
    }),
    date('from', 'From', kind('metonym')),
    date('until', 'Until', kind('metonym')),
    // all
    defineField({
      name: 'source',
      type: 'string',
      description: 'Where this comes from: every entry must be sourced',
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'date', title: 'Checked on', type: 'string', placeholder: 'YYYY-MM-DD', validation: (rule) => rule.required()}),
    defineField({name: 'note', type: 'text', rows: 2}),
  ],
  validation: (rule) =>
    rule.custom((doc) => {
      if (!doc) return true
      const problems = validateEntity(doc as unknown as EntityDocument).map((p) => p.replace(/^Studio entity [^:]+: /, ''))
      return problems.length ? problems.join('; ') : true
    }),
  preview: {
    select: {kind: 'kind', person: 'person', title: 'title', house: 'house', text: 'text', from: 'start', to: 'end'},
    prepare: (v: Record<string, string | undefined>) => ({
      title: v.kind === 'office-term' ? `${v.person ?? '?'}, ${v.title ?? ''}` : v.kind === 'metonym' ? (v.text ?? '?') : (v.house ?? '?'),
      subtitle: v.kind === 'office-term' ? `${v.from ?? '?'} – ${v.to ?? 'present'}` : v.kind,
    }),
  },
})
