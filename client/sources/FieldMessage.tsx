/** The message under a field of the add-article form: an error, or a warning that does not block saving. */
import { useTranslation } from 'react-i18next'
import type { FieldProblem } from './articleDraft.ts'

interface FieldMessageProps {
  id: string
  problem: FieldProblem | undefined
  warning?: boolean
}

export function FieldMessage({ id, problem, warning }: FieldMessageProps) {
  const { t } = useTranslation('sources')
  if (!problem) return null
  return (
    <p
      id={id}
      className={warning ? 'article-warning' : 'field-error'}
      data-testid={`article-problem-${problem.key}`}
    >
      {t(problem.key, problem.values)}
    </p>
  )
}

/** The `aria-describedby` of a field: its message's id when it has one. */
export function describedBy(id: string, problem: FieldProblem | undefined, ...more: string[]) {
  const ids = [...(problem ? [id] : []), ...more]
  return ids.length > 0 ? ids.join(' ') : undefined
}
