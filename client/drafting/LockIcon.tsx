/** A small padlock, drawn rather than an emoji: screens without an emoji font would show a box. */
export function LockIcon() {
  return (
    <svg
      className="lock-icon"
      width="12"
      height="12"
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="2" y="5" width="8" height="6" rx="1.2" fill="currentColor" />
      <path d="M4 5V3.6a2 2 0 0 1 4 0V5" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  )
}
