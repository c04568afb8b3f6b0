'use client'
/**
 * Under a title that allows `*italics*`: keeps the edit view's header and breadcrumb free of the
 * asterisks. Payload sets them from the raw field (on load, then a frame after each change); this
 * sets the plain title a frame later. Renders nothing.
 */
import { useDocumentTitle, useFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'

import { toPlainTitle } from '@/domain/content/inlineItalics'

export function PlainDocumentTitle({ path }: { path: string }) {
  const value = useFormFields(([fields]) => fields[path]?.value)
  const { setDocumentTitle } = useDocumentTitle()
  useEffect(() => {
    if (typeof value !== 'string' || !value.includes('*')) return
    let second = 0
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setDocumentTitle(toPlainTitle(value)))
    })
    return () => {
      cancelAnimationFrame(first)
      cancelAnimationFrame(second)
    }
  }, [value, setDocumentTitle])
  return null
}
