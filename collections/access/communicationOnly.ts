import type { CollectionConfig } from 'payload'

import { isCommunication } from './isCommunication'

/** Personal data (subscribers, members): communication staff and admins only, for every operation. */
export function communicationOnly(): CollectionConfig['access'] {
  return {
    create: isCommunication,
    read: isCommunication,
    update: isCommunication,
    delete: isCommunication,
  }
}
