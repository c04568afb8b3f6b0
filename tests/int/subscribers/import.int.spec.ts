import type { Payload } from 'payload'

import type { TestPayload } from '../../helpers/testPayload'
import { getTestPayload } from '../../helpers/testPayload'
import { exportSubscribersCsv, importSubscribers } from '@/server/subscribers/importSubscribers'

const FORUM = 'Liste des participants du Forum 2019, consentement écrit'

describe('importSubscribers', () => {
  let context: TestPayload
  let payload: Payload
  const count = async () => (await payload.count({ collection: 'subscribers' })).totalDocs

  beforeAll(async () => {
    context = await getTestPayload()
    payload = context.payload
    await payload.create({
      collection: 'subscribers',
      data: { email: 'parti@federation.be', status: 'unsubscribed' },
    })
    await payload.create({
      collection: 'subscribers',
      data: { email: 'actif@federation.be', status: 'active' },
    })
  })
  afterAll(async () => {
    await context?.cleanup()
  })

  it('should create, update and refuse rows with a reason per line, never reactivating the unsubscribed', async () => {
    const csv = [
      '\uFEFFemail;prénom;nom;organisation',
      'Nouvelle@Federation.be;Anne;Dupont;"Fédération ; des services"',
      'actif@federation.be;Bob;;',
      'parti@federation.be;Claire;;',
      'pas-une-adresse;X;;',
      'nouvelle@federation.be;Anne;;',
      'trop;de;colonnes;ici;encore',
    ].join('\r\n')
    const report = await importSubscribers({
      payload,
      csvText: csv,
      fileName: 'membres.csv',
      consentSource: FORUM,
    })
    const created = (
      await payload.find({
        collection: 'subscribers',
        where: { email: { equals: 'nouvelle@federation.be' } },
      })
    ).docs[0]
    const parti = (
      await payload.find({
        collection: 'subscribers',
        where: { email: { equals: 'parti@federation.be' } },
      })
    ).docs[0]
    expect([report.created, report.updated]).toEqual([1, 1])
    expect(report.rejected).toEqual([
      {
        line: 4,
        email: 'parti@federation.be',
        reason: 'désinscrit ou en erreur : un import ne le réinscrit jamais',
      },
      { line: 5, email: 'pas-une-adresse', reason: 'adresse invalide' },
      { line: 6, email: 'nouvelle@federation.be', reason: 'doublon de la ligne 2' },
      { line: 7, email: 'trop', reason: '5 colonnes au lieu de 4' },
    ])
    expect([
      created?.status,
      created?.organisation,
      created?.consent?.source,
      created?.consent?.detail,
      parti?.status,
    ]).toEqual(['active', 'Fédération ; des services', 'import', FORUM, 'unsubscribed'])
  })

  it('should import nothing from a malformed file', async () => {
    const before = await count()
    const error = await importSubscribers({
      payload,
      csvText: 'email;nom\nzed@federation.be;"ouvert\nautre@federation.be;x',
      fileName: 'casse.csv',
      consentSource: FORUM,
    }).catch((caught: unknown) => caught)
    expect([(error as Error).message, await count()]).toEqual([
      'Fichier illisible (casse.csv) : Guillemet ouvert sans fin à partir de la ligne 2. Rien n’a été importé.',
      before,
    ])
  })

  it('should import nothing from a file without an email column', async () => {
    const before = await count()
    const error = await importSubscribers({
      payload,
      csvText: 'nom,prénom\nDupont,Anne',
      fileName: 'x.csv',
      consentSource: FORUM,
    }).catch((caught: unknown) => caught)
    expect([(error as Error).message, await count()]).toEqual([
      'Colonne « email » introuvable dans l’en-tête (nom, prénom). Rien n’a été importé.',
      before,
    ])
  })

  it('should export a CSV with formulas neutralised', async () => {
    await payload.create({
      collection: 'subscribers',
      data: { email: 'formule@federation.be', firstName: '=HYPERLINK("x")', status: 'active' },
    })
    const csv = await exportSubscribersCsv(payload)
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFemail;prénom;nom;organisation;statut;consentement;origine;confirmé le;désinscrit le',
    )
    expect(csv).toContain('formule@federation.be;"\'=HYPERLINK(""x"")";')
  })
})
