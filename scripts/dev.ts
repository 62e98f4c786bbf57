/** `npm run dev`: the server in watch mode on PORT (3000) and Vite with hot reload on 5173, which proxies to it. */
import { spawn } from 'node:child_process'

const port = process.env.PORT ?? '3000'
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts', '--no-build'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  }),
]
process.stdout.write(
  `\n  Open http://localhost:5173 (Vite, hot reload); the API and sockets run on :${port}.\n\n`,
)

const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop())
