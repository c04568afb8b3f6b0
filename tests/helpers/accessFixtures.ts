import type { CollectionSlug, Payload } from 'payload'

import { markdownToLexical } from '@/domain/content/markdownToLexical'
import { loginHeader } from './restServer'

export type Actor = 'anonymous' | 'editor' | 'communication' | 'admin'
export const ACTORS: Actor[] = ['anonymous', 'editor', 'communication', 'admin']
export const PASSWORD = 'mot-de-passe-de-test-123'

export type AccessUsers = Record<
  Exclude<Actor, 'anonymous'>,
  { id: number | string; email: string }
> & {
  otherEditor: { id: number | string; email: string }
}

/** One account per role, plus a second editor to check that editors only see their own account. */
export async function createAccessUsers(payload: Payload): Promise<AccessUsers> {
  const make = async (email: string, role: string) => {
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, role, name: email } as never,
    })
    return { id: user.id, email }
  }
  return {
    admin: await make('admin@test.local', 'admin'),
    communication: await make('communication@test.local', 'communication'),
    editor: await make('editor@test.local', 'editor'),
    otherEditor: await make('editor2@test.local', 'editor'),
  }
}

/** Request headers per actor: each account logged in through REST, none for anonymous. */
export type ActorHeaders = Record<Actor, Record<string, string>>

/** Logs the editor, communication and admin accounts in (in that order) through REST. */
export async function loginAccessUsers({
  baseUrl,
  users,
}: {
  baseUrl: string
  users: AccessUsers
}): Promise<ActorHeaders> {
  const headers: ActorHeaders = { anonymous: {}, editor: {}, communication: {}, admin: {} }
  for (const actor of ['editor', 'communication', 'admin'] as const)
    headers[actor] = {
      authorization: await loginHeader({ baseUrl, email: users[actor].email, password: PASSWORD }),
    }
  return headers
}

let counter = 0
const unique = () => {
  counter += 1
  return counter
}

/** Minimal valid data per collection; references come from `refs`. */
export function sampleData({
  collection,
  refs,
}: {
  collection: CollectionSlug
  refs: { rubric: number | string; staff: number | string; workingGroup: number | string }
}): Record<string, unknown> {
  const n = unique()
  switch (collection) {
    case 'articles':
      return {
        rubric: refs.rubric,
        title: `Article ${n}`,
        body: markdownToLexical('Texte.'),
        signedBy: [refs.staff],
        status: 'draft',
      }
    case 'agenda-items':
    case 'conferences':
      return {
        title: `Événement ${n}`,
        startsAt: '2030-01-10T09:00:00.000Z',
        endsAt: '2030-01-10T11:00:00.000Z',
      }
    case 'meetings':
      return { kind: 'gt', workingGroup: refs.workingGroup, startsAt: '2030-01-10T09:00:00.000Z' }
    case 'venues':
      return { name: `Lieu ${n}`, street: 'Rue de Fer 1', postcode: '5000', city: 'Namur' }
    case 'rubrics':
      return { label: `RUBRIQUE ${n}`, order: n }
    case 'working-groups':
      return { name: `GT Test ${n}` }
    case 'staff':
      return { name: `Personne ${n}`, jobTitle: 'Conseillère' }
    case 'issues':
      return { number: 1000 + n, month: `${2100 + n}-01`, subject: `Numéro ${n}` }
    case 'subscribers':
      return { email: `abonne${n}@federation.be`, status: 'active' }
    case 'members':
      return { name: `Membre ${n}`, email: `membre${n}@federation.be` }
    case 'users':
      return { email: `nouveau${n}@test.local`, password: PASSWORD, role: 'editor' }
    default:
      throw new Error(`Pas de données d’exemple pour ${collection}`)
  }
}
