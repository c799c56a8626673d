export type { CreateAppOptions, KoloApp } from './app.ts';
export { createApp } from './app.ts';
export type { Config } from './config.ts';
export { readConfig } from './config.ts';
export type { RouteEntry } from './context.ts';
export { seedDemo } from './demo/seed.ts';
export type { LookupProblem } from './lookups/refusal.ts';
export { serveDashboard } from './static.ts';
