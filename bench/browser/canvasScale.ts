/**
 * The canvas at scale, in headless Chromium: a 5,000-card board against the demo board, in one run.
 * For each board: time from "Join" to the first card drawn, the longest task while loading
 * (PerformanceObserver 'longtask'), and frame times (requestAnimationFrame deltas) while the mouse
 * pans and Ctrl+wheel zooms. The server runs in this process on a random port with a temporary
 * data folder; the client is built first when its build is stale.
 * Run alone with `npm run bench -- --only canvas-scale`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { configWith } from '../../server/config.ts'
import { startServer } from '../../server/startServer.ts'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'
import { ensureClientBuild } from '../../server/http/clientBuild.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { createCard } from '../../shared/board/mutators.ts'
import { CARD_GAP_Y, columnX, LANE_TOP, laneRows } from '../../shared/board/lanes.ts'
import { CHROMIUM_PATH, ensureBrowserPackages } from '../../tests/e2e/systemPackages.ts'
import { percentile } from '../report/statistics.ts'
import type { Scenario, ScenarioReport } from '../scenarios/scenario.ts'

const BIG_BOARD_CARDS = 5_000
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
const VIEWPORT = { width: 1440, height: 900 }
/** How long the page must stay without a long task before loading counts as over. */
const QUIET_MS = 1_500
const GESTURE_STEPS = 60
const TARGETS = { firstCardMs: 1_500, longestTaskMs: 200, frameRatio: 2 }

interface BoardFigures {
  board: string
  firstCardMs: number
  longestTaskMs: number
  pan: { p50: number; p95: number }
  zoom: { p50: number; p95: number }
}

/** Records long tasks and the moment "Join" is pressed, from before the page's own scripts run. */
const PAGE_PROBE = `
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-testid="join-submit"]'))
      window.__joinedAt = performance.now()
  }, true)
`

/** Pushes every frame's delta into window.__frames until window.__recording is false. */
const FRAME_RECORDER = `
  window.__frames = []
  window.__recording = true
  let last = performance.now()
  const tick = (now) => {
    window.__frames.push(now - last)
    last = now
    if (window.__recording) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
`

type ProbedWindow = Window & {
  __longTasks: { start: number; duration: number }[]
  __joinedAt: number
  __frames?: number[]
  __recording?: boolean
}

/** Where to write Chromium CPU profiles of each board's loading, pan and zoom, when set (a folder). */
const PROFILE_DIR = process.env.BENCH_CANVAS_CPU_PROFILE

/** Starts a CPU profile of the page when PROFILE_DIR is set; the returned function writes it. */
async function startProfile(page: Page, name: string): Promise<() => Promise<void>> {
  if (!PROFILE_DIR) return async () => undefined
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = await cdp.send('Profiler.stop')
    fs.mkdirSync(PROFILE_DIR, { recursive: true })
    fs.writeFileSync(path.join(PROFILE_DIR, `canvas-${name}.cpuprofile`), JSON.stringify(profile))
    await cdp.detach()
  }
}

/** A board of `count` cards in a grid, each with a sentence of text, half bull and half bear. */
export async function createBigBoard(store: Parameters<typeof createBoard>[0], count: number) {
  // As Arrange lays a lane out: columns of laneRows cards, growing outward.
  const rows = laneRows(Math.ceil(count / 2))
  const { id, tokens, documents } = await createBoard(
    store,
    { title: 'A big debate', motion: 'The AI boom is sustainable.', articles: 'none' },
    {
      prepare: ({ board }) =>
        board.transact(() => {
          for (let i = 0; i < count; i++)
            createCard(
              board,
              {
                stance: i % 2 === 0 ? 'bull' : 'bear',
                text: `Argument ${i}: capital spending on data centres keeps growing this year.`,
                x: columnX(i % 2 === 0 ? 'bull' : 'bear', Math.floor(i / 2 / rows)),
                y: LANE_TOP + (Math.floor(i / 2) % rows) * CARD_GAP_Y,
                authorId: `author-${i % 40}`,
                authorName: `Person ${i % 40}`,
              },
              { now: 1_000 + i },
            )
        }),
    },
  )
  destroyBoardDocuments(documents)
  return { id, token: tokens.edit }
}

/** Frame deltas (ms) while `drive` runs: requestAnimationFrame in the page, from first frame to last. */
async function frameTimes(page: Page, name: string, drive: () => Promise<void>): Promise<number[]> {
  const stopProfile = await startProfile(page, name)
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(FRAME_RECORDER)
  await drive()
  const frames = await page.evaluate(() => {
    const probe = window as unknown as ProbedWindow
    probe.__recording = false
    return (probe.__frames ?? []).slice(1)
  })
  await stopProfile()
  return frames
}

const summary = (frames: number[]) => {
  const sorted = [...frames].sort((a, b) => a - b)
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) }
}

