/** The moderator links of the listed groups, derived (asynchronously, by Web Crypto) once per copy id. */
import { useEffect, useState } from 'react'
import { groupModeratorLinks } from './groupLinks.ts'

/** By copy id; empty without a moderator token, and until the derivation is done. */
export function useGroupLinks(
  copyIds: readonly string[],
  moderatorToken: string | undefined,
): Record<string, string> {
  const [links, setLinks] = useState<Record<string, string>>({})
  // The list is read again every 10 s; its ids as one string keep the derivation from rerunning each time.
  const key = copyIds.join('\n')
  useEffect(() => {
    if (!moderatorToken || key === '') return
    let live = true
    void groupModeratorLinks(window.location.origin, key.split('\n'), moderatorToken).then(
      (derived) => live && setLinks(derived),
    )
    return () => {
      live = false
    }
  }, [key, moderatorToken])
  return links
}
