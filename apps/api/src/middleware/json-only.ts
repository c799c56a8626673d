import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';

/** A lookup table's upload: `/api/surveys/:id/draft/lookups` and `…/lookups/:name`. */
const UPLOAD_PATH = /^\/api\/surveys\/[^/]+\/draft\/lookups(\/[^/]+)?\/?$/;

/**
 * Refuse a write whose body is not JSON (415), so no handler ever parses a form post or text as
 * if it were; a workbook upload (`/import/`, multipart), a lookup table upload (`/draft/lookups`,
 * CSV or multipart) and a bodiless write pass.
 */
export function jsonOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    const upload = c.req.path.includes('/import/') || UPLOAD_PATH.test(c.req.path);
    if ((method === 'POST' || method === 'PUT' || method === 'PATCH') && !upload) {
      const type = c.req.header('content-type') ?? '';
      if (c.req.header('content-length') !== '0' && type !== '' && !type.includes('application/json')) {
        throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
      }
    }
    return next();
  };
}
