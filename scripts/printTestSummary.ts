/** Prints the one plain line CI reads, `N passed, N failed`, from vitest's JSON report. */
import fs from 'node:fs'

const reportPath = process.argv[2] ?? 'test-artifacts/vitest-report.json'

interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
}

if (!fs.existsSync(reportPath)) {
  process.stdout.write('0 passed, 1 failed\n')
  process.stderr.write(`no test report at ${reportPath}: the test run did not finish\n`)
  process.exit(1)
}
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as VitestReport
const skipped = report.numPendingTests + report.numTodoTests
const suffix = skipped > 0 ? `, ${skipped} skipped` : ''
process.stdout.write(`${report.numPassedTests} passed, ${report.numFailedTests} failed${suffix}\n`)
