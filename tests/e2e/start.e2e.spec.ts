import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { RunningApp } from '../helpers/startApp'
import { startApp } from '../helpers/startApp'

/**
 * The newcomer's path: `npm start` on an empty database builds if needed, migrates, loads the
 * demo, prints a one-time admin password, and serves the French admin and the REST API.
 */
describe('npm start', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actunipso-start-'))
  const env = {
    DATABASE_URI: `file:${path.join(dir, 'app.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
  }
  let app: RunningApp | undefined
  let password = ''

  beforeAll(async () => {
    app = await startApp({ env })
    password = /Mot de passe : (\S+)/.exec(app.output())?.[1] ?? ''
  })
  afterAll(async () => {
    await app?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should print a random admin password once', () => {
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/)
  })

  it('should serve the admin login page in French', async () => {
    const response = await fetch(`${app?.baseUrl}/admin/login`)
    const html = await response.text()
    expect([response.status, /<html[^>]*lang="fr"/.test(html)]).toEqual([200, true])
  })

  it('should let the admin log in and find the February 2020 issue with its six articles', async () => {
    const login = await fetch(`${app?.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@unipso.local', password }),
    })
    const { token } = (await login.json()) as { token: string }
    const response = await fetch(`${app?.baseUrl}/api/issues?where[month][equals]=2020-02&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
    const body = (await response.json()) as { docs: Array<{ subject: string; articles: number[] }> }
    expect(body.docs.map((issue) => [issue.subject, issue.articles.length])).toEqual([['#ActUNIPSO – Février 2020', 6]])
  })

  it('should keep meetings private', async () => {
    const response = await fetch(`${app?.baseUrl}/api/meetings`)
    expect(response.status).toBe(403)
  })

  it('should change nothing on a second start', async () => {
    const count = async () => {
      const response = await fetch(`${app?.baseUrl}/api/articles?limit=0`)
      return ((await response.json()) as { totalDocs: number }).totalDocs
    }
    const before = await count()
    await app?.stop()
    app = await startApp({ env })
    expect([app.output().includes('démo non rechargée'), app.output().includes('Mot de passe :'), await count()]).toEqual([
      true,
      false,
      before,
    ])
  })
})
