import {article} from './article.ts'
import {person} from './person.ts'
import {section} from './section.ts'

export const schemaTypes = [article, person, section]
