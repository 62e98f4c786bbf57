/** An RFC 4180 CSV reader for tests: quoted fields, doubled quotes, CRLF records; no BOM handling. */

/** The records of a CSV text; every record, the last included, must end with CRLF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const char = text[i]!
    const next = text[i + 1]
    if (quoted && char === '"' && next === '"') {
      field += '"'
      i++
    } else if (quoted && char === '"') {
      quoted = false
    } else if (quoted) {
      field += char
    } else if (char === '"' && field === '') {
      quoted = true
    } else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && next === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else if (char === '"' || char === '\n' || char === '\r') {
      throw new Error(`not RFC 4180: a bare ${JSON.stringify(char)} at ${i}`)
    } else {
      field += char
    }
    i++
  }
  if (quoted || field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF')
  return records
}
