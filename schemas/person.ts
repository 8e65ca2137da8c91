import {defineField, defineType} from 'sanity'

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({name: 'name', type: 'string', validation: (rule) => rule.required()}),
    defineField({name: 'role', type: 'string', description: 'Job title, e.g. "Senior political reporter"'}),
    defineField({
      name: 'bio',
      type: 'array',
      of: [{type: 'block'}],
      description: 'The author bio belongs here, not in the articles they write.',
    }),
    defineField({name: 'image', type: 'image', options: {hotspot: true}}),
  ],
  preview: {select: {title: 'name', subtitle: 'role', media: 'image'}},
})
