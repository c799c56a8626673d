import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';

/**
 * Refuse a write whose body is not JSON (415), so no handler ever parses a form post or text as
 * if it were; a workbook upload (`/import/`, multipart) and a bodiless write pass.
 */
export function jsonOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if ((method === 'POST' || method === 'PUT' || method === 'PATCH') && !c.req.path.includes('/import/')) {
      const type = c.req.header('content-type') ?? '';
      if (c.req.header('content-length') !== '0' && type !== '' && !type.includes('application/json')) {
        throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
      }
    }
    return next();
  };
}
