/** An optional link must be a full http(s) address: emails and calendars need absolute URLs. */
export const validateHttpUrl = (value: string | null | undefined): true | string =>
  !value || /^https?:\/\/\S+$/.test(value) || 'Indiquez une adresse complète (https://…).'
