import type { CSSProperties } from 'react'

/** The admin's plain action button, shared so every panel's buttons look alike. */
export const buttonStyle = {
  padding: '8px 14px',
  borderRadius: 4,
  border: '1px solid var(--theme-elevation-400)',
  background: 'var(--theme-elevation-50)',
  color: 'var(--theme-text)',
  cursor: 'pointer',
} as const satisfies CSSProperties

/** The framed box our panels sit in, in a document's edit view or above a list. */
export const panelStyle = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 12,
  marginBottom: 24,
} as const satisfies CSSProperties

/**
 * Text colours for errors and confirmations that stay readable (contrast ≥ 4.5:1) in both themes:
 * Payload's 750 shade is dark on the light theme and light on the dark one (its scale inverts);
 * the 500 shade it uses for borders is 3.9:1 on white, below WCAG AA for text.
 */
export const textColor = {
  error: 'var(--theme-error-750)',
  success: 'var(--theme-success-750)',
} as const
