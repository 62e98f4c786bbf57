/** jsdom has no modal dialogs: what Chromium does that the dialog tests rely on, focus included. */

/** Gives jsdom's <dialog> a showModal() that opens it and focuses its first button, and a close(). */
export function stubModalDialogs(): void {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
    this.querySelector<HTMLElement>('button')?.focus()
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
}
