import type { CollectionConfig } from 'payload'

import { readEnv } from '@/config/env'
import { communicationOnly } from './access/communicationOnly'
import { memberEndpoints } from './endpoints/memberEndpoints'
import { assignMemberToken } from './hooks/assignMemberToken'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { groups, slugs } from './slugs'
import { technicalAdmin } from './fields/technicalAdmin'

/**
 * Members of the federations who follow governance and working-group meetings in a personal
 * calendar feed. Personal data: communication staff and admins only, never public.
 */
export const Members: CollectionConfig = {
  slug: slugs.members,
  labels: { singular: 'Membre (agenda)', plural: 'Membres (agendas)' },
  access: communicationOnly(),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'email', 'isRevoked'],
    group: groups.meetings,
    description:
      'Chaque membre reçoit un lien d’agenda personnel : l’agenda public, les instances et ses groupes de travail.',
  },
  defaultSort: 'name',
  endpoints: memberEndpoints,
  fields: [
    { name: 'name', label: 'Nom', type: 'text', required: true },
    { name: 'email', label: 'Courriel', type: 'email', required: true, unique: true },
    { name: 'organisation', label: 'Fédération ou organisation', type: 'text' },
    {
      name: 'workingGroups',
      label: 'Groupes de travail suivis',
      type: 'relationship',
      relationTo: slugs.workingGroups,
      hasMany: true,
    },
    {
      name: 'feedUrl',
      label: 'Lien de l’agenda personnel',
      type: 'text',
      virtual: true,
      admin: {
        readOnly: true,
        description: 'À donner au membre seulement : quiconque a ce lien voit les réunions.',
      },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            siblingData?.feedToken
              ? `${readEnv().serverUrl}/calendars/members/${siblingData.feedToken}.ics`
              : null,
        ],
      },
    },
    {
      name: 'sendLink',
      label: 'Envoyer son lien',
      type: 'ui',
      admin: {
        disableListColumn: true,
        components: { Field: '/src/components/admin/SendMemberLinkButton#SendMemberLinkButton' },
      },
    },
    {
      name: 'regenerateToken',
      label: 'Générer un nouveau lien (l’ancien cesse de fonctionner)',
      type: 'checkbox',
      virtual: true,
    },
    {
      name: 'isRevoked',
      label: 'Lien révoqué',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Coupe l’accès à l’agenda personnel sans supprimer le membre.',
      },
    },
    { name: 'feedToken', label: 'Jeton de l’agenda', type: 'text', admin: technicalAdmin },
    {
      name: 'feedTokenLookup',
      label: 'Clé de recherche du jeton',
      type: 'text',
      unique: true,
      index: true,
      admin: technicalAdmin,
    },
  ],
  hooks: {
    beforeValidate: [normalizeSingleLineFields(['name', 'organisation'])],
    beforeChange: [assignMemberToken],
  },
}
