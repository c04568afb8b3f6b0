import type { CollectionConfig } from 'payload'

import { readEnv } from '@/config/env'
import { ROLES, toOptions } from '@/domain/content/options'
import { isHttpsUrl } from '@/domain/http/publicOrigins'
import { isAdmin, isAdminField } from './access/isAdmin'
import { selfOrAdmin } from './access/selfOrAdmin'
import { equalizeLoginTiming } from './hooks/equalizeLoginTiming'
import { hideLoginLock } from './hooks/hideLoginLock'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { groups, slugs } from './slugs'

export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: 'Utilisateur', plural: 'Utilisateurs' },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // The session cookie never travels in clear once the public address is https.
    cookies: { secure: isHttpsUrl(readEnv().serverUrl), sameSite: 'Lax' },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    // Lifting a login lock is an admin's decision (Payload's default lets any logged-in user).
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: groups.admin,
    description:
      'Comptes de l’équipe : administrateurs, communication (programme et envoie) et rédacteurs.',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', label: 'Nom', type: 'text' },
    {
      name: 'role',
      label: 'Rôle',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: toOptions(ROLES),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description:
          'Rédacteur : écrit le contenu. Communication : approuve, programme et envoie, gère les abonnés. Administrateur : tout.',
      },
    },
  ],
  hooks: {
    beforeChange: [makeFirstUserAdmin],
    // Wrong password, unknown address, locked account: one answer, in the same time.
    beforeOperation: [equalizeLoginTiming],
    afterError: [hideLoginLock],
  },
}
