/** Where every three-unit sequence of a text starts: the lookup behind approxSearch.ts' pigeonhole filter. */

const BUCKET_BITS = 16
const BUCKETS = 1 << BUCKET_BITS

/** The bucket of the three units of `text` at `at`; distinct trigrams may share one. */
export function trigramBucket(text: string, at: number): number {
  const hash = Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ Math.imul(text.charCodeAt(at + 1), 0x85ebca6b)
  return (hash ^ Math.imul(text.charCodeAt(at + 2), 0xc2b2ae35)) >>> (32 - BUCKET_BITS)
}

/** The start offsets of a text's trigrams, grouped by bucket (a counting sort: two passes, no maps). */
export class TrigramIndex {
  private readonly offsets = new Int32Array(BUCKETS + 1)
  private readonly positions: Int32Array

  constructor(private readonly text: string) {
    const { offsets } = this
    const count = Math.max(0, text.length - 2)
    for (let at = 0; at < count; at++) {
      const bucket = trigramBucket(text, at) + 1
      offsets[bucket] = (offsets[bucket] as number) + 1
    }
    for (let bucket = 0; bucket < BUCKETS; bucket++)
      offsets[bucket + 1] = (offsets[bucket + 1] as number) + (offsets[bucket] as number)
    const cursor = offsets.slice(0, BUCKETS)
    this.positions = new Int32Array(count)
    for (let at = 0; at < count; at++) this.positions[(cursor[trigramBucket(text, at)] as number)++] = at
  }

  /** How many trigrams of the text fall in the bucket of `piece`'s trigram at `at`: at least its count. */
  countAt(piece: string, at: number): number {
    const bucket = trigramBucket(piece, at)
    return (this.offsets[bucket + 1] as number) - (this.offsets[bucket] as number)
  }

  /** Every start offset of `piece` (three units or more), found through its rarest trigram. */
  occurrences(piece: string): number[] {
    let rarest = 0
    for (let at = 1; at + 3 <= piece.length; at++)
      if (this.countAt(piece, at) < this.countAt(piece, rarest)) rarest = at
    const bucket = trigramBucket(piece, rarest)
    const found: number[] = []
    for (let i = this.offsets[bucket] as number; i < (this.offsets[bucket + 1] as number); i++) {
      const at = (this.positions[i] as number) - rarest
      if (at >= 0 && this.text.startsWith(piece, at)) found.push(at)
    }
    // Buckets list positions in text order, so the occurrences come out sorted.
    return found
  }
}
