/**
 * Saves a blob under `fileName` through a temporary link: the exports need the token in a header, so a
 * plain link to the API cannot fetch them, and an image is made in the page.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The click has started the download; the URL is no longer needed once it has.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
