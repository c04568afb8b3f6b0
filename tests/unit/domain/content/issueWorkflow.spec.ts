import type { IssueStatus } from '@/domain/content/options'
import { allowedIssueStatuses, canChangeIssueStatus } from '@/domain/content/issueWorkflow'

const EDITOR_REFUSAL =
  'Un rédacteur ne peut pas faire passer un numéro au-delà de « Prêt à relire » : l’approbation et la programmation reviennent à l’équipe communication.'

describe('canChangeIssueStatus', () => {
  describe('same status', () => {
    it('should allow an editor to keep a draft as draft', () => {
      expect(canChangeIssueStatus({ from: 'draft', to: 'draft', actor: 'editor' })).toEqual({
        isAllowed: true,
      })
    })

    it('should allow an editor to save a sent issue without changing its status', () => {
      expect(canChangeIssueStatus({ from: 'sent', to: 'sent', actor: 'editor' })).toEqual({
        isAllowed: true,
      })
    })

    it('should allow an admin to save a sending issue without changing its status', () => {
      expect(canChangeIssueStatus({ from: 'sending', to: 'sending', actor: 'admin' })).toEqual({
        isAllowed: true,
      })
    })

    it('should allow an editor to save a scheduled issue without changing its status', () => {
      expect(canChangeIssueStatus({ from: 'scheduled', to: 'scheduled', actor: 'editor' })).toEqual(
        {
          isAllowed: true,
        },
      )
    })

    it('should treat a missing current status as draft', () => {
      expect(canChangeIssueStatus({ from: undefined, to: 'draft', actor: 'editor' })).toEqual({
        isAllowed: true,
      })
    })
  })

  describe('editor', () => {
    it('should allow draft to ready', () => {
      expect(canChangeIssueStatus({ from: 'draft', to: 'ready', actor: 'editor' })).toEqual({
        isAllowed: true,
      })
    })

    it('should allow ready back to draft', () => {
      expect(canChangeIssueStatus({ from: 'ready', to: 'draft', actor: 'editor' })).toEqual({
        isAllowed: true,
      })
    })

    it('should allow a new issue (no status yet) to be created as ready', () => {
      expect(canChangeIssueStatus({ from: undefined, to: 'ready', actor: 'editor' })).toEqual({
        isAllowed: true,
      })
    })

    it('should refuse ready to approved', () => {
      expect(canChangeIssueStatus({ from: 'ready', to: 'approved', actor: 'editor' })).toEqual({
        isAllowed: false,
        message: EDITOR_REFUSAL,
      })
    })

    it('should refuse draft to scheduled', () => {
      expect(canChangeIssueStatus({ from: 'draft', to: 'scheduled', actor: 'editor' })).toEqual({
        isAllowed: false,
        message: EDITOR_REFUSAL,
      })
    })

    it('should refuse a new issue created directly as approved', () => {
      expect(canChangeIssueStatus({ from: undefined, to: 'approved', actor: 'editor' })).toEqual({
        isAllowed: false,
        message: EDITOR_REFUSAL,
      })
    })

    it('should refuse moving an approved issue back to draft', () => {
      expect(canChangeIssueStatus({ from: 'approved', to: 'draft', actor: 'editor' })).toEqual({
        isAllowed: false,
        message: EDITOR_REFUSAL,
      })
    })

    it('should refuse moving a scheduled issue back to ready', () => {
      expect(canChangeIssueStatus({ from: 'scheduled', to: 'ready', actor: 'editor' })).toEqual({
        isAllowed: false,
        message: EDITOR_REFUSAL,
      })
    })
  })

  describe('communication and admin', () => {
    it('should allow communication to approve a ready issue', () => {
      expect(
        canChangeIssueStatus({ from: 'ready', to: 'approved', actor: 'communication' }),
      ).toEqual({
        isAllowed: true,
      })
    })

    it('should allow communication to schedule an approved issue', () => {
      expect(
        canChangeIssueStatus({ from: 'approved', to: 'scheduled', actor: 'communication' }),
      ).toEqual({
        isAllowed: true,
      })
    })

    it('should allow communication to move a scheduled issue back to draft', () => {
      expect(
        canChangeIssueStatus({ from: 'scheduled', to: 'draft', actor: 'communication' }),
      ).toEqual({
        isAllowed: true,
      })
    })

    it.each(['draft', 'ready'] as const)(
      'should refuse to schedule a %s issue without approval, even for an admin or communication',
      (from) => {
        const refusal = {
          isAllowed: false,
          message: 'Seul un numéro « Approuvé » peut être programmé : approuvez-le d’abord.',
        }
        expect([
          canChangeIssueStatus({ from, to: 'scheduled', actor: 'admin' }),
          canChangeIssueStatus({ from, to: 'scheduled', actor: 'communication' }),
        ]).toEqual([refusal, refusal])
      },
    )

    it('should allow an admin to approve a new issue', () => {
      expect(canChangeIssueStatus({ from: undefined, to: 'approved', actor: 'admin' })).toEqual({
        isAllowed: true,
      })
    })

    it('should refuse an unknown target status', () => {
      expect(
        canChangeIssueStatus({ from: 'draft', to: 'archived' as IssueStatus, actor: 'admin' }),
      ).toEqual({
        isAllowed: false,
        message: 'Statut inconnu : archived.',
      })
    })
  })

  describe('sending and sent', () => {
    it('should refuse communication setting sending by hand', () => {
      expect(
        canChangeIssueStatus({ from: 'scheduled', to: 'sending', actor: 'communication' }),
      ).toEqual({
        isAllowed: false,
        message: "Le statut « En cours d'envoi » est posé par l’envoi lui-même, pas à la main.",
      })
    })

    it('should refuse an admin setting sent by hand', () => {
      expect(canChangeIssueStatus({ from: 'scheduled', to: 'sent', actor: 'admin' })).toEqual({
        isAllowed: false,
        message: 'Le statut « Envoyé » est posé par l’envoi lui-même, pas à la main.',
      })
    })

    it('should refuse an editor setting sent by hand', () => {
      expect(canChangeIssueStatus({ from: 'ready', to: 'sent', actor: 'editor' })).toEqual({
        isAllowed: false,
        message: 'Le statut « Envoyé » est posé par l’envoi lui-même, pas à la main.',
      })
    })

    it('should allow the system to move a scheduled issue to sending', () => {
      expect(canChangeIssueStatus({ from: 'scheduled', to: 'sending', actor: 'system' })).toEqual({
        isAllowed: true,
      })
    })

    it('should allow the system to move a sending issue to sent', () => {
      expect(canChangeIssueStatus({ from: 'sending', to: 'sent', actor: 'system' })).toEqual({
        isAllowed: true,
      })
    })

    it('should lock a sent issue against an admin', () => {
      expect(canChangeIssueStatus({ from: 'sent', to: 'draft', actor: 'admin' })).toEqual({
        isAllowed: false,
        message: 'Ce numéro est « Envoyé » : son statut ne peut plus être modifié.',
      })
    })

    it('should lock a sending issue against communication', () => {
      expect(
        canChangeIssueStatus({ from: 'sending', to: 'scheduled', actor: 'communication' }),
      ).toEqual({
        isAllowed: false,
        message: "Ce numéro est « En cours d'envoi » : son statut ne peut plus être modifié.",
      })
    })

    it('should lock a sent issue against an editor', () => {
      expect(canChangeIssueStatus({ from: 'sent', to: 'ready', actor: 'editor' })).toEqual({
        isAllowed: false,
        message: 'Ce numéro est « Envoyé » : son statut ne peut plus être modifié.',
      })
    })

    it('should report the lock rather than the by-hand rule when going from sending to sent', () => {
      expect(canChangeIssueStatus({ from: 'sending', to: 'sent', actor: 'admin' })).toEqual({
        isAllowed: false,
        message: "Ce numéro est « En cours d'envoi » : son statut ne peut plus être modifié.",
      })
    })
  })
})

