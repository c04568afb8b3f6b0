'use client'
import { useState } from 'react'

/** Copies a feed URL, for calendars that only take an address. */
export function CopyButton({ text }: { text: string }) {
  const [isCopied, setIsCopied] = useState(false)
  return (
    <button
      type="button"
      className="button"
      onClick={async () => {
        await navigator.clipboard.writeText(text)
        setIsCopied(true)
      }}
    >
      {isCopied ? 'Adresse copiée' : 'Copier l’adresse'}
    </button>
  )
}
