import type { CollectionConfig } from 'payload'

import { readOnlyForCommunication } from './access/readOnlyForCommunication'
import { editionEndpoints } from './endpoints/editionEndpoints'
import { brusselsDate } from './fields/brusselsDate'
import { internalField } from './fields/internalField'
import { groups, slugs } from './slugs'
import { technicalAdmin } from './fields/technicalAdmin'

/**
 * What was sent: an issue frozen when its send starts (view model, rendered templates, subject,
 * content hash). Every batch, every resume and the public archive read these bytes, never live
 * content. Written by the sender and the seed only; communication staff may withdraw an edition
 * from the public archive (a logged action), never edit it.
 */
export const Editions: CollectionConfig = {
  slug: slugs.editions,
  labels: { singular: 'Édition envoyée', plural: 'Éditions envoyées' },
  access: readOnlyForCommunication(),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'month', 'frozenAt', 'isWithdrawn'],
    group: groups.broadcast,
    description:
      'Le numéro tel qu’il a été envoyé, figé au début de l’envoi : l’archive publique l’affiche tel quel.',
  },
  defaultSort: '-month',
  endpoints: editionEndpoints,
  fields: [
    {
      name: 'archiveActions',
      label: 'Archive publique',
      type: 'ui',
      admin: {
        disableListColumn: true,
        components: {
          Field: '/src/components/admin/EditionWithdrawalActions#EditionWithdrawalActions',
        },
      },
    },
    {
      name: 'issue',
      label: 'Numéro',
      type: 'relationship',
      relationTo: slugs.issues,
      required: true,
      unique: true,
    },
    { name: 'month', label: 'Mois', type: 'text', required: true, index: true },
    { name: 'number', label: 'Numéro', type: 'number', required: true },
    { name: 'subject', label: 'Objet', type: 'text', required: true },
    { name: 'preheader', label: 'Texte d’aperçu', type: 'text' },
    { name: 'listId', label: 'List-Id', type: 'text', required: true, admin: technicalAdmin },
    { name: 'contentHash', label: 'Empreinte du contenu', type: 'text', required: true },
    brusselsDate({ name: 'frozenAt', label: 'Figée le', overrides: { required: true } }),
    // The view model (archive) and the compiled templates (sending): internal, never edited.
    {
      name: 'view',
      label: 'Contenu figé',
      type: 'json',
      required: true,
      admin: technicalAdmin,
    },
    {
      name: 'templates',
      label: 'Gabarits du courriel',
      type: 'json',
      required: true,
      admin: technicalAdmin,
    },
    {
      name: 'isWithdrawn',
      label: 'Retirée de l’archive publique',
      type: 'checkbox',
      defaultValue: false,
      admin: { readOnly: true },
    },
    internalField({
      name: 'withdrawal',
      label: 'Retrait',
      type: 'group',
      admin: { condition: (data) => Boolean(data?.isWithdrawn), readOnly: true },
      fields: [
        { name: 'reason', label: 'Motif', type: 'textarea' },
        { name: 'by', label: 'Par', type: 'text' },
        brusselsDate({ name: 'at', label: 'Le' }),
      ],
    }),
  ],
}
