import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { slugs } from '@/domain/content/slugs'

export type AdminAccountResult =
  | { isCreated: false; email: string }
  | { isCreated: true; email: string; generatedPassword: string | null }

export const DEFAULT_ADMIN_EMAIL = 'admin@unipso.local'

/**
 * Makes sure someone can log in. With ADMIN_EMAIL/ADMIN_PASSWORD that account is created if
 * missing (an existing password is never overwritten). Without them, and only on a database
 * with no account at all, admin@unipso.local gets a random password that the caller prints once.
 */
export async function ensureAdminAccount({
  payload,
  email,
  password,
}: {
  payload: Payload
  email: string | undefined
  password: string | undefined
}): Promise<AdminAccountResult> {
  if (email) {
    const existing = await payload.find({
      collection: slugs.users,
      where: { email: { equals: email.toLowerCase() } },
      limit: 1,
      overrideAccess: true,
    })
    if (existing.docs.length > 0) return { isCreated: false, email }
    if (!password)
      throw new Error(
        `ADMIN_EMAIL=${email} est défini sans ADMIN_PASSWORD : indiquez aussi le mot de passe.`,
      )
    await payload.create({
      collection: slugs.users,
      data: { email, password, name: 'Administrateur', role: 'admin' },
      overrideAccess: true,
    })
    return { isCreated: true, email, generatedPassword: null }
  }
  const { totalDocs } = await payload.count({ collection: slugs.users, overrideAccess: true })
  if (totalDocs > 0) return { isCreated: false, email: DEFAULT_ADMIN_EMAIL }
  const generatedPassword = crypto.randomBytes(18).toString('base64url')
  await payload.create({
    collection: slugs.users,
    data: {
      email: DEFAULT_ADMIN_EMAIL,
      password: generatedPassword,
      name: 'Administrateur',
      role: 'admin',
    },
    overrideAccess: true,
  })
  return { isCreated: true, email: DEFAULT_ADMIN_EMAIL, generatedPassword }
}
