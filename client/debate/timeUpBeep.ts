/**
 * A short beep when a phase's time is up. Browsers let a page make sound only after the person has
 * interacted with it, so the audio context is made (or resumed) inside the first gesture, and a
 * beep without one stays silent. Nothing here ever throws: a missing or refused audio device must
 * not break the board.
 */

let context: AudioContext | undefined

type AudioContextClass = typeof AudioContext

function audioContextClass(): AudioContextClass | undefined {
  const scope = globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass }
  return scope.AudioContext ?? scope.webkitAudioContext
}

/** Creates or resumes the audio context; call it from inside a user gesture. */
export function unlockAudio(): void {
  try {
    const Context = audioContextClass()
    if (!Context) return
    context ??= new Context()
    if (context.state === 'suspended') void context.resume().catch(() => {})
  } catch {
    // No sound on this device: the timer still says "Time is up".
  }
}

/** Unlocks audio on the page's next pointer or key press; returns the clean-up. */
export function unlockAudioOnGesture(): () => void {
  const onGesture = () => {
    unlockAudio()
    stop()
  }
  const stop = () => {
    window.removeEventListener('pointerdown', onGesture, true)
    window.removeEventListener('keydown', onGesture, true)
  }
  window.addEventListener('pointerdown', onGesture, true)
  window.addEventListener('keydown', onGesture, true)
  return stop
}

/** Plays a short two-tone beep if the audio context is running; otherwise does nothing. */
export function playBeep(): void {
  try {
    if (!context || context.state !== 'running') return
    const start = context.currentTime
    const gain = context.createGain()
    gain.connect(context.destination)
    // A soft attack and release, so that the beep does not click.
    gain.gain.setValueAtTime(0.0001, start)
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.45)
    const oscillator = context.createOscillator()
    oscillator.type = 'sine'
    oscillator.frequency.setValueAtTime(880, start)
    oscillator.frequency.setValueAtTime(660, start + 0.2)
    oscillator.connect(gain)
    oscillator.start(start)
    oscillator.stop(start + 0.5)
  } catch {
    // As above: silence rather than an error.
  }
}
