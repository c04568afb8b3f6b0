'use client'
/**
 * The issue's « Statut » menu, offering only what the logged-in role may choose from the saved
 * status (the rule of src/domain/content/issueWorkflow.ts, which the server applies too), and
 * showing in words why the server refused a change anyway (approval checks, a send time).
 * The server's reason is kept until the status changes or a save succeeds (keptRefusal).
 */
import type { SelectFieldClientComponent } from 'payload'
import { SelectField, useAuth, useDocumentInfo, useField } from '@payloadcms/ui'
import { useState } from 'react'

import type { IssueStatus } from '@/domain/content/options'
import { allowedIssueStatuses } from '@/domain/content/issueWorkflow'
import type { FieldSeen, Refusal } from '@/domain/content/keptRefusal'
import { keptRefusal } from '@/domain/content/keptRefusal'
import { roleOf } from '@/domain/content/roles'

import { textColor } from './adminStyles'

export const IssueStatusField: SelectFieldClientComponent = (props) => {
  const { user } = useAuth<{ role?: string | null }>()
  const { data } = useDocumentInfo()
  const { value, errorMessage, showError } = useField<string>({ path: props.path })
  const savedIssue = data as { status?: IssueStatus; updatedAt?: string } | undefined
  const saved = savedIssue?.status
  const seen: FieldSeen = {
    error: showError && errorMessage ? errorMessage : undefined,
    value,
    savedAt: savedIssue?.updatedAt,
  }
  // Adjusted while rendering (React's pattern for state derived from changing inputs).
  const [last, setLast] = useState<FieldSeen>(seen)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  if (last.error !== seen.error || last.value !== seen.value || last.savedAt !== seen.savedAt) {
    setLast(seen)
    setRefusal(keptRefusal(refusal, last, seen))
  }

  const allowed = allowedIssueStatuses({ from: saved, actor: roleOf(user) ?? 'editor' })
  const options = props.field.options.filter((option) =>
    allowed.includes((typeof option === 'string' ? option : option.value) as IssueStatus),
  )
  return (
    <>
      <SelectField {...props} field={{ ...props.field, options }} />
      {refusal ? (
        <p
          role="alert"
          data-testid="issue-status-error"
          style={{ color: textColor.error, margin: '-8px 0 16px' }}
        >
          {refusal.message}
        </p>
      ) : null}
    </>
  )
}
