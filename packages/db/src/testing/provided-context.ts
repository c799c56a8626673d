export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a throwaway PostgreSQL server, or '' when PostgreSQL is not installed. */
    postgresUrl: string;
  }
}
