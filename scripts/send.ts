/**
 * npm run send -- <YYYY-MM> [--now]: sends an approved (or scheduled) issue from the terminal with
 * a progress bar; without --now, only if it is due. Safe to run beside the app: sends are claimed.
 *
 * Exit codes: 0 sent, 3 another worker holds the send, 4 stopped but resumable (SIGINT/SIGTERM, or
 * an automatic safety pause), 1 error. SIGINT/SIGTERM let the batch in flight finish.
 */
import './lib/bootstrapEnv'

import { ISSUE_STATUSES, labelOf } from '../src/domain/content/options'
import { getMailer } from '../src/server/mail/getMailer'
import { findIssue } from '../src/server/newsletter/loadIssueSource'
import type { RunSendResult } from '../src/server/sending/runSend'
import { ensureSend, runSend } from '../src/server/sending/runSend'
import { loadPayload, runScript } from './lib/loadPayload'
import { sendProgressReporter } from './lib/sendProgressReporter'
import { listenForShutdown, shutdownSignal } from './lib/shutdown'

/** `npm run send`'s exit code for each result of the sender (README, « Subscribers and sending »). */
const SEND_EXIT_CODES = {
  done: 0,
  busy: 3,
  stopped: 4,
  paused: 4,
  failed: 1,
} as const satisfies Record<RunSendResult, number>

const STOPPED_MESSAGE = `⏸ Envoi arrêté proprement : relancez la commande pour reprendre (code ${SEND_EXIT_CODES.stopped}).`

runScript(async () => {
  listenForShutdown({
    onSignal: (signal) =>
      console.log(
        `\n⏹ ${signal} reçu : fin du lot en cours, puis arrêt (un second signal arrête tout de suite).`,
      ),
  })
  const ref = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
  const isNow = process.argv.includes('--now')
  if (!ref) throw new Error('Usage : npm run send -- <AAAA-MM> [--now]')
  const payload = await loadPayload()
  try {
    const issue = await findIssue({ payload, ref })
    if (!issue) throw new Error(`Numéro « ${ref} » introuvable.`)
    if (issue.status === 'sent')
      throw new Error(`Le numéro ${issue.month} a déjà été envoyé : rien à faire.`)
    if (!['approved', 'scheduled', 'sending'].includes(issue.status)) {
      throw new Error(
        `Le numéro ${issue.month} est « ${labelOf(ISSUE_STATUSES, issue.status)} » : il doit être approuvé avant l’envoi.`,
      )
    }
    const isDue =
      issue.status === 'sending' ||
      (issue.scheduledAt && Date.parse(issue.scheduledAt) <= Date.now())
    if (!isNow && !isDue)
      throw new Error(
        `Le numéro ${issue.month} n’est pas encore dû : ajoutez --now pour l’envoyer maintenant.`,
      )
    if (shutdownSignal.aborted) {
      console.log(STOPPED_MESSAGE)
      return SEND_EXIT_CODES.stopped
    }
    const started = Date.now()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    // Structured lines (pino) carry the send id like the scheduler's; the bar is for the terminal.
    const log = payload.logger.child({ sendId })
    log.info({ month: issue.month, trigger: 'cli', isNow, msg: 'Envoi lancé depuis le terminal' })
    const before = await payload.findByID({ collection: 'sends', id: sendId, depth: 0 })
    const progress = sendProgressReporter({ sentBefore: before.sent ?? 0 })
    const result = await runSend({
      payload,
      mailer: getMailer(),
      sendId,
      signal: shutdownSignal,
      onProgress: progress.update,
    }).finally(progress.stop)
    log.info({ result, ms: Date.now() - started, msg: 'Envoi depuis le terminal terminé' })
    const send = await payload.findByID({ collection: 'sends', id: sendId, depth: 0 })
    switch (result) {
      case 'done':
        console.log(
          `✔ Numéro ${issue.month} envoyé : ${send.sent} courriel(s), ${send.failed} en échec, en ${((Date.now() - started) / 1000).toFixed(1)} s`,
        )
        break
      case 'busy':
        console.log(
          `⏳ Un autre processus envoie déjà ce numéro : rien n’a été fait ici (code ${SEND_EXIT_CODES.busy}).`,
        )
        break
      case 'stopped':
        console.log(`${STOPPED_MESSAGE} ${send.sent} courriel(s) envoyé(s) jusqu’ici.`)
        break
      case 'paused':
        console.log(
          `⏸ Envoi suspendu automatiquement (trop de rebonds ou de plaintes) : vérifiez Diffusion › Envois ; seule l’équipe communication peut le reprendre (code ${SEND_EXIT_CODES.paused}).`,
        )
        break
      case 'failed':
        console.error(
          `✖ Envoi interrompu par une erreur${send.lastError ? ` (${send.lastError})` : ''} : relancez la commande pour reprendre là où il s’est arrêté (code ${SEND_EXIT_CODES.failed}).`,
        )
        break
    }
    return SEND_EXIT_CODES[result]
  } finally {
    await payload.destroy()
  }
})
