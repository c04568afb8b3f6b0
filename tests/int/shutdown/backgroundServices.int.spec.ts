import net from 'node:net'

import type { Payload } from 'payload'

import { markdownToLexical } from '@/domain/content/markdownToLexical'
import { isGroupAlive, spawnScript } from '../../helpers/spawnScript'
import type { ScriptProcess } from '../../helpers/spawnScript'
import { sendOfIssue } from '../../helpers/sendableIssue'
import { freePort } from '../../helpers/startApp'
import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether something accepts connections on the port (the local mail server). */
const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/**
 * `npm start`'s shutdown, through what it runs beside Next (the local mail server and the
 * scheduler, same code: scripts/lib/backgroundServices.ts and scripts/lib/shutdown.ts) in a real
 * process group. Next itself needs a build: tests/e2e/start.e2e.spec.ts covers the whole command.
 */
describe('npm start shutdown (scheduler and local mail server)', () => {
  let context: TestPayload
  let payload: Payload
  let articleId: number
  let issueNumber = 0
  let services: ScriptProcess | null = null

  const scheduledIssue = async () => {
    issueNumber += 1
    return payload.create({
      collection: 'issues',
      data: {
        number: 700 + issueNumber,
        month: `2070-${String(issueNumber).padStart(2, '0')}`,
        subject: `Arrêt ${issueNumber}`,
        preheader: 'Aperçu',
        articles: [articleId],
        status: 'scheduled',
        // Due now: an issue more than SEND_LATE_AFTER_MINUTES late waits for a human.
        scheduledAt: new Date().toISOString(),
      },
    })
  }
  const sentCount = async (sendId: number) =>
    (
      await payload.count({
        collection: 'deliveries',
        where: { and: [{ send: { equals: sendId } }, { status: { not_equals: 'queued' } }] },
        overrideAccess: true,
      })
    ).totalDocs
  const sendOf = (issueId: number) => sendOfIssue({ payload, issueId })
  const startServices = async ({ mailPort, slowMs }: { mailPort: number; slowMs: number }) => {
    const started = spawnScript({
      // One process, as `npm start` runs it (bootstrap.mjs → node --import tsx scripts/start.ts).
      script: 'tests/helpers/scripts/backgroundServices.ts',
      env: {
        MAIL_LOCAL_PORT: String(mailPort),
        PORT: String(await freePort()),
        // Batches slow enough for the signal to land mid-send.
        LOCAL_RESEND_FAULTS: `slowMs=${slowMs}`,
        SEND_LEASE_SECONDS: '60',
      },
    })
    services = started
    return started
  }

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    const rubric = await payload.create({
      collection: 'rubrics',
      data: { label: 'POLITIQUE', order: 1 },
    })
    const staff = await payload.create({
      collection: 'staff',
      data: { name: 'Frédéric Clerbaux', jobTitle: 'Conseiller juridique' },
    })
    articleId = (
      await payload.create({
        collection: 'articles',
        data: {
          rubric: rubric.id,
          title: 'Article',
          body: markdownToLexical('Texte.') as never,
          signedBy: [staff.id],
          status: 'published',
        },
      })
    ).id
    for (let index = 0; index < 800; index += 1) {
      await payload.create({
        collection: 'subscribers',
        data: { email: `s${String(index).padStart(4, '0')}@federation.be`, status: 'active' },
      })
    }
  })
  afterEach(() => {
    if (services && isGroupAlive(services.pid)) services.kill('SIGKILL')
    services = null
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should exit 0 within 10 s on SIGTERM mid-send, with the batch finished, the lock released and the mail port closed', async () => {
    const issue = await scheduledIssue()
    const mailPort = await freePort()
    const run = await startServices({ mailPort, slowMs: 400 })
    let send = await sendOf(issue.id)
    const started = Date.now()
    while (!send || (await sentCount(send.id)) < 100) {
      if (Date.now() - started > 180_000 || run.output().includes('✖'))
        throw new Error(`Envoi jamais commencé :\n${run.output()}`)
      await sleep(50)
      send = await sendOf(issue.id)
    }
    const signalled = Date.now()
    run.kill('SIGTERM')
    const exit = await run.exited
    const stopMs = Date.now() - signalled
    const locks = await payload.count({
      collection: 'send-locks',
      where: { key: { equals: `send-${send.id}` } },
      overrideAccess: true,
    })
    const after = await sendOf(issue.id)
    expect({
      code: exit.code,
      isWithin10s: stopMs < 10_000,
      isGroupGone: !isGroupAlive(run.pid),
      isMailPortOpen: await isListening(mailPort),
      locks: locks.totalDocs,
      // Stopped between batches: a whole number of batches recorded, not the whole audience.
      isStoppedBetweenBatches: (after?.sent ?? 0) % 100 === 0 && (after?.sent ?? 0) < 800,
      status: after?.status,
    }).toEqual({
      code: 0,
      isWithin10s: true,
      isGroupGone: true,
      isMailPortOpen: false,
      locks: 0,
      isStoppedBetweenBatches: true,
      status: 'sending',
    })
  })

  it('should exit at once on a second signal, without waiting for the batch in flight', async () => {
    const issue = await scheduledIssue()
    // A batch takes 8 s to be answered: only the second signal can end the process before it.
    const run = await startServices({ mailPort: await freePort(), slowMs: 8000 })
    let send = await sendOf(issue.id)
    const started = Date.now()
    while (send?.status !== 'sending') {
      if (Date.now() - started > 180_000 || run.output().includes('✖'))
        throw new Error(`Envoi jamais commencé :\n${run.output()}`)
      await sleep(50)
      send = await sendOf(issue.id)
    }
    await sleep(1000) // the first batch is in flight
    run.kill('SIGTERM')
    await sleep(600) // past the window in which the same signal again is taken for an echo
    const signalled = Date.now()
    run.kill('SIGINT')
    const exit = await run.exited
    expect({
      code: exit.code,
      isBeforeTheBatch: Date.now() - signalled < 5000,
      says: run.output().includes('arrêt immédiat'),
    }).toEqual({ code: 130, isBeforeTheBatch: true, says: true })
  })
})
