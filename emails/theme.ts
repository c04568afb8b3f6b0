import type { CSSProperties } from 'react'

/**
 * Email styles: inline only, with properties Gmail, Outlook (Word engine) and Apple Mail all
 * support. Colours keep ≥ 7:1 contrast on white (muted text ≥ 4.5:1) and read on dark
 * backgrounds when clients invert them.
 */
export const colors = {
  brand: '#004f71',
  text: '#1f2933',
  muted: '#4a5560',
  rule: '#d5dbe0',
  page: '#eef1f3',
  card: '#ffffff',
  accent: '#7a3e00',
  onBrand: '#ffffff',
} as const

/** The same roles under `prefers-color-scheme: dark` (Apple Mail, iOS Mail, Outlook for Mac). */
const dark = {
  page: '#0e1316',
  card: '#1a2228',
  text: '#e8edf1',
  muted: '#c3ccd4',
  brand: '#8fd3f4',
  header: '#00344b',
  rule: '#3c4953',
  accent: '#ffbd7a',
  onBrand: '#0b1a21',
} as const

/**
 * Class names the dark-mode style sheet targets: inline styles win over a style sheet, so each
 * coloured element carries one of these and the dark rules use !important.
 */
export const cls = {
  page: 'au-page',
  card: 'au-card',
  header: 'au-header',
  text: 'au-text',
  muted: 'au-muted',
  brand: 'au-brand',
  link: 'au-link',
  button: 'au-button',
  rule: 'au-rule',
  accent: 'au-accent',
} as const

const darkRules = (prefix: string) =>
  [
    `${prefix}.${cls.page}{background-color:${dark.page}!important}`,
    `${prefix}.${cls.card}{background-color:${dark.card}!important}`,
    `${prefix}.${cls.header}{background-color:${dark.header}!important}`,
    `${prefix}.${cls.text}{color:${dark.text}!important}`,
    `${prefix}.${cls.muted}{color:${dark.muted}!important}`,
    `${prefix}.${cls.brand}{color:${dark.brand}!important;border-color:${dark.brand}!important}`,
    `${prefix}.${cls.link}{color:${dark.brand}!important}`,
    `${prefix}.${cls.accent}{color:${dark.accent}!important}`,
    `${prefix}.${cls.rule}{border-color:${dark.rule}!important}`,
    `${prefix}.${cls.button}{background-color:${dark.brand}!important;border-color:${dark.brand}!important;color:${dark.onBrand}!important}`,
  ].join('')

/**
 * The email's only style sheet: dark colours for clients that honour `prefers-color-scheme: dark`,
 * and the same for Outlook.com, which marks the elements it recolours with data-ogsc/data-ogsb.
 * Clients that ignore it (Gmail) keep the inline light colours, or invert them themselves.
 */
export const darkModeCss =
  ':root{color-scheme:light dark;supported-color-schemes:light dark}' +
  `@media (prefers-color-scheme:dark){${darkRules('')}}` +
  darkRules('[data-ogsc] ') +
  darkRules('[data-ogsb] ')

const font = 'Arial, Helvetica, sans-serif'
// Long URLs (footnotes, Drive links) must wrap on a 375 px phone instead of widening the email.
const wrap = { wordBreak: 'break-word', overflowWrap: 'anywhere' } as const
// Headings carry every margin and size themselves: clients give h1–h3 defaults of their own.
const heading = { fontFamily: font, padding: 0, ...wrap } as const

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
  title: {
    ...heading,
    color: colors.onBrand,
    fontSize: '28px',
    fontWeight: 700,
    margin: 0,
    lineHeight: '34px',
  } satisfies CSSProperties,
  titleMonth: {
    display: 'block',
    fontSize: '18px',
    fontWeight: 400,
    lineHeight: '26px',
  } satisfies CSSProperties,
  headerLink: {
    color: colors.onBrand,
    fontSize: '14px',
    lineHeight: '20px',
    textDecoration: 'underline',
  } satisfies CSSProperties,
  headerMeta: { margin: '6px 0 0', fontSize: '14px', lineHeight: '20px' } satisfies CSSProperties,
  section: { padding: '0 24px' } satisfies CSSProperties,
  sectionTitle: {
    ...heading,
    color: colors.brand,
    fontSize: '20px',
    fontWeight: 700,
    lineHeight: '26px',
    margin: '28px 0 8px',
    borderBottom: `2px solid ${colors.brand}`,
    paddingBottom: '4px',
    textTransform: 'uppercase',
  } satisfies CSSProperties,
  tocGroup: {
    ...heading,
    color: colors.text,
    fontSize: '15px',
    fontWeight: 700,
    margin: '14px 0 6px',
    lineHeight: '22px',
    textTransform: 'uppercase',
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
  tocEntry: {
    ...wrap,
    color: colors.text,
    fontSize: '14px',
    lineHeight: '20px',
    margin: '0 0 6px',
  } satisfies CSSProperties,
  small: {
    ...wrap,
    color: colors.muted,
    fontSize: '14px',
    lineHeight: '20px',
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
    ...heading,
    color: colors.text,
    fontSize: '17px',
    fontWeight: 700,
    lineHeight: '24px',
    margin: '24px 0 10px',
  } satisfies CSSProperties,
  status: { color: colors.accent, fontWeight: 700 } satisfies CSSProperties,
  link: { color: colors.brand, textDecoration: 'underline' } satisfies CSSProperties,
  tocLink: { color: colors.text, textDecoration: 'none' } satisfies CSSProperties,
  titleLink: { color: colors.text, textDecoration: 'underline' } satisfies CSSProperties,
  /**
   * « Ajouter à mon agenda »: react-email's Button, whose padding Outlook for Windows gets through
   * its MSO spacers; inline-block, so the three wrap on a phone.
   */
  button: {
    backgroundColor: colors.brand,
    color: colors.onBrand,
    borderRadius: '4px',
    fontSize: '14px',
    fontWeight: 700,
    padding: '10px 16px',
    margin: '0 6px 8px 0',
  } satisfies CSSProperties,
  buttons: { margin: '4px 0 12px', lineHeight: '20px' } satisfies CSSProperties,
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
  footer: {
    backgroundColor: colors.page,
    padding: '16px 24px',
    marginTop: '16px',
  } satisfies CSSProperties,
  footerText: {
    ...wrap,
    color: colors.muted,
    fontSize: '13px',
    lineHeight: '19px',
    margin: '0 0 6px',
  } satisfies CSSProperties,
} as const
