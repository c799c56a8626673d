import { readAnswer } from '../api/client.ts';
import { type Answer, answer, kolo } from '../api/kolo.ts';

type Lookups = (typeof kolo.api.surveys)[':id']['draft']['lookups'];

/** A table attached to the draft: the table as stored and the draft's problems after it. */
export type LookupSaved = Answer<Lookups[':name']['$put']>;

/** The draft's problems after a table was removed. */
export type LookupRemoved = Answer<Lookups[':name']['$delete']>;

/**
 * Send a CSV file as the draft's table `name` (replacing one of that name), or, without a name,
 * as the table the file's name names. Multipart, which the typed client does not send: the
 * path and the answer's type still come from it.
 */
export async function uploadLookup(surveyId: string, file: File, name?: string): Promise<LookupSaved> {
  const body = new FormData();
  body.set('file', file);
  const path =
    name === undefined
      ? kolo.api.surveys[':id'].draft.lookups.$path({ param: { id: surveyId } })
      : kolo.api.surveys[':id'].draft.lookups[':name'].$path({ param: { id: surveyId, name } });
  const response = await fetch(path, {
    method: name === undefined ? 'POST' : 'PUT',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    body,
  });
  return (await readAnswer(response)) as LookupSaved;
}

/** Remove the draft's table `name`. */
export const removeLookup = (surveyId: string, name: string): Promise<LookupRemoved> =>
  answer(kolo.api.surveys[':id'].draft.lookups[':name'].$delete({ param: { id: surveyId, name } }));

/** Download the draft's table `name` (the latest version's when there is no draft) as `name.csv`. */
export async function downloadLookup(surveyId: string, name: string): Promise<void> {
  const path = kolo.api.surveys[':id'].lookups[':name'].$path({
    param: { id: surveyId, name },
    query: { draft: 'true' },
  });
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) await readAnswer(response);
  const file = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = file;
  link.download = `${name}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(file), 1000);
}
