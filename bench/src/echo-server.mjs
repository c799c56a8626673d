import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/** The baseline for single ingest: a bare Hono route that parses and echoes the JSON body. */
const app = new Hono();
app.post('/echo', async (c) => c.json(await c.req.json(), 201));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => {
  console.log('echo ready');
});
