/** The rows of a `db.execute` result: node-postgres returns `{ rows }`, PGlite's drizzle driver the same or an array. */
export function resultRows<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}
