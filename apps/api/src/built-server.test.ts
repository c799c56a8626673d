import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@kolo/db/testing/free-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const API = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(API, 'dist');
const PASSWORD = 'built-server-password-1';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const dashboardBuilt = existsSync(join(API, '../dashboard/dist/index.html'));

/** Run the compiled CLI with plain node (no TypeScript loader) and return what it printed. */
function cli(args: readonly string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [join(DIST, 'cli.js'), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('the built API (apps/api/dist, run with plain node)', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let server: ChildProcess | undefined;
  let url = '';
  let log = '';
  let cookie = '';

  beforeAll(async () => {
    execFileSync(process.execPath, [join(API, 'scripts/build.mjs'), '--if-changed'], { stdio: 'inherit' });
    dataDir = mkdtempSync(join(tmpdir(), 'kolo-built-'));
    env = { KOLO_DATA_DIR: dataDir, KOLO_LOG_LEVEL: 'error', NODE_ENV: 'production' };
    // the CLI's bundle runs the migrations (found from the bundle) and loads the demo accounts
    cli(['seed-demo', '--volume', '0', '--password', PASSWORD], env);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [join(DIST, 'server.js')], {
      env: { ...process.env, ...env, KOLO_DEMO: 'false', PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (d) => {
        log += d;
        if (log.includes('kolo is running at')) resolve();
      });
      child.stderr?.on('data', (d) => {
        log += d;
      });
      child.once('exit', (code) => reject(new Error(`the built server exited (${code}): ${log}`)));
    });
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'staff@demo.kolo', password: PASSWORD }),
    });
    expect(login.status, await login.clone().text()).toBe(200);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should run the server without a TypeScript loader, its dependencies imported where the sources find them', () => {
    const bundle = readFileSync(join(DIST, 'server.js'), 'utf8');
    expect(bundle).not.toMatch(/from ["']tsx|\.ts["']\)/);
    expect(readFileSync(`/proc/${server?.pid}/cmdline`, 'utf8').split('\0')).toEqual([
      process.execPath,
      join(DIST, 'server.js'),
      '',
    ]);
  });

  it('should load the libraries only one route needs (PDF, Word, spreadsheets) on its first use, not at start', () => {
    // the modules node loads at start: the entry and every file it imports statically, transitively
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const code = readFileSync(join(DIST, file), 'utf8');
      for (const [, name] of code.matchAll(/^(?:import|export)\b[^;(]*?["']([^"']+)["'];?$/gm)) {
        if (name?.startsWith('./')) visit(name.slice(2));
        else if (name) loaded.add(name);
      }
    };
    visit('server.js');
    const libraries = [...loaded].filter((name) => !name.endsWith('.js') || name.includes('node_modules'));
    expect(libraries.length).toBeGreaterThan(5);
    for (const heavy of ['pdfkit', 'docx', 'exceljs', 'xlsx', 'csv-parse'])
      expect(libraries.filter((name) => name.includes(heavy))).toEqual([]);
  });

  it('should answer health, serve the dashboard where it was built, and sign a person in', async () => {
    expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ status: 'ok' });
    const index = await fetch(`${url}/`);
    if (dashboardBuilt) {
      expect(log).toContain(`dashboard: ${url}/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toMatch(/^<!doctype html>/i);
    } else expect(log).toContain('dashboard: not built');
    const me = await fetch(`${url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
  });

  it('should render a report PDF with its fonts found from the bundle', async () => {
    const made = await fetch(`${url}/api/reports`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: url },
      body: JSON.stringify({
        surveyId: 'service-satisfaction',
        language: 'uk',
        period: { quarter: '2026-Q2' },
        scope: { level: 'network' },
      }),
    });
    const text = await made.text();
    expect(made.status, text).toBe(201);
    const { report } = JSON.parse(text) as { report: { id: string } };
    const pdf = await fetch(`${url}/api/reports/${report.id}/report.pdf`, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.includes('DejaVuSans')).toBe(true);
  });

  it('should import an XLSForm in the compiled worker thread', async () => {
    const exported = await fetch(`${url}/api/surveys/service-satisfaction/xlsform`, { headers: { cookie } });
    expect(exported.status).toBe(200);
    const form = new FormData();
    form.set('file', new Blob([await exported.arrayBuffer()], { type: XLSX_TYPE }), 'form.xlsx');
    form.set('id', 'built-import');
    const imported = await fetch(`${url}/api/surveys/import/xlsform`, {
      method: 'POST',
      headers: { cookie, origin: url },
      body: form,
    });
    const text = await imported.text();
    expect(imported.status, text).toBe(201);
    expect(text).toContain('built-import');
  });

  it('should name the schema level from the migrations journal in the compiled CLI', async () => {
    // PGlite is one process's: the server stops before the CLI opens the data folder
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    const journal = JSON.parse(
      readFileSync(join(API, '../../packages/db/migrations/meta/_journal.json'), 'utf8'),
    ) as { entries: Array<{ tag: string }> };
    const latest = journal.entries.at(-1)?.tag ?? 'none';
    expect(cli(['migrate'], env)).toContain(`schema at migration ${journal.entries.length} (${latest})`);
  });
});
