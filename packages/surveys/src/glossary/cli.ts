import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGlossary } from './render.ts';
import { GLOSSARY_LOCALES } from './terms.ts';

const DIR = fileURLToPath(new URL('../../../../docs/glossary/', import.meta.url));

// Writes docs/glossary/glossary.<locale>.md; `--check` only reports files that differ and exits 1.
const check = process.argv.includes('--check');
let stale = 0;
for (const locale of GLOSSARY_LOCALES) {
  const path = join(DIR, `glossary.${locale}.md`);
  const content = renderGlossary(locale);
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  stale++;
  if (check) console.error(`out of date: docs/glossary/glossary.${locale}.md`);
  else writeFileSync(path, content);
}
process.exitCode = check && stale > 0 ? 1 : 0;
if (!check) console.log(`glossary: ${GLOSSARY_LOCALES.length} languages (${stale} written)`);
