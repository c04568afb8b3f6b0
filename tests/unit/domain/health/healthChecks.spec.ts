import { migrationsCheck, overallStatus, schedulerCheck } from '@/domain/health/healthChecks'

const NOW = new Date('2026-11-23T10:00:00.000Z')
const UP_LONG_AGO = new Date('2026-11-23T09:00:00.000Z')
const UP_JUST_NOW = new Date('2026-11-23T09:59:00.000Z')
const secondsAgo = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString()

describe('migrationsCheck', () => {
  it('should pass when every committed migration is applied', () => {
    expect(migrationsCheck({ committed: ['a', 'b'], applied: ['a', 'b'] })).toEqual({
      status: 'ok',
      applied: 2,
      pending: [],
      detail: 'Toutes les migrations sont appliquées',
    })
  })

  it('should list the committed migrations the database has not applied, in order', () => {
    expect(migrationsCheck({ committed: ['a', 'b', 'c'], applied: new Set(['b']) })).toEqual({
      status: 'error',
      applied: 1,
      pending: ['a', 'c'],
      detail: '2 migration(s) en attente : npm run migrate',
    })
  })

  it('should not count migrations the database has but the code does not know', () => {
    expect(migrationsCheck({ committed: ['a'], applied: ['a', 'z'] })).toMatchObject({
      status: 'ok',
      applied: 1,
    })
  })
})

describe('schedulerCheck', () => {
  it('should pass with a tick 30 seconds ago', () => {
    expect(
      schedulerCheck({
        isOn: true,
        lastTickAt: secondsAgo(30),
        lastTickOk: true,
        now: NOW,
        upSince: UP_LONG_AGO,
      }),
    ).toEqual({
      status: 'ok',
      lastTickAt: secondsAgo(30),
      ageSeconds: 30,
      lastTickOk: true,
      detail: 'Passage toutes les minutes',
    })
  })

  it('should accept a tick exactly 3 minutes old', () => {
    expect(
      schedulerCheck({
        isOn: true,
        lastTickAt: secondsAgo(180),
        lastTickOk: true,
        now: NOW,
        upSince: UP_LONG_AGO,
      }).status,
    ).toBe('ok')
  })

  it('should fail when the last tick is older than 3 minutes and the app has been up longer', () => {
    expect(
      schedulerCheck({
        isOn: true,
        lastTickAt: secondsAgo(181),
        lastTickOk: true,
        now: NOW,
        upSince: UP_LONG_AGO,
      }),
    ).toMatchObject({
      status: 'error',
      ageSeconds: 181,
      detail: 'Aucun passage depuis plus de 3 minutes',
    })
  })

  it('should fail when no tick was ever recorded after 3 minutes up', () => {
    expect(
      schedulerCheck({
        isOn: true,
        lastTickAt: null,
        lastTickOk: null,
        now: NOW,
        upSince: UP_LONG_AGO,
      }),
    ).toEqual({
      status: 'error',
      lastTickAt: null,
      ageSeconds: null,
      lastTickOk: null,
      detail: 'Aucun passage enregistré après 3 minutes de fonctionnement',
    })
  })

  it('should wait for the first tick while the app has been up less than 3 minutes', () => {
    expect(
      schedulerCheck({
        isOn: true,
        lastTickAt: secondsAgo(3600),
        lastTickOk: true,
        now: NOW,
        upSince: UP_JUST_NOW,
      }),
    ).toMatchObject({
      status: 'ok',
      detail: 'Démarrage : premier passage attendu',
    })
  })

  it('should fail on a recent tick that failed', () => {
    expect(
      schedulerCheck({
        isOn: true,
        lastTickAt: secondsAgo(10),
        lastTickOk: false,
        now: NOW,
        upSince: UP_LONG_AGO,
      }),
    ).toMatchObject({
      status: 'error',
      detail: 'Le dernier passage a échoué (voir les journaux)',
    })
  })

  it('should report off, not an error, when the scheduler is switched off, with the last tick seen', () => {
    expect(
      schedulerCheck({
        isOn: false,
        lastTickAt: secondsAgo(3600),
        lastTickOk: false,
        now: NOW,
        upSince: UP_LONG_AGO,
      }),
    ).toEqual({
      status: 'off',
      lastTickAt: secondsAgo(3600),
      ageSeconds: 3600,
      lastTickOk: false,
      detail: 'Planificateur désactivé sur cette instance (SCHEDULER=off)',
    })
  })

  it('should treat an unreadable date as no tick', () => {
    expect(
      schedulerCheck({
        isOn: true,
        lastTickAt: 'hier',
        lastTickOk: true,
        now: NOW,
        upSince: UP_LONG_AGO,
      }),
    ).toMatchObject({
      status: 'error',
      lastTickAt: null,
    })
  })
})

describe('overallStatus', () => {
  it('should be ok when checks are ok or off', () => {
    expect(overallStatus({ a: { status: 'ok' }, b: { status: 'off' } })).toBe('ok')
  })

  it('should be error when any check is in error', () => {
    expect(
      overallStatus({ a: { status: 'ok' }, b: { status: 'error' }, c: { status: 'off' } }),
    ).toBe('error')
  })
})
