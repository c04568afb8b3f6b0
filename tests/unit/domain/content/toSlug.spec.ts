import { toSlug } from '@/domain/content/toSlug'

describe('toSlug', () => {
  it('should lower-case, strip accents and join words with dashes', () => {
    expect(toSlug('GT Économie sociale')).toBe('gt-economie-sociale')
  })

  it('should strip the cedilla and other diacritics', () => {
    expect(toSlug('Français à Liège, Namur & Mons')).toBe('francais-a-liege-namur-mons')
  })

  it('should turn an apostrophe into a dash', () => {
    expect(toSlug("Conseil d'administration")).toBe('conseil-d-administration')
  })

  it('should collapse runs of separators into one dash', () => {
    expect(toSlug('a  --  b__c')).toBe('a-b-c')
  })

  it('should remove leading and trailing dashes', () => {
    expect(toSlug('  -- #ActUNIPSO! -- ')).toBe('actunipso')
  })

  it('should keep digits', () => {
    expect(toSlug('Février 2020 n°3')).toBe('fevrier-2020-n-3')
  })

  it('should return an empty string when nothing usable remains', () => {
    expect(toSlug(' !?… ')).toBe('')
  })

  it('should keep an already valid slug unchanged', () => {
    expect(toSlug('gt-aviq-2020')).toBe('gt-aviq-2020')
  })

  it('should spell out the French ligature œ instead of dropping it', () => {
    expect(toSlug('Mise en œuvre')).toBe('mise-en-oeuvre')
  })
})
