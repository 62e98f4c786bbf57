/** What the creator of a board chooses beside its title and motion, and what the server is sent of it. */
import { Format } from '../../shared/debate/formats.ts'
import type { ArticlesChoice } from './ArticlesChoice.tsx'

export interface BoardSetup {
  format: Format
  articles: ArticlesChoice
  /** Only a classroom debate offers it; other formats ignore it. */
  anonymous: boolean
}

/** The landing page's first choice: a classroom debate on the demo articles. */
export const DEFAULT_SETUP: BoardSetup = { format: Format.Classroom, articles: 'demo', anonymous: false }

/** The fields of POST /api/boards for a setup. */
export interface SetupRequest {
  format: Format
  articles: 'demo' | 'none'
  anonymous?: boolean
}

/** The request fields for `setup`: the creator's own articles come after, so the board starts with none. */
export function toSetupRequest(setup: BoardSetup): SetupRequest {
  const request: SetupRequest = {
    format: setup.format,
    articles: setup.articles === 'demo' ? 'demo' : 'none',
  }
  if (setup.format === Format.Classroom) request.anonymous = setup.anonymous
  return request
}
