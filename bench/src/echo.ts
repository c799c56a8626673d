import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '@kolo/db/testing/free-port';

/** Start the echo baseline in a child process, as the API is. */
export async function startEcho(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [fileURLToPath(new URL('./echo-server.mjs', import.meta.url))], {
    cwd: fileURLToPath(new URL('../', import.meta.url)),
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d) => String(d).includes('echo ready') && resolve());
    child.on('exit', (code) => reject(new Error(`echo exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/echo`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
