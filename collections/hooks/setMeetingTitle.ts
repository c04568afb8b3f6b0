import type { CollectionBeforeChangeHook } from 'payload'

import type { MeetingKind } from '@/domain/content/options'
import { meetingTitle } from '@/domain/content/meetingTitle'
import { slugs } from '../slugs'

/** Meetings have no typed title: it is derived from body, group and time so lists stay readable. */
export const setMeetingTitle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.kind || !merged.startsAt) return data
  const groupRef = merged.workingGroup
  let workingGroupName: string | null = null
  if (groupRef) {
    const group =
      typeof groupRef === 'object'
        ? groupRef
        : await req.payload.findByID({
            collection: slugs.workingGroups,
            id: groupRef,
            depth: 0,
            req,
          })
    workingGroupName = group?.name ?? null
  }
  data.title = meetingTitle({
    kind: merged.kind as MeetingKind,
    workingGroupName,
    startsAt: merged.startsAt,
  })
  return data
}
