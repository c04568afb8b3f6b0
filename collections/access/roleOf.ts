// The role predicates live in src/domain (the admin dashboard uses them too); access/ keeps this path.
export { hasCommunicationRole, roleOf } from '@/domain/content/roles'
