import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { library } from '../index.ts';
import { codebookFiles } from './files.ts';

const CODEBOOK_DIR = fileURLToPath(new URL('../../codebooks/', import.meta.url));

// Writes packages/surveys/codebooks/<survey-id>.<locale>.md for the library; `--check` only
// reports codebooks that differ from a fresh render and exits 1 if any do.
const check = process.argv.includes('--check');
const files = codebookFiles(library);
const wanted = new Set(files.map((f) => f.name));
mkdirSync(CODEBOOK_DIR, { recursive: true });

const read = (name: string) => {
  try {
    return readFileSync(join(CODEBOOK_DIR, name), 'utf8');
  } catch {
    return undefined;
  }
};
const stale = readdirSync(CODEBOOK_DIR).filter((name) => name.endsWith('.md') && !wanted.has(name));
const changed = files.filter((f) => read(f.name) !== f.content);

if (check) {
  for (const f of changed) console.error(`out of date: codebooks/${f.name}`);
  for (const name of stale) console.error(`no longer generated: codebooks/${name}`);
  process.exitCode = changed.length + stale.length > 0 ? 1 : 0;
} else {
  for (const f of changed) writeFileSync(join(CODEBOOK_DIR, f.name), f.content);
  for (const name of stale) rmSync(join(CODEBOOK_DIR, name));
  console.log(
    `codebooks: ${files.length} for ${library.length} surveys (${changed.length} written, ${stale.length} removed)`,
  );
}
