// The baseline for single ingest: a bare Hono route that parses and echoes the JSON body. Plain
// JavaScript run with plain node, as the compiled API is (apps/api/dist), so both sides of the ratio
// start the same way: no TypeScript loader in either process.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/echo', async (c) => c.json(await c.req.json(), 201));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => {
  console.log('echo ready');
});
