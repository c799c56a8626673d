import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serve a built app from `root` on 127.0.0.1: files as they are, `api` answers for JSON routes, and
 * `fallback` (the app's HTML) for any other path, as the kolo API serves the dashboard.
 */
export async function serveStatic(
  root: string,
  fallback: string,
  api: Readonly<Record<string, unknown>> = {},
): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (path in api) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(api[path]));
        return;
      }
      if (path.startsWith('/api/')) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"error":"not_found"}');
        return;
      }
      let file = join(root, normalize(path));
      const found = await stat(file).catch(() => null);
      if (!found?.isFile()) file = join(root, fallback);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(await readFile(file));
    })().catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
