import {defineArrayMember, defineField, defineType} from 'sanity'
import {editorialChecksValidation} from 'editorial-checks'

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  // The editorial checks as inline markers on the paragraphs; releases and scheduled publishing refuse errors.
  validation: (rule) => editorialChecksValidation(rule),
  fields: [
    defineField({name: 'title', type: 'string', validation: (rule) => rule.required()}),
    defineField({name: 'dek', title: 'Dek', type: 'text', rows: 2, description: 'The standfirst under the headline'}),
    defineField({name: 'slug', type: 'slug', options: {source: 'title', maxLength: 96}}),
    defineField({name: 'publishedAt', title: 'Published at', type: 'datetime'}),
    defineField({name: 'section', type: 'reference', to: [{type: 'section'}]}),
    defineField({
      name: 'authors',
      type: 'array',
      of: [defineArrayMember({type: 'reference', to: [{type: 'person'}]})],
    }),
    defineField({
      name: 'body',
      type: 'array',
      of: [defineArrayMember({type: 'block'}), defineArrayMember({type: 'image', options: {hotspot: true}})],
    }),
    defineField({name: 'source', type: 'string', description: 'Publisher the copy came from, for syndicated copy'}),
  ],
  preview: {select: {title: 'title', subtitle: 'publishedAt'}},
})
