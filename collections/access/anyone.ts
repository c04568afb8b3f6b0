import type { Access } from 'payload'

/** Public reference data (venues, rubrics, working-group names). */
export const anyone: Access = () => true
