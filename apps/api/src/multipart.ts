import type { Context } from 'hono';
import type { AppEnv } from './context.ts';
import { ApiError } from './errors.ts';

/** A multipart body's fields; 400 when the body cannot be read as one. */
export async function multipartForm(c: Context<AppEnv>): Promise<FormData> {
  try {
    return await c.req.formData();
  } catch {
    throw new ApiError(400, 'bad_request', 'the multipart body could not be read');
  }
}
