/** The browser entry: starts i18n and mounts the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { initI18n } from './i18n/i18n.ts'
import { App } from './App.tsx'
import './ui/base.css'

initI18n()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
