'use client'
import { useState } from 'react'

/**
 * Copies a feed URL, for calendars that only take an address. Says so in a live region (screen
 * readers hear it too); where the browser refuses the clipboard (an http page, a denied
 * permission), it says to copy the address shown below instead of failing silently.
 */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text)
            setState('copied')
          } catch {
            setState('failed')
          }
        }}
      >
        Copier l’adresse{label ? <span className="visually-hidden"> de « {label} »</span> : null}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {state === 'copied'
          ? 'Adresse copiée.'
          : state === 'failed'
            ? 'Copie impossible : sélectionnez l’adresse ci-dessous.'
            : ''}
      </span>
    </>
  )
}