describe('allowedIssueStatuses', () => {
  it('should offer an editor draft and ready only', () => {
    expect(allowedIssueStatuses({ from: 'ready', actor: 'editor' })).toEqual(['draft', 'ready'])
  })

  it('should offer a new issue (no status yet) to an editor as a draft', () => {
    expect(allowedIssueStatuses({ from: undefined, actor: 'editor' })).toEqual(['draft', 'ready'])
  })

  it('should offer communication staff approval but not scheduling before approval', () => {
    expect(allowedIssueStatuses({ from: 'ready', actor: 'communication' })).toEqual([
      'draft',
      'ready',
      'approved',
    ])
  })

  it('should offer scheduling once approved', () => {
    expect(allowedIssueStatuses({ from: 'approved', actor: 'admin' })).toEqual([
      'draft',
      'ready',
      'approved',
      'scheduled',
    ])
  })

  it('should offer an editor only the current status of an approved issue', () => {
    expect(allowedIssueStatuses({ from: 'approved', actor: 'editor' })).toEqual(['approved'])
  })

  it('should offer nothing but the current status once the sender has it', () => {
    expect(allowedIssueStatuses({ from: 'sending', actor: 'admin' })).toEqual(['sending'])
  })

  it('should agree with canChangeIssueStatus for every role and pair of statuses', () => {
    const statuses: IssueStatus[] = ['draft', 'ready', 'approved', 'scheduled', 'sending', 'sent']
    const mismatches = (['editor', 'communication', 'admin'] as const).flatMap((actor) =>
      statuses.flatMap((from) =>
        statuses.filter(
          (to) =>
            allowedIssueStatuses({ from, actor }).includes(to) !==
            canChangeIssueStatus({ from, to, actor }).isAllowed,
        ),
      ),
    )
    expect(mismatches).toEqual([])
  })
})
