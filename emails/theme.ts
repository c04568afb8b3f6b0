import type { CSSProperties } from 'react'

/**
 * Email styles: inline only, with properties Gmail, Outlook (Word engine) and Apple Mail all
 * support. Colours keep ≥ 7:1 contrast on white and read on dark backgrounds when clients invert.
 */
export const colors = {
  brand: '#004f71',
  text: '#1f2933',
  muted: '#4a5560',
  rule: '#d5dbe0',
  page: '#eef1f3',
  card: '#ffffff',
  accent: '#7a3e00',
} as const

const font = 'Arial, Helvetica, sans-serif'
// Long URLs (footnotes, Drive links) must wrap on a 375 px phone instead of widening the email.
const wrap = { wordBreak: 'break-word', overflowWrap: 'anywhere' } as const

export const styles = {
  body: {
    backgroundColor: colors.page,
    margin: 0,
    padding: '24px 0',
    fontFamily: font,
  } satisfies CSSProperties,
  container: {
    backgroundColor: colors.card,
    width: '100%',
    maxWidth: '600px',
    margin: '0 auto',
  } satisfies CSSProperties,
  header: { backgroundColor: colors.brand, padding: '20px 24px' } satisfies CSSProperties,
  brand: {
    color: '#ffffff',
    fontSize: '28px',
    fontWeight: 700,
    margin: 0,
    lineHeight: '34px',
  } satisfies CSSProperties,
  headerMeta: {
    color: '#ffffff',
    fontSize: '14px',
    margin: '4px 0 0',
    lineHeight: '20px',
  } satisfies CSSProperties,
  headerLink: { color: '#ffffff', textDecoration: 'underline' } satisfies CSSProperties,
  section: { padding: '8px 24px' } satisfies CSSProperties,
  sectionTitle: {
    color: colors.brand,
    fontSize: '20px',
    fontWeight: 700,
    lineHeight: '26px',
    margin: '24px 0 8px',
    borderBottom: `2px solid ${colors.brand}`,
    paddingBottom: '4px',
  } satisfies CSSProperties,
  subTitle: {
    color: colors.text,
    fontSize: '15px',
    fontWeight: 700,
    margin: '12px 0 4px',
    lineHeight: '22px',
  } satisfies CSSProperties,
  paragraph: {
    ...wrap,
    color: colors.text,
    fontSize: '15px',
    lineHeight: '23px',
    margin: '0 0 12px',
  } satisfies CSSProperties,
  small: {
    ...wrap,
    color: colors.muted,
    fontSize: '13px',
    lineHeight: '19px',
    margin: '0 0 4px',
  } satisfies CSSProperties,
  list: {
    ...wrap,
    color: colors.text,
    fontSize: '15px',
    lineHeight: '23px',
    margin: '0 0 12px',
    paddingLeft: '22px',
  } satisfies CSSProperties,
  listItem: { margin: '0 0 4px' } satisfies CSSProperties,
  label: { color: colors.brand, fontWeight: 700 } satisfies CSSProperties,
  itemTitle: {
    ...wrap,
    color: colors.text,
    fontSize: '17px',
    fontWeight: 700,
    lineHeight: '24px',
    margin: '20px 0 10px',
  } satisfies CSSProperties,
  status: { color: colors.accent, fontWeight: 700 } satisfies CSSProperties,
  link: { color: colors.brand, textDecoration: 'underline' } satisfies CSSProperties,
  tocLink: { color: colors.text, textDecoration: 'none' } satisfies CSSProperties,
  signature: {
    ...wrap,
    color: colors.muted,
    fontSize: '14px',
    fontStyle: 'italic',
    lineHeight: '20px',
    margin: '8px 0 16px',
  } satisfies CSSProperties,
  footnotes: {
    borderTop: `1px solid ${colors.rule}`,
    margin: '8px 0 12px',
    padding: '6px 0 0',
  } satisfies CSSProperties,
  footer: { backgroundColor: colors.page, padding: '16px 24px' } satisfies CSSProperties,
  footerText: {
    ...wrap,
    color: colors.muted,
    fontSize: '12px',
    lineHeight: '18px',
    margin: '0 0 6px',
  } satisfies CSSProperties,
  rule: {
    borderTop: `1px solid ${colors.rule}`,
    borderBottom: 'none',
    borderLeft: 'none',
    borderRight: 'none',
    margin: '16px 0',
  } satisfies CSSProperties,
} as const
