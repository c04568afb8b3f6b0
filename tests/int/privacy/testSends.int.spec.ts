import type { Payload } from 'payload'

import { PASSWORD } from '../../helpers/accessFixtures'
import type { RestServer } from '../../helpers/restServer'
import { loginHeader, startRestServer } from '../../helpers/restServer'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { seedDemoContent, seededFebruaryIssue } from '../../helpers/seededDemo'
import type { LocalResendServer } from '@/server/mail/localResend/localResendServer'
import { startLocalResendServer } from '@/server/mail/localResend/localResendServer'

/** « Envoyer un test » reveals no recipient to another and greets nobody as « Prénom ». */
describe('test sends', () => {
  let context: TestPayload
  let payload: Payload
  let rest: RestServer
  let mail: LocalResendServer
  let editor: string
  let issueId: number | string

  const sendTest = (to: string) =>
    fetch(`${rest.baseUrl}/api/issues/${issueId}/send-test`, {
      method: 'POST',
      headers: { authorization: editor, 'content-type': 'application/json' },
      body: JSON.stringify({ to }),
    })

  beforeAll(async () => {
    mail = await startLocalResendServer()
    process.env.MAIL_LOCAL_PORT = new URL(mail.url).port
    context = await getTestPayload()
    payload = context.payload
    await seedDemoContent(payload)
    // The first account of a database becomes admin: create it first, so the editor stays an editor.
    await payload.create({
      collection: 'users',
      data: { email: 'admin@test.local', password: PASSWORD, role: 'admin' },
    })
    await payload.create({
      collection: 'users',
      data: {
        email: 'eric.redacteur@unipso.be',
        password: PASSWORD,
        role: 'editor',
        name: 'Éric Rédacteur',
      },
    })
    issueId = (await seededFebruaryIssue(payload))?.id as number
    rest = await startRestServer(payload.config)
    editor = await loginHeader({
      baseUrl: rest.baseUrl,
      email: 'eric.redacteur@unipso.be',
      password: PASSWORD,
    })
  })
  beforeEach(() => mail.outbox.clear())
  afterAll(async () => {
    await rest?.close()
    await mail?.close()
    await context?.cleanup()
  })

  it('should send one mail per address, each showing only its own recipient', async () => {
    const response = await sendTest(
      'anne@unipso.be, "Martin, Bob" <Bob@Unipso.be>; eric.redacteur@unipso.be',
    )
    const body = (await response.json()) as { to: string[]; ids: string[] }
    const sent = mail.outbox.all()
    expect([response.status, body.to, body.ids.length]).toEqual([
      200,
      ['anne@unipso.be', 'bob@unipso.be', 'eric.redacteur@unipso.be'],
      3,
    ])
    expect(sent.map((email) => [email.to, email.subject])).toEqual([
      [['anne@unipso.be'], '[TEST] #ActUNIPSO – Février 2020'],
      [['"Martin, Bob" <bob@unipso.be>'], '[TEST] #ActUNIPSO – Février 2020'],
      [['eric.redacteur@unipso.be'], '[TEST] #ActUNIPSO – Février 2020'],
    ])
    // No mail carries another recipient anywhere: envelope, headers, HTML or text.
    const leaks = sent.map((email, index) =>
      ['anne@unipso.be', 'bob@unipso.be', 'eric.redacteur@unipso.be']
        .filter((_, other) => other !== index)
        .filter((address) => JSON.stringify(email).toLowerCase().includes(address)),
    )
    expect(leaks).toEqual([[], [], []])
  })

  it('should greet « Bonjour, » and the sender by their own first name in their own copy, never « Prénom »', async () => {
    await sendTest('anne@unipso.be, Bob <bob@unipso.be>, eric.redacteur@unipso.be')
    const greetings = mail.outbox.all().map((email) => ({
      html: /Bonjour[^<,]*,/.exec(email.html ?? '')?.[0],
      text: /Bonjour[^\n,]*,/.exec(email.text ?? '')?.[0],
      hasPlaceholder: `${email.html}${email.text}`.includes('Prénom'),
    }))
    expect(greetings).toEqual([
      { html: 'Bonjour,', text: 'Bonjour,', hasPlaceholder: false },
      { html: 'Bonjour,', text: 'Bonjour,', hasPlaceholder: false },
      { html: 'Bonjour Éric,', text: 'Bonjour Éric,', hasPlaceholder: false },
    ])
  })

  it('should refuse a list with one malformed entry in French, sending nothing', async () => {
    const response = await sendTest('anne@unipso.be, Bob <bob@>')
    const body = (await response.json()) as { error: string }
    expect([response.status, body.error, mail.outbox.all().length]).toEqual([
      400,
      'Adresse invalide : Bob <bob@>',
      0,
    ])
  })
})
