import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '@kolo/db/testing/free-port';

const API_DIR = fileURLToPath(new URL('../../apps/api/', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('../', import.meta.url));
/** The demo accounts' password in every benchmark database. */
export const BENCH_PASSWORD = 'bench-password-1';

/** A real kolo API in a child process on 127.0.0.1, signed in as the demo admin. */
export interface BenchServer {
  readonly url: string;
  readonly pid: number;
  /** The admin's session cookie header. */
  readonly cookie: string;
  /** Peak resident memory of the server process so far, in MB (VmHWM). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

let built = false;

/** Build the API (apps/api/dist) when its sources changed, once per bench run: the bench measures what production runs. */
function buildApi(): void {
  if (built) return;
  const build = spawnSync(process.execPath, [`${API_DIR}scripts/build.mjs`, '--if-changed'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`building the API failed (${build.status})`);
  built = true;
}

/** The entries' sources, for `KOLO_BENCH_API=sources` (tsx, as before the build: an A/B switch). */
const SOURCES = { server: 'src/server.ts', cli: 'src/cli/main.ts' } as const;

/**
 * Run a compiled entry of the API (`server` or `cli` in apps/api/dist, built first if its sources
 * changed) with plain node, as `pnpm start` does, as a child process with `env` added;
 * `KOLO_BENCH_API=sources` runs the TypeScript sources through tsx instead (to compare the two).
 * With `KOLO_BENCH_CPU_PROF=<dir>` each child writes a V8 CPU profile there when it exits.
 */
export function spawnApi(
  entry: 'server' | 'cli',
  args: readonly string[],
  env: Record<string, string>,
): ChildProcess {
  const profile = process.env.KOLO_BENCH_CPU_PROF;
  const node = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const fromSources = process.env.KOLO_BENCH_API === 'sources';
  if (!fromSources) buildApi();
  const script = fromSources
    ? ['--import', 'tsx', `${API_DIR}${SOURCES[entry]}`]
    : [`${API_DIR}dist/${entry}.js`];
  return spawn(process.execPath, [...node, ...script, ...args], {
    cwd: BENCH_DIR,
    env: { ...process.env, KOLO_LOG_LEVEL: 'error', KOLO_DEMO_PASSWORD: BENCH_PASSWORD, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** How the API runs in this bench: the note on every memory figure says it. */
export const API_RUN =
  process.env.KOLO_BENCH_API === 'sources' ? 'node --import tsx on the sources' : 'compiled, plain node';

/** Run `pnpm kolo <args>` (the CLI) against a database and return its output; throws on failure. */
export function runCli(args: readonly string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnApi('cli', args, env);
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
    });
    child.stderr?.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`kolo ${args.join(' ')} failed (${code}): ${out}`)),
    );
  });
}

/** Start the API on a free port against `env`'s database and sign in as the demo admin. */
export async function startServer(env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const child = spawnApi('server', [], { ...env, PORT: String(port), HOST: '127.0.0.1' });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start in 10 min: ${log}`)), 600_000);
    child.stdout?.on('data', (d) => {
      log += d;
      if (log.includes('kolo is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (d) => {
      log += d;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${code}): ${log}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.kolo', password: BENCH_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    cookie,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** GET a JSON route as the admin. */
export async function getJson<T>(server: BenchServer, path: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie: server.cookie } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
