// Runs the journeys against a fresh backend in the demo profile, as `./mvnw verify` does:
//   node e2e/with-backend.mjs ../api/target/1000proxy.jar
// Starts the jar on a free loopback port, waits until it is ready, runs e2e/run.mjs against it and
// always stops the backend again (its output goes to target/e2e-backend.log).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const jar = resolve(process.argv[2] ?? join(here, '..', '..', 'api', 'target', '1000proxy.jar'));
const readyWithin = Number(process.env.E2E_BACKEND_READY_SECONDS ?? 180) * 1000;

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitUntilReady(base, backend) {
  const until = Date.now() + readyWithin;
  while (Date.now() < until) {
    if (backend.exitCode !== null) throw new Error(`the backend exited with ${backend.exitCode}`);
    try {
      const answer = await fetch(`${base}/actuator/health/readiness`);
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the backend was not ready within ${readyWithin / 1000} s`);
}

function run(command, args, env) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => done(code ?? 1));
  });
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const logDir = join(here, '..', 'target');
mkdirSync(logDir, { recursive: true });
const log = createWriteStream(join(logDir, 'e2e-backend.log'));
const backend = spawn(
  'java',
  [
    '-jar',
    jar,
    '--spring.profiles.active=demo',
    `--server.port=${port}`,
    `--app.public-base-url=${base}`,
    '--app.logging.dir=target/e2e-logs',
  ],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
backend.stdout.pipe(log);
backend.stderr.pipe(log);

let code = 1;
try {
  const started = Date.now();
  await waitUntilReady(base, backend);
  console.log(`e2e: backend ready on ${base} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  code = await run(process.execPath, [join(here, 'run.mjs')], { E2E_API: base });
} catch (error) {
  console.log(`e2e: ${error.message} (see frontend/target/e2e-backend.log)`);
  console.log('e2e: 0 passed, 1 failed');
} finally {
  backend.kill('SIGTERM');
  await new Promise((r) => (backend.exitCode !== null ? r() : backend.once('exit', r)));
}
process.exit(code);
