/** npm run draft-next-issue: creates next month's draft issue (never twice for the same month). */
import { draftNextIssue } from '../src/server/newsletter/draftNextIssue'
import { loadPayload, runScript } from './lib/loadPayload'

runScript(async () => {
  const payload = await loadPayload()
  const result = await draftNextIssue({ payload, now: new Date() })
  console.log(
    result.isCreated
      ? `✔ Numéro ${result.month} créé (id ${result.id}) : ${result.agendaItems} événement(s), ${result.conferences} conférence(s), ${result.meetings} réunion(s) dans sa période.`
      : `• Le numéro ${result.month} existe déjà (id ${result.id}) : rien à faire.`,
  )
  await payload.destroy()
})
