import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {editorialChecks} from 'editorial-checks'
import {schemaTypes} from './schemas/index.ts'

const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'local'
const dataset = process.env.SANITY_STUDIO_DATASET || 'production'

export default defineConfig({
  name: 'newsroom',
  title: 'Newsroom',
  projectId,
  dataset,
  plugins: [structureTool(), editorialChecks({documentTypes: ['article']})],
  schema: {types: schemaTypes},
})
