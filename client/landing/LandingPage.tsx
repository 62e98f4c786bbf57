/** The start page: create a board, or open the demo. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreatedBoard } from '../http/boardsApi.ts'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx'
import { navigate } from '../ui/route.ts'
import { CreateBoardForm } from './CreateBoardForm.tsx'
import { BoardLinks } from './BoardLinks.tsx'
import { rememberBoardLinks } from './boardLinksStore.ts'
import { ImportBoard } from '../exports/ImportBoard.tsx'
import './landing.css'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import type { BoardSetup } from '../debate/boardSetup.ts'

export function LandingPage() {
  const { t } = useTranslation()
  const [created, setCreated] = useState<{ board: CreatedBoard; setup: BoardSetup }>()
  const onCreated = (board: CreatedBoard, setup: BoardSetup) => {
    rememberBoardLinks(board)
    setCreated({ board, setup })
  }
  return (
    <main className="landing" data-testid="landing">
      <div className="landing-top">
        <LanguageSwitcher />
      </div>
      <header className="landing-hero">
        <h1>{t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
      </header>
      <div className="landing-panels">
        <section className="landing-panel">
          {created ? (
            <BoardLinks
              board={created.board}
              addArticles={created.setup.articles === 'own'}
              onReset={() => setCreated(undefined)}
            />
          ) : (
            <CreateBoardForm onCreated={onCreated} />
          )}
        </section>
        <div className="landing-side">
          <section className="landing-panel landing-demo">
            <h2>{t('landing.demoTitle')}</h2>
            <p>{t('landing.demoText')}</p>
            <button
              type="button"
              className="button"
              onClick={() => navigate(`/b/${DEMO_BOARD_ID}`)}
              data-testid="open-demo"
            >
              {t('landing.openDemo')}
            </button>
          </section>
          <ImportBoard />
        </div>
      </div>
    </main>
  )
}
