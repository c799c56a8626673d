import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';

/** A problem Redocly found in the OpenAPI document, where it is and which rule says so. */
export interface OpenApiProblem {
  readonly severity: 'error' | 'warn';
  readonly rule: string;
  readonly message: string;
  readonly where: string;
}

/** Lint an OpenAPI document with Redocly's `recommended` rules (what its CLI runs by default). */
export async function lintOpenApi(document: unknown): Promise<OpenApiProblem[]> {
  const config = await createConfig({ extends: ['recommended'] });
  const problems: NormalizedProblem[] = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: 'openapi.json',
    config,
  });
  return problems
    .filter((p) => p.severity === 'error' || p.severity === 'warn')
    .map((p) => ({
      severity: p.severity as 'error' | 'warn',
      rule: p.ruleId,
      message: p.message,
      where: p.location.map((l) => l.pointer).join(' '),
    }));
}
