import { type ReactNode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

function Shell(): ReactNode {
  const [language, setLanguage] = useState('en');
  return (
    <nav aria-label="Collect">
      <p>kolo · Collect</p>
      <label>
        Language
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          <option value="en">English</option>
          <option value="uk">Українська</option>
        </select>
      </label>
      <input type="text" aria-label="Site" defaultValue="Drop-in centre" />
      <button type="button">Outbox (0)</button>
    </nav>
  );
}

/**
 * A form never opens as a page's first React render: the collect app has drawn its shell (header,
 * language picker, outbox link) before the fill page mounts. Both bench pages draw a small shell at
 * load, outside the timings, so React itself is as warm as in the app; the form's code stays cold.
 */
export function renderAppShell(): void {
  const host = document.createElement('header');
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(<Shell />));
}
