import type { KoloApp } from '@kolo/api';
import { type ClientResponse, hc } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { readAnswer } from './client.ts';

/**
 * The typed client of the kolo API: paths, parameters, bodies and answers come from the API's
 * routes and their zod contracts (`KoloApp`, a type only: no server code reaches the bundle).
 * @example const { sites } = await answer(kolo.api.sites.$get());
 */
export const kolo = hc<KoloApp>('/', {
  headers: { accept: 'application/json' },
  init: { credentials: 'same-origin' },
});

/** The body of a response's successful (2xx) answers, as its route's contract declares it. */
export type SuccessBody<R> =
  R extends ClientResponse<infer Body, infer Status, infer _Format>
    ? Status extends 204
      ? undefined
      : Status extends SuccessStatusCode
        ? Body
        : never
    : never;

/** Await a typed request: its successful answer's body, or an `ApiRequestError` for any refusal. */
export async function answer<R extends ClientResponse<unknown, number, string>>(
  request: Promise<R>,
): Promise<SuccessBody<R>> {
  return (await readAnswer(await request)) as SuccessBody<R>;
}

/**
 * The successful answer of one of the client's calls, named from the client itself.
 * @example type Sites = Answer<typeof kolo.api.sites.$get> // { sites: Site[] }
 */
export type Answer<Call extends (...args: never[]) => Promise<unknown>> = SuccessBody<
  Awaited<ReturnType<Call>>
>;

/**
 * GET a path a screen built itself (a query string with repeated filters, or the same route under
 * a share link's token), read like `answer`. The type names the client's call for that route, so
 * the answer's shape still comes from its contract.
 * @example getAnswer<(typeof kolo.api.surveys)[':id']['results']['$get']>(`/api/surveys/s1/results?${query}`)
 */
export async function getAnswer<Call extends (...args: never[]) => Promise<unknown>>(
  path: string,
): Promise<Answer<Call>> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  return (await readAnswer(response)) as Answer<Call>;
}

/**
 * Await a typed request and parse its answer with the contract's zod schema: for answers that
 * carry a survey definition, whose recursive conditions the client's JSON types cannot spell.
 * @example const { definition } = await parsedAnswer(SurveyVersionAnswer, kolo.api.surveys[':id'].$get({ param: { id } }));
 */
export async function parsedAnswer<S extends z.ZodType, R extends ClientResponse<unknown, number, string>>(
  schema: S,
  request: Promise<R>,
): Promise<z.output<S>> {
  return schema.parse(await answer(request));
}
