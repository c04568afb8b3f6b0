import type { CollectionConfig } from 'payload'

import { ISSUE_STATUSES, toOptions } from '@/domain/content/options'
import { validateIssueMonth } from '@/domain/content/issueMonth'
import { canUpdateIssue } from './access/canUpdateIssue'
import { isCommunication } from './access/isCommunication'
import { isStaff } from './access/isStaff'
import { publishedOrStaff } from './access/publishedOrStaff'
import { brusselsDate } from './fields/brusselsDate'
import { internalField } from './fields/internalField'
import { issueEndpoints } from './endpoints/issueEndpoints'
import { enforceIssueWorkflow } from './hooks/enforceIssueWorkflow'
import { fillMeetingsWindow, validateMeetingsUntil } from './hooks/fillMeetingsWindow'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { returnIssueToReview } from './hooks/returnIssueToReview'
import { groups, slugs } from './slugs'

/** Articles, agenda items and conferences are chosen with their dates and statuses in view. */
const PICKER = '/src/components/admin/IssueContentPicker#IssueContentPicker'

/**
 * One monthly #ActUNIPSO issue. It points at its content; the Instances and Groupes de travail
 * lines are not stored here but read from `meetings` within the issue's window.
 */
export const Issues: CollectionConfig = {
  slug: slugs.issues,
  labels: { singular: 'Numéro', plural: 'Numéros' },
  access: {
    create: isStaff,
    read: publishedOrStaff({ status: { equals: 'sent' } }),
    update: canUpdateIssue,
    delete: isCommunication,
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['number', 'month', 'subject', 'status', 'scheduledAt'],
    group: groups.broadcast,
    description: 'Les numéros de l’#ActUNIPSO : contenu, relecture, approbation et programmation.',
    components: {
      beforeListTable: ['/src/components/admin/DraftNextIssueButton#DraftNextIssueButton'],
    },
  },
  defaultSort: '-month',
  endpoints: issueEndpoints,
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Contenu',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'number',
                  label: 'Numéro',
                  type: 'number',
                  required: true,
                  unique: true,
                  min: 1,
                },
                {
                  name: 'month',
                  label: 'Mois (AAAA-MM)',
                  type: 'text',
                  required: true,
                  unique: true,
                  index: true,
                  validate: (value: string | null | undefined) => validateIssueMonth(value),
                },
              ],
            },
            {
              name: 'subject',
              label: 'Objet du courriel',
              type: 'text',
              required: true,
              maxLength: 150,
            },
            {
              name: 'preheader',
              label: 'Texte d’aperçu',
              type: 'text',
              maxLength: 200,
              admin: { description: 'La ligne que la messagerie affiche après l’objet.' },
            },
            {
              name: 'editors',
              label: 'Rédacteurs',
              type: 'relationship',
              relationTo: slugs.staff,
              hasMany: true,
              admin: { description: 'Cités dans le pied de page, dans cet ordre.' },
            },
            {
              name: 'articles',
              label: 'Dossiers et projets',
              type: 'relationship',
              relationTo: slugs.articles,
              hasMany: true,
              admin: { description: 'Dans l’ordre de parution.', components: { Field: PICKER } },
            },
            {
              name: 'agendaItems',
              label: 'Agenda',
              type: 'relationship',
              relationTo: slugs.agendaItems,
              hasMany: true,
              admin: { components: { Field: PICKER } },
            },
            {
              name: 'conferences',
              label: 'Conférences',
              type: 'relationship',
              relationTo: slugs.conferences,
              hasMany: true,
              admin: { components: { Field: PICKER } },
            },
            {
              type: 'row',
              fields: [
                brusselsDate({
                  name: 'meetingsFrom',
                  label: 'Réunions listées du',
                  withTime: false,
                  overrides: {
                    admin: {
                      description: 'Instances et groupes de travail repris dans le numéro.',
                    },
                  },
                }),
                brusselsDate({
                  name: 'meetingsUntil',
                  label: 'au',
                  withTime: false,
                  overrides: { validate: validateMeetingsUntil },
                }),
              ],
            },
            {
              name: 'footer',
              label: 'Pied de page',
              type: 'group',
              fields: [
                {
                  name: 'tagline',
                  label: 'Mention',
                  type: 'text',
                  defaultValue: 'Lettre d’information mensuelle de l’UNIPSO',
                },
                { name: 'feedbackEmail', label: 'Adresse pour les remarques', type: 'email' },
                { name: 'feedbackPhone', label: 'Téléphone', type: 'text' },
              ],
            },
          ],
        },
        {
          label: 'Aperçu et test',
          description:
            'Le courriel tel que les abonnés le recevront, les vérifications et l’envoi de test.',
          fields: [
            {
              name: 'emailPanel',
              label: 'Aperçu et test',
              type: 'ui',
              admin: {
                disableListColumn: true,
                components: { Field: '/src/components/admin/IssueEmailPanel#IssueEmailPanel' },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'sendStatus',
      label: 'Suivi de l’envoi',
      type: 'ui',
      admin: {
        disableListColumn: true,
        position: 'sidebar',
        components: { Field: '/src/components/admin/IssueSendStatus#IssueSendStatus' },
      },
    },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: toOptions(ISSUE_STATUSES),
      index: true,
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/IssueStatusField#IssueStatusField' },
        description:
          'Les rédacteurs vont jusqu’à « Prêt à relire » ; la communication approuve et programme.',
      },
    },
    internalField({
      name: 'workflowNote',
      label: 'Remarque du circuit de validation',
      type: 'textarea',
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.workflowNote),
      },
    }),
    brusselsDate({
      name: 'scheduledAt',
      label: 'Envoi programmé le',
      overrides: { index: true, admin: { position: 'sidebar' } },
    }),
    brusselsDate({
      name: 'sentAt',
      label: 'Envoyé le',
      overrides: { admin: { position: 'sidebar', readOnly: true } },
    }),
  ],
  hooks: {
    beforeValidate: [normalizeSingleLineFields(['subject', 'preheader']), fillMeetingsWindow],
    beforeChange: [enforceIssueWorkflow, returnIssueToReview],
  },
}
