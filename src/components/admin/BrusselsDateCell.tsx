'use client'
/** A list cell for `createdAt`/`updatedAt`: Payload prints them in the browser's zone, we in Brussels. */
import type { DefaultCellComponentProps } from 'payload'

import { formatAdminDateTime } from '@/domain/dates/brussels'

export function BrusselsDateCell({ cellData }: DefaultCellComponentProps) {
  return (
    <span>{typeof cellData === 'string' && cellData ? formatAdminDateTime(cellData) : ''}</span>
  )
}
