import {
  createRoute,
  type OpenAPIHono,
  type OpenAPIRoute,
  type RouteConfig,
  type RouteHandler,
  z,
} from '@hono/zod-openapi';
import type { Role } from '@kolo/db';
import type { Context, Handler, MiddlewareHandler } from 'hono';
import type { SessionUser } from './auth/session.ts';
import type { Access, AppEnv, RouteEntry } from './context.ts';
import { ApiError } from './errors.ts';

export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }).loose() })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** The error responses every route may give. */
export const ERROR_RESPONSES = {
  400: errorResponse('Malformed request (e.g. the body is not JSON)'),
  401: errorResponse('Not signed in'),
  403: errorResponse('The role does not allow this'),
  404: errorResponse('Not found'),
  413: errorResponse('Body too large'),
  422: errorResponse('Invalid input; `errors` says what to fix'),
} as const;

/** The security scheme of the OpenAPI document: the session cookie set by `POST /api/auth/login`. */
export const SESSION_SECURITY = 'session';

/**
 * A stable operation id from the method and path, for client generators:
 * @example operationIdOf('get', '/api/surveys/{id}/versions') // 'getSurveysByIdVersions'
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter((part) => part !== '')
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part)?.[1];
      const word = param ? `by_${param}` : part;
      return word
        .split('_')
        .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
        .join('');
    });
  return method.toLowerCase() + words.join('');
}

/** A JSON response body described in the OpenAPI document. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Refuse a request whose caller lacks the access a route declares. */
export function guard(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next();
    const user = c.get('user');
    if (!user) throw new ApiError(401, 'unauthenticated', 'sign in first');
    if (access !== 'signed_in' && !access.includes(user.role)) {
      throw new ApiError(
        403,
        'forbidden',
        `this needs the role ${access.join(' or ')}; you are ${user.role}`,
      );
    }
    return next();
  };
}

/** The signed-in user of a request behind a guard (401 if there is none). */
export function signedIn(c: Context<AppEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw new ApiError(401, 'unauthenticated', 'sign in first');
  return user;
}

/** Role lists used across routes. */
export const ROLES_READ_ROWS: readonly Role[] = ['admin', 'staff'];
export const ROLES_RESULTS: readonly Role[] = ['admin', 'staff', 'funder'];
export const ROLES_DESIGN: readonly Role[] = ['admin', 'staff'];
export const ROLES_SUBMIT: readonly Role[] = ['admin', 'staff', 'monitor'];
export const ROLES_ADMIN: readonly Role[] = ['admin'];

/** A handler with its request typed from the route (params, query, body); responses are checked by tests. */
export type RouteRequestHandler<R extends RouteConfig> = (
  c: Parameters<RouteHandler<R, AppEnv>>[0],
) => Response | Promise<Response>;

/** An OpenAPI route with the access rule its guard enforces. */
export type SecuredRoute<R extends RouteConfig> = OpenAPIRoute<R, AppEnv> & { readonly access: Access };

/**
 * Define an OpenAPI route behind the guard for `access`, with the shared error responses. The
 * routes of the app are passed together to `openapiRoutes`, so the app's type carries every route
 * for a typed `hono/client`, and the route table is made from the same list.
 */
export function secured<const R extends RouteConfig>(
  config: R & { access: Access },
  handler: RouteRequestHandler<R>,
): SecuredRoute<R> {
  const { access, ...rest } = config;
  const route = createRoute({
    operationId: operationIdOf(rest.method, rest.path),
    // public routes need no session; the others the session cookie
    security: access === 'public' ? [] : [{ [SESSION_SECURITY]: [] }],
    ...rest,
    middleware: [guard(access)],
    responses: { ...ERROR_RESPONSES, ...rest.responses },
  }) as unknown as R;
  return { route, handler: handler as never, access };
}

/** The zod schema of each documented JSON answer of a route, by status. */
function jsonResponseSchemas(route: RouteConfig): Record<string, z.ZodType> {
  const schemas: Record<string, z.ZodType> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const content = 'content' in response ? response.content : undefined;
    const media = content?.['application/json'];
    const schema = media && 'schema' in media ? media.schema : undefined;
    if (schema instanceof z.ZodType) schemas[status] = schema;
  }
  return schemas;
}

/** The route table the role matrix test is generated from: OpenAPI routes and raw ones alike. */
export class Routes {
  readonly table: RouteEntry[] = [];

  constructor(readonly app: OpenAPIHono<AppEnv>) {}

  /** Record OpenAPI routes (registered through `openapiRoutes`). */
  record(routes: ReadonlyArray<{ route: RouteConfig; access: Access }>): void {
    for (const { route, access } of routes) {
      this.table.push({
        method: route.method.toUpperCase(),
        path: route.path.replace(/\{(\w+)\}/g, ':$1'),
        access,
        responses: jsonResponseSchemas(route),
      });
    }
  }

  /**
   * A route served by a plain handler (a stream, a file) that still goes through the guard and the
   * table, and is described in the OpenAPI document by `doc` (its request and its non-JSON answer).
   */
  raw(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    access: Access,
    handler: Handler<AppEnv>,
    doc: Pick<RouteConfig, 'summary' | 'description' | 'request' | 'responses'>,
  ): void {
    this.table.push({ method, path, access });
    this.app.on(method, path, guard(access), handler as never);
    const openApiPath = path.replace(/:(\w+)/g, '{$1}');
    const lower = method.toLowerCase() as 'get' | 'post' | 'delete';
    this.app.openAPIRegistry.registerPath({
      ...doc,
      method: lower,
      path: openApiPath,
      operationId: operationIdOf(lower, openApiPath),
      security: access === 'public' ? [] : [{ [SESSION_SECURITY]: [] }],
      responses: { ...ERROR_RESPONSES, ...doc.responses },
    });
  }
}
