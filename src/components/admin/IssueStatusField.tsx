'use client'
/**
 * The issue's « Statut » menu, offering only what the logged-in role may choose from the saved
 * status (the rule of src/domain/content/issueWorkflow.ts, which the server applies too), and
 * showing in words why the server refused a change anyway (approval checks, a send time).
 */
import type { SelectFieldClientComponent } from 'payload'
import { SelectField, useAuth, useDocumentInfo, useField } from '@payloadcms/ui'

import type { IssueStatus } from '@/domain/content/options'
import { allowedIssueStatuses } from '@/domain/content/issueWorkflow'
import { roleOf } from '@/domain/content/roles'

import { textColor } from './adminStyles'

export const IssueStatusField: SelectFieldClientComponent = (props) => {
  const { user } = useAuth<{ role?: string | null }>()
  const { data } = useDocumentInfo()
  const { errorMessage, showError } = useField<string>({ path: props.path })
  const saved = (data as { status?: IssueStatus } | undefined)?.status
  const allowed = allowedIssueStatuses({ from: saved, actor: roleOf(user) ?? 'editor' })
  const options = props.field.options.filter((option) =>
    allowed.includes((typeof option === 'string' ? option : option.value) as IssueStatus),
  )
  return (
    <>
      <SelectField {...props} field={{ ...props.field, options }} />
      {showError && errorMessage ? (
        <p
          role="alert"
          data-testid="issue-status-error"
          style={{ color: textColor.error, margin: '-8px 0 16px' }}
        >
          {errorMessage}
        </p>
      ) : null}
    </>
  )
}
