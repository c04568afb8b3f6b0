import type { OptionList } from '../content/options'

export const SEND_STATUSES = [
  { value: 'preparing', label: 'Préparation' },
  { value: 'sending', label: 'Envoi en cours' },
  { value: 'done', label: 'Terminé' },
  { value: 'failed', label: 'Échec' },
  { value: 'paused', label: 'En pause (arrêt de sécurité)' },
  { value: 'cancelled', label: 'Annulé' },
] as const satisfies OptionList<string>

export type SendStatus = (typeof SEND_STATUSES)[number]['value']

export const DELIVERY_STATUSES = [
  { value: 'queued', label: 'En attente' },
  { value: 'sent', label: 'Envoyé' },
  { value: 'failed', label: 'En échec' },
  { value: 'delivered', label: 'Distribué' },
  { value: 'bounced', label: 'Rejeté (bounce)' },
  { value: 'complained', label: 'Plainte' },
] as const satisfies OptionList<string>
