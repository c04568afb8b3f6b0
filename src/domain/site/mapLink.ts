import type { VenueInput } from '../newsletter/types'

/**
 * Where a visitor finds a venue on a map: the editors' own link when they gave one, else an
 * OpenStreetMap search for the address. Online venues and venues without an address have none.
 *
 * @example mapLink({ name: "Centre L'Ilon", street: 'Rue des Tanneries 1', postcode: '5000', city: 'Namur' })
 * // 'https://www.openstreetmap.org/search?query=Rue%20des%20Tanneries%201%2C%205000%20Namur%2C%20Belgique'
 */
export function mapLink(venue: VenueInput | null | undefined): string | null {
  if (!venue || venue.isOnline) return null
  if (venue.mapUrl) return venue.mapUrl
  const city = [venue.postcode, venue.city].filter(Boolean).join(' ')
  if (!venue.street && !city) return null
  const address = [venue.street, city, 'Belgique'].filter(Boolean).join(', ')
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`
}
