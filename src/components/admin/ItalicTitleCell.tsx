'use client'
/** A title column in a list: `*italics*` rendered, linked to the document as Payload's cell is. */
import type { DefaultCellComponentProps } from 'payload'
import Link from 'next/link'

import { ItalicTitle } from './ItalicTitle'

export function ItalicTitleCell({
  cellData,
  collectionSlug,
  link,
  linkURL,
  onClick,
  rowData,
}: DefaultCellComponentProps) {
  const title = <ItalicTitle text={typeof cellData === 'string' ? cellData : ''} />
  // In a list drawer (choosing a document from a field), a click picks the row.
  if (onClick)
    return (
      <button
        type="button"
        className="btn btn--style-none"
        onClick={() => onClick({ cellData, collectionSlug, rowData })}
      >
        {title}
      </button>
    )
  if (!link) return <span>{title}</span>
  return (
    <Link
      prefetch={false}
      href={linkURL ?? `/admin/collections/${collectionSlug}/${encodeURIComponent(rowData.id)}`}
    >
      {title}
    </Link>
  )
}
