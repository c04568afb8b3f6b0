import type { Field, RelationshipField } from 'payload'

import { slugs } from '../slugs'

/** Who signs (staff members) and the phone printed under the signature. */
export function signatureFields({
  signedBy = {},
}: { signedBy?: Partial<Omit<RelationshipField, 'type' | 'name' | 'relationTo'>> } = {}): Field[] {
  return [
    {
      name: 'signedBy',
      label: 'Signature',
      type: 'relationship',
      relationTo: slugs.staff,
      hasMany: true,
      ...signedBy,
    } as RelationshipField,
    {
      name: 'signaturePhone',
      label: 'Téléphone de la signature',
      type: 'text',
      admin: { description: 'Par défaut, le premier numéro de la personne qui signe.' },
    },
  ]
}
