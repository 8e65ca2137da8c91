// A small, fixed office data set for tests: the rules' tests must not change when the shipped data grows.
import type {NamedData} from '../types.ts'
import de from './offices/de.json' with {type: 'json'}
import gb from './offices/gb.json' with {type: 'json'}
import kp from './offices/kp.json' with {type: 'json'}
import nato from './offices/nato.json' with {type: 'json'}
import ru from './offices/ru.json' with {type: 'json'}
import ua from './offices/ua.json' with {type: 'json'}
import us from './offices/us.json' with {type: 'json'}

export const fixtureOfficeFiles: NamedData[] = [
  {file: 'test-fixtures/us.json', data: us},
  {file: 'test-fixtures/gb.json', data: gb},
  {file: 'test-fixtures/de.json', data: de},
  {file: 'test-fixtures/ru.json', data: ru},
  {file: 'test-fixtures/nato.json', data: nato},
  {file: 'test-fixtures/ua.json', data: ua},
  {file: 'test-fixtures/kp.json', data: kp},
]