async function measureBoard(browser: Browser, board: string, url: string): Promise<BoardFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  try {
    const page = await context.newPage()
    await page.addInitScript(PAGE_PROBE)
    await page.goto(url)
    await page.getByTestId('join-name').fill('Bench')
    const name = board.split(' ')[0] ?? board
    const stopProfile = await startProfile(page, name)
    await page.getByTestId('join-submit').click()
    const firstCardAt = await (
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="card"], [data-testid="card-title"]') ? performance.now() : 0,
        undefined,
        { polling: 'raf', timeout: 240_000 },
      )
    ).jsonValue()
    // Loading is over once no long task has started for QUIET_MS.
    await page.waitForFunction(
      (quiet) => {
        const probe = window as unknown as ProbedWindow
        const last = probe.__longTasks.at(-1)
        const end = last ? last.start + last.duration : probe.__joinedAt
        return performance.now() - end > quiet
      },
      QUIET_MS,
      { polling: 100, timeout: 240_000 },
    )
    await stopProfile()
    const { joinedAt, longest } = await page.evaluate(() => {
      const probe = window as unknown as ProbedWindow
      const during = probe.__longTasks.filter((task) => task.start + task.duration >= probe.__joinedAt)
      return { joinedAt: probe.__joinedAt, longest: Math.max(0, ...during.map((task) => task.duration)) }
    })
    const pane = page.locator('.react-flow__pane')
    const box = (await pane.boundingBox())!
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const pan = await frameTimes(page, `${name}-pan`, async () => {
      await page.mouse.move(centre.x, centre.y)
      await page.mouse.down()
      for (let step = 1; step <= GESTURE_STEPS; step++)
        await page.mouse.move(centre.x + Math.sin(step / 6) * 300, centre.y + step * 4)
      await page.mouse.up()
    })
    const zoom = await frameTimes(page, `${name}-zoom`, async () => {
      await page.mouse.move(centre.x, centre.y)
      await page.keyboard.down('Control')
      for (let step = 0; step < GESTURE_STEPS; step++)
        await page.mouse.wheel(0, step < GESTURE_STEPS / 2 ? 40 : -40)
      await page.keyboard.up('Control')
    })
    fs.mkdirSync('test-artifacts/screenshots', { recursive: true })
    await page.screenshot({ path: `test-artifacts/screenshots/bench-canvas-${name}.png` })
    return {
      board,
      firstCardMs: firstCardAt - joinedAt,
      longestTaskMs: longest,
      pan: summary(pan),
      zoom: summary(zoom),
    }
  } finally {
    await context.close()
  }
}

const ms = (value: number) => value.toFixed(1)
const verdict = (ok: boolean) => (ok ? 'yes' : 'NO')

function rowsOf(demo: BoardFigures, big: BoardFigures): string[][] {
  const row = (figures: BoardFigures, meets: string) => [
    figures.board,
    ms(figures.firstCardMs),
    ms(figures.longestTaskMs),
    `${ms(figures.pan.p50)} / ${ms(figures.pan.p95)}`,
    `${ms(figures.zoom.p50)} / ${ms(figures.zoom.p95)}`,
    meets,
  ]
  const meets =
    big.firstCardMs <= TARGETS.firstCardMs &&
    big.longestTaskMs <= TARGETS.longestTaskMs &&
    big.pan.p95 <= TARGETS.frameRatio * demo.pan.p95 &&
    big.zoom.p95 <= TARGETS.frameRatio * demo.zoom.p95
  return [row(demo, 'baseline'), row(big, verdict(meets))]
}

/** Runs both boards through one browser and one server; the table's rows and the raw figures. */
export async function runCanvasScale(log: (line: string) => void = () => undefined) {
  // As the end-to-end tests do: a fresh machine gets Debian's chromium first.
  ensureBrowserPackages(log)
  await ensureClientBuild(log)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-board-bench-canvas-'))
  const server = await startServer(configWith({ host: '127.0.0.1', port: 0, dataDir }))
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  try {
    const big = await createBigBoard(server.store, BIG_BOARD_CARDS)
    const demo = await measureBoard(browser, 'demo board', `${server.url}/b/${DEMO_BOARD_ID}`)
    const large = await measureBoard(
      browser,
      `${BIG_BOARD_CARDS.toLocaleString('en')} cards`,
      `${server.url}/b/${big.id}#token=${big.token}`,
    )
    return { rows: rowsOf(demo, large), figures: [demo, large] }
  } finally {
    await browser.close()
    await server.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

export const canvasScaleScenario: Scenario = {
  id: 'canvas-scale',
  title: () =>
    `The canvas in headless Chromium: a ${BIG_BOARD_CARDS.toLocaleString('en')}-card board against the demo board`,
  async run(context): Promise<ScenarioReport> {
    const { rows, figures } = await runCanvasScale()
    return {
      id: this.id,
      title: this.title(context.options),
      headings: [
        'board',
        'first card ms',
        'longest task ms',
        'pan p50/p95 ms',
        'zoom p50/p95 ms',
        'meets targets',
      ],
      rows,
      notes: [
        `Targets: first card within ${TARGETS.firstCardMs} ms of Join, no task over ${TARGETS.longestTaskMs} ms while loading, pan and zoom p95 within ${TARGETS.frameRatio}x the demo board's.`,
        'Frame times are requestAnimationFrame deltas while the mouse drags the pane and Ctrl+wheel zooms; screenshots in test-artifacts/screenshots/bench-canvas-*.png.',
      ],
      servers: { 'debate-board': 'in-process (tsx)' },
      data: figures,
    }
  },
}
