/**
 * npm run send -- <YYYY-MM> [--now]: sends an approved (or scheduled) issue from the terminal with
 * a progress bar; without --now, only if it is due. Safe to run beside the app: sends are claimed.
 */
import { getMailer } from '../src/server/mail/getMailer'
import { findIssue } from '../src/server/newsletter/loadIssueSource'
import { ensureSend, runSend } from '../src/server/sending/runSend'
import { loadPayload, runScript } from './lib/loadPayload'

function bar(done: number, total: number): string {
  const width = 30
  const filled = total > 0 ? Math.round((done / total) * width) : width
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`
}

runScript(async () => {
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
        `Le numéro ${issue.month} est « ${issue.status} » : il doit être approuvé avant l’envoi.`,
      )
    }
    const isDue =
      issue.status === 'sending' ||
      (issue.scheduledAt && Date.parse(issue.scheduledAt) <= Date.now())
    if (!isNow && !isDue)
      throw new Error(
        `Le numéro ${issue.month} n’est pas encore dû : ajoutez --now pour l’envoyer maintenant.`,
      )
    const started = Date.now()
    const sendId = await ensureSend({ payload, issueId: issue.id })
    // Structured lines (pino) carry the send id like the scheduler's; the bar is for the terminal.
    const log = payload.logger.child({ sendId })
    log.info({ month: issue.month, trigger: 'cli', isNow, msg: 'Envoi lancé depuis le terminal' })
    const result = await runSend({
      payload,
      mailer: getMailer(),
      sendId,
      onProgress: ({ sent, failed, total }) => {
        const seconds = (Date.now() - started) / 1000
        process.stdout.write(
          `\r${bar(sent + failed, total)} · ${failed} en échec · ${(sent / Math.max(seconds, 0.001)).toFixed(0)} courriels/s   `,
        )
      },
    })
    process.stdout.write('\n')
    log.info({ result, ms: Date.now() - started, msg: 'Envoi depuis le terminal terminé' })
    if (result === 'busy') throw new Error('Un autre processus envoie déjà ce numéro.')
    if (result === 'failed')
      throw new Error(
        'Envoi interrompu : relancez la commande pour reprendre là où il s’est arrêté.',
      )
    const send = await payload.findByID({ collection: 'sends', id: sendId, depth: 0 })
    console.log(
      `✔ Numéro ${issue.month} envoyé : ${send.sent} courriel(s), ${send.failed} en échec, en ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  } finally {
    await payload.destroy()
  }
})
