/** Short notices in a corner (a refused edit, a copied link), each gone after a few seconds. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import './toast.css'

interface Toast {
  id: number
  message: string
}

type ShowToast = (message: string) => void

const ToastContext = createContext<ShowToast>(() => {})

const TOAST_MS = 5_000
let nextToastId = 1

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), [])
  const show = useCallback<ShowToast>(
    (message) => {
      const id = nextToastId++
      setToasts((all) => [...all.filter((toast) => toast.message !== message), { id, message }])
      setTimeout(() => dismiss(id), TOAST_MS)
    },
    [dismiss],
  )
  const value = useMemo(() => show, [show])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast" data-testid="toast">
            <span>{toast.message}</span>
            <button type="button" className="icon-button" aria-label="✕" onClick={() => dismiss(toast.id)}>
              ✕
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

/** The function that shows a toast. */
export function useToast(): ShowToast {
  return useContext(ToastContext)
}
