/** Chooses the page from the URL: the landing page or a board. */
import { useRoute } from './ui/useRoute.ts'
import { LandingPage } from './landing/LandingPage.tsx'
import { BoardPage } from './board/BoardPage.tsx'
import { ToastProvider } from './ui/ToastProvider.tsx'

export function App() {
  const route = useRoute()
  return (
    <ToastProvider>
      {route.page === 'board' ? (
        <BoardPage
          key={`${route.boardId}#${route.token ?? ''}`}
          boardId={route.boardId}
          token={route.token}
        />
      ) : (
        <LandingPage />
      )}
    </ToastProvider>
  )
}
