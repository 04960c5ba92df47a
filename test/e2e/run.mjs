// Serves the built app on a free loopback port and runs the end-to-end tests against it in
// Debian's Chromium (node's test runner, TypeScript through tsx).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { preview } from 'vite';

// E2E_DIST lets parallel work serve its own build instead of racing for dist/.
const outDir = process.env.E2E_DIST ?? 'dist';
const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
const address = server.httpServer.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/`;
const only = process.argv.slice(2);
const files = only.length > 0 ? only : readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.ts')).sort().map((f) => `test/e2e/${f}`);

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: baseUrl },
});
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
await server.close();
process.exit(code);
