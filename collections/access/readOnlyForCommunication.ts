import type { CollectionConfig } from 'payload'

import { isCommunication } from './isCommunication'

/**
 * The sending record (editions, sends, deliveries, suppressions): written by the system alone
 * (the sender, the erasure, the seed, all with access off); communication staff read it.
 */
export function readOnlyForCommunication(): CollectionConfig['access'] {
  return {
    create: () => false,
    read: isCommunication,
    update: () => false,
    delete: () => false,
  }
}
