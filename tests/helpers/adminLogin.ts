import type { Page } from 'playwright-core'

/**
 * Logs in through the admin's own form, as a person does, and resolves once the admin has let
 * them in (the login page left for the dashboard).
 */
export async function logInThroughAdmin({
  page,
  baseUrl,
  email,
  password,
}: {
  page: Page
  baseUrl: string
  email: string
  password: string
}): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.getByRole('textbox', { name: 'E-mail' }).fill(email)
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
}
