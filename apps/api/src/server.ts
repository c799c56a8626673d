import { serve } from '@hono/node-server';
import { openDatabase } from '@kolo/db';
import { createApp, finishWrites } from './app.ts';
import { readConfig } from './config.ts';
import { DEMO_ACCOUNTS, isEmpty, seedDemo } from './demo/seed.ts';
import { createLogger } from './logger.ts';
import { dashboardDir, serveDashboard } from './static.ts';

/** Start kolo: migrate, load demo data into an empty database (unless KOLO_DEMO=false), serve. */
async function main() {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
  });
  await database.migrate();
  log.info(
    `database: ${database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`}${database.replica ? ', reads from a replica (DATABASE_READ_URL)' : ''}`,
  );
  let demoPassword: string | undefined;
  if (config.demo !== false && (await isEmpty(database.db))) {
    log.info('empty database: loading the demo network (set KOLO_DEMO=false for production)');
    const demo = await seedDemo(database.db, { password: config.demoPassword, log: log.info });
    demoPassword = demo.password;
    log.info(`demo: ${demo.submissions} synthetic submissions loaded`);
  }
  const { app, deps } = createApp({ database, config, log });
  await deps.rollups.settle();
  const dashboard = dashboardDir(config.dashboardDir);
  if (dashboard) serveDashboard(app, dashboard);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const url = `http://${info.address === '::' ? 'localhost' : info.address}:${info.port}`;
    const lines = [
      '',
      `kolo is running at ${url}`,
      dashboard ? `  dashboard: ${url}/` : '  dashboard: not built (pnpm build), API only',
      `  API reference: ${url}/api/docs`,
    ];
    if (demoPassword) {
      lines.push(
        '  demo logins (password for all four):',
        ...DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(8)} ${a.email}`),
        `    password: ${demoPassword}`,
      );
    } else if (config.demo !== false) {
      lines.push(
        '  demo data was loaded on an earlier start; its password was printed then (or set KOLO_DEMO_PASSWORD before the first start)',
      );
    }
    console.log(lines.join('\n'));
  });
  const stop = async () => {
    server.close();
    await finishWrites(deps);
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
