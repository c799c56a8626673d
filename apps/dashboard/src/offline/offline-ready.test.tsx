import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOfflineReady } from './offline-ready.ts';

function Note() {
  return <p>{useOfflineReady() ? 'ready' : 'getting ready'}</p>;
}

/** A browser whose service worker is not active yet: `activate()` makes it so. */
function installingWorker(controller: object | null = null): { activate(): void } {
  let activate: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    activate = resolve;
  });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller, ready } });
  return { activate };
}

describe('whether the phone can open kolo with no network', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('should say "getting ready" until the service worker is active, then "ready"', async () => {
    vi.stubEnv('PROD', true);
    const worker = installingWorker();
    render(<Note />);
    expect(screen.getByText('getting ready')).toBeInTheDocument();
    await act(async () => worker.activate());
    expect(screen.getByText('ready')).toBeInTheDocument();
  });

  it('should say "ready" at once on a page the service worker already controls', () => {
    vi.stubEnv('PROD', true);
    installingWorker({});
    render(<Note />);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });

  it('should not wait for a service worker a development server never registers', () => {
    installingWorker();
    render(<Note />);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });
});
