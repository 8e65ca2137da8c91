// Users, roles and grants of the local lake, read from a data file (access.json by default).
// Grants have the shape of Sanity's dataset ACL, so the Studio gets them from /acl unchanged and
// the lake checks writes with the same GROQ filters the Studio uses to grey out buttons.
import {readFileSync} from 'node:fs'
import {evaluate, parse} from 'groq-js'

export type Permission = 'read' | 'create' | 'update' | 'history'
export interface Grant {
  filter: string
  permissions: Permission[]
}
export interface RoleDefinition {
  title: string
  description?: string
  grants: Grant[]
}
export interface TypeRestriction {
  type: string
  writableBy: string[]
  why?: string
}
export interface LakeUser {
  id: string
  name: string
  email: string
  roles: string[]
}
/** The editorial-checks publish gate the lake enforces: which types it guards, whose approvals count. */
export interface PublishGate {
  types: string[]
  approverRoles: string[]
}
export interface AccessTable {
  roles: Record<string, RoleDefinition>
  restrictedTypes: TypeRestriction[]
  /** Default: article, approved by administrator or managing-editor. */
  publishGate: PublishGate
  users: LakeUser[]
  defaultUser: string
}

export const DEFAULT_PUBLISH_GATE: PublishGate = {types: ['article'], approverRoles: ['administrator', 'managing-editor']}

const PERMISSIONS: Permission[] = ['read', 'create', 'update', 'history']
const WRITE_PERMISSIONS: Permission[] = ['create', 'update']

export const DEFAULT_ACCESS_FILE = new URL('./access.json', import.meta.url)

export function loadAccessTable(file: string | URL = DEFAULT_ACCESS_FILE): AccessTable {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`Could not read the access table ${String(file)}: ${(err as Error).message}`)
  }
  return validateAccessTable(raw, String(file))
}

export function validateAccessTable(raw: unknown, source = 'access table'): AccessTable {
  const fail = (why: string): never => {
    throw new Error(`${source}: ${why}`)
  }
  if (!raw || typeof raw !== 'object') fail('expected an object')
  const table = raw as AccessTable
  if (!table.roles || typeof table.roles !== 'object') fail('"roles" must be an object')
  for (const [name, role] of Object.entries(table.roles)) {
    if (!Array.isArray(role.grants)) fail(`role "${name}" has no "grants" array`)
    for (const grant of role.grants) {
      if (typeof grant.filter !== 'string') fail(`role "${name}" has a grant without a filter`)
      try {
        parse(`*[${grant.filter}]`)
      } catch (err) {
        fail(`role "${name}": grant filter ${JSON.stringify(grant.filter)} is not GROQ: ${(err as Error).message}`)
      }
      for (const p of grant.permissions) if (!PERMISSIONS.includes(p)) fail(`role "${name}": unknown permission "${p}"`)
    }
  }
  for (const r of table.restrictedTypes ?? []) {
    for (const role of r.writableBy) if (!table.roles[role]) fail(`restrictedTypes "${r.type}" names unknown role "${role}"`)
  }
  if (!Array.isArray(table.users) || table.users.length === 0) fail('"users" must list at least one user')
  for (const user of table.users) {
    for (const role of user.roles) if (!table.roles[role]) fail(`user "${user.id}" has unknown role "${role}"`)
  }
  if (!table.users.some((u) => u.id === table.defaultUser)) fail(`defaultUser "${table.defaultUser}" is not a user`)
  const gate = (table as Partial<AccessTable>).publishGate
  if (gate !== undefined) {
    const list = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '')
    if (typeof gate !== 'object' || gate === null) fail('"publishGate" must be an object: {types, approverRoles}')
    if (gate.types !== undefined && !list(gate.types)) fail('"publishGate.types" must be a list of document type names')
    if (gate.approverRoles !== undefined && !list(gate.approverRoles)) fail('"publishGate.approverRoles" must be a list of role names')
    for (const role of gate.approverRoles ?? []) if (!table.roles[role]) fail(`publishGate.approverRoles names unknown role "${role}"`)
  }
  return {
    ...table,
    restrictedTypes: table.restrictedTypes ?? [],
    publishGate: {
      types: gate?.types ?? [...DEFAULT_PUBLISH_GATE.types],
      approverRoles: gate?.approverRoles ?? [...DEFAULT_PUBLISH_GATE.approverRoles],
    },
  }
}

/** The grants one role ends up with: its own, with write permissions narrowed by the restricted types. */
export function grantsForRole(table: AccessTable, roleName: string): Grant[] {
  const role = table.roles[roleName]
  if (!role) return []
  const withheld = table.restrictedTypes.filter((r) => !r.writableBy.includes(roleName)).map((r) => r.type)
  if (withheld.length === 0) return role.grants
  const types = JSON.stringify(withheld)
  return role.grants.flatMap((grant): Grant[] => {
    const writes = grant.permissions.filter((p) => WRITE_PERMISSIONS.includes(p))
    if (writes.length === 0) return [grant]
    const others = grant.permissions.filter((p) => !WRITE_PERMISSIONS.includes(p))
    return [
      {filter: `(${grant.filter}) && !(_type in ${types})`, permissions: grant.permissions},
      ...(others.length ? [{filter: `(${grant.filter}) && _type in ${types}`, permissions: others}] : []),
    ]
  })
}

export function grantsForUser(table: AccessTable, user: LakeUser): Grant[] {
  return user.roles.flatMap((role) => grantsForRole(table, role))
}

/** `as` may be a user id or a role name (the first user with that role). */
export function findUser(table: AccessTable, as: string | undefined | null): LakeUser | undefined {
  if (!as) return undefined
  return table.users.find((u) => u.id === as) ?? table.users.find((u) => u.roles.includes(as))
}

const parsedFilters = new Map<string, ReturnType<typeof parse>>()

async function matches(filter: string, doc: object, identity: string): Promise<boolean> {
  let tree = parsedFilters.get(filter)
  if (!tree) {
    tree = parse(`*[${filter}]`)
    parsedFilters.set(filter, tree)
  }
  const result = await (await evaluate(tree, {dataset: [doc], identity, params: {identity}})).get()
  return Array.isArray(result) && result.length === 1
}

export async function hasPermission(
  grants: Grant[],
  permission: Permission,
  doc: object,
  identity: string,
): Promise<boolean> {
  for (const grant of grants) {
    if (grant.permissions.includes(permission) && (await matches(grant.filter, doc, identity))) return true
  }
  return false
}

/** The user as /users/me and /users/:id answer it. */
export function userResource(table: AccessTable, user: LakeUser) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    profileImage: null,
    provider: 'local-lake',
    role: user.roles[0],
    roles: user.roles.map((name) => ({
      name,
      title: table.roles[name]?.title ?? name,
      description: table.roles[name]?.description,
    })),
  }
}
