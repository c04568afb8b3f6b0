import type { ContactView, EventInput } from './types'

/**
 * A Belgian number as written in the newsletter ("081/24.90.22", "+32 2 210 53 00", "0032…") as
 * a tel: link in international form, or null when it holds no digits to dial.
 *
 * @example phoneHref('081/24.90.22') // 'tel:+3281249022'
 */
export function phoneHref(phone: string | null | undefined): string | null {
  const trimmed = phone?.trim() ?? ''
  const digits = trimmed.replace(/\D/g, '')
  if (digits.length < 6) return null
  if (trimmed.startsWith('+')) return `tel:+${digits}`
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`
  if (digits.startsWith('0')) return `tel:+32${digits.slice(1)}`
  return `tel:${digits}`
}

const contact = ({
  name,
  email,
  phone,
}: {
  name: string
  email?: string | null
  phone?: string | null
}): ContactView => ({
  name,
  email: email?.trim() || null,
  phone: phone?.trim() || null,
  tel: phoneHref(phone),
})

/**
 * « Infos auprès de … »: the event's staff contacts (their address and first number), then its
 * outside contacts, each with what the email can link.
 *
 * @example eventContacts({ contacts: [{ name: 'Geoffrey Morbois', email: 'g@unipso.be', phones: [{ number: '081/24.90.31' }] }] })
 * // [{ name: 'Geoffrey Morbois', email: 'g@unipso.be', phone: '081/24.90.31', tel: 'tel:+3281249031' }]
 */
export function eventContacts(
  event: Pick<EventInput, 'contacts' | 'externalContacts'>,
): ContactView[] {
  return [
    ...(event.contacts ?? []).map((person) =>
      contact({ name: person.name, email: person.email, phone: person.phones?.[0]?.number }),
    ),
    ...(event.externalContacts ?? []).map(contact),
  ]
}
