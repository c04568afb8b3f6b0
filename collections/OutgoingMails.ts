import type { CollectionConfig } from 'payload'

import { OUTGOING_MAIL_STATUSES } from '@/domain/mail/outgoingEmail'
import { toOptions } from '@/domain/content/options'
import { isAdmin } from './access/isAdmin'
import { groups, slugs } from './slugs'

/**
 * Transactional mails (subscription confirmation, member link, erasure confirmation) waiting to
 * leave: a request only queues its mail, the scheduler sends it, so no answer waits for the
 * mailer or reveals by its time what the mail depends on. Personal data: admins only.
 */
export const OutgoingMails: CollectionConfig = {
  slug: slugs.outgoingMails,
  labels: { singular: 'Courriel transactionnel', plural: 'Courriels transactionnels' },
  access: { create: () => false, read: isAdmin, update: () => false, delete: isAdmin },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['kind', 'to', 'status', 'createdAt', 'sentAt'],
    group: groups.admin,
    description:
      'Confirmations d’inscription, liens des membres : mis en file par le site, envoyés par le planificateur.',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'kind', label: 'Type', type: 'text', required: true, index: true },
    { name: 'to', label: 'Destinataire', type: 'text', required: true, index: true },
    { name: 'subject', label: 'Objet', type: 'text', required: true },
    {
      name: 'message',
      label: 'Message',
      type: 'json',
      required: true,
      admin: { description: 'HTML, texte, en-têtes et étiquettes, tels qu’envoyés.' },
    },
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: toOptions(OUTGOING_MAIL_STATUSES),
      index: true,
    },
    { name: 'attempts', label: 'Tentatives', type: 'number', defaultValue: 0 },
    { name: 'availableAt', label: 'À envoyer à partir de', type: 'date', index: true },
    { name: 'sentAt', label: 'Envoyé le', type: 'date' },
    { name: 'providerId', label: 'Identifiant chez le fournisseur', type: 'text' },
    { name: 'lastError', label: 'Dernière erreur', type: 'text' },
  ],
}
