import type { CollectionConfig, Field } from 'payload'

import { groups, slugs } from '../slugs'
import { dateRangeFields } from './dateRangeFields'
import { emailRichText } from './emailRichText'
import { eventStatusField } from './eventStatusField'
import { rowArrayField } from './rowArrayField'
import { sequenceField } from './sequenceField'
import { signatureFields } from './signatureFields'
import { slugField } from './slugField'
import { validateHttpUrl } from './validateHttpUrl'

/**
 * The fields every public event shares (agenda items and conferences), shaped after the
 * Agenda section of the reference issue: date, venue, description, programme, practical
 * information, contacts, co-organisers, registration, status and signature.
 */
export function eventFields(): Field[] {
  return [
    {
      name: 'title',
      label: 'Titre',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: {
        description: 'Texte simple. Pour mettre des mots en italique, entourez-les d’astérisques.',
        components: {
          Cell: '/src/components/admin/ItalicTitleCell#ItalicTitleCell',
          afterInput: ['/src/components/admin/PlainDocumentTitle#PlainDocumentTitle'],
        },
      },
    },
    slugField({
      sourceField: 'title',
      overrides: {
        admin: {
          description:
            'Adresse de la page de l’évènement (/agenda/…). Remplie à partir du titre, puis gardée.',
        },
      },
    }),
    ...dateRangeFields(),
    {
      name: 'venue',
      label: 'Lieu',
      type: 'relationship',
      relationTo: slugs.venues,
      admin: { description: 'Laisser vide si le lieu est encore à confirmer.' },
    },
    {
      name: 'summary',
      label: 'Résumé',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'Une ou deux phrases, reprises dans les calendriers et le sommaire.' },
    },
    { name: 'description', label: 'Description', type: 'richText', editor: emailRichText },
    {
      name: 'programme',
      label: 'Programme',
      labels: { singular: 'Point du programme', plural: 'Points du programme' },
      type: 'array',
      fields: [{ name: 'item', label: 'Point', type: 'textarea', required: true }],
    },
    {
      name: 'practicalInfo',
      label: 'Informations pratiques',
      type: 'richText',
      editor: emailRichText,
      admin: {
        description: 'En plus de la date, du lieu et des contacts, déjà repris automatiquement.',
      },
    },
    {
      name: 'contacts',
      label: 'Contacts UNIPSO',
      type: 'relationship',
      relationTo: slugs.staff,
      hasMany: true,
    },
    rowArrayField({
      name: 'externalContacts',
      label: 'Contacts externes',
      labels: { singular: 'Contact externe', plural: 'Contacts externes' },
      fields: [
        { name: 'name', label: 'Nom', type: 'text', required: true },
        { name: 'organisation', label: 'Organisation', type: 'text' },
        { name: 'email', label: 'Courriel', type: 'email' },
        { name: 'phone', label: 'Téléphone', type: 'text' },
      ],
    }),
    rowArrayField({
      name: 'coOrganisers',
      label: 'Co-organisateurs',
      labels: { singular: 'Co-organisateur', plural: 'Co-organisateurs' },
      fields: [
        { name: 'name', label: 'Nom', type: 'text', required: true },
        { name: 'url', label: 'Site', type: 'text', validate: validateHttpUrl },
      ],
    }),
    {
      name: 'registrationUrl',
      label: "Lien d'inscription",
      type: 'text',
      validate: validateHttpUrl,
    },
    ...signatureFields(),
    eventStatusField(),
    {
      name: 'isPublished',
      label: 'Publié (visible sur le site et dans les calendriers publics)',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    sequenceField({
      overrides: {
        admin: {
          description:
            'Augmente quand la date, l’heure ou le lieu change (mise à jour des agendas abonnés).',
        },
      },
    }),
  ]
}

/** The list view of the event collections: its columns are fields of eventFields(). */
export function eventAdmin(): NonNullable<CollectionConfig['admin']> {
  return {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'venue', 'status', 'isPublished'],
    group: groups.events,
  }
}
