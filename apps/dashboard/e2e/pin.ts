import type { Page } from 'playwright-core';

/** The device PIN the browser tests set (6 digits, not a trivial one). */
export const DEMO_PIN = '480917';

type PinScreen = 'setup' | 'unlock' | 'none';

/** Which screen shows now: PIN setup, PIN unlock, an app page, or null while the page still loads. */
async function screenNow(page: Page, timeout: number): Promise<PinScreen> {
  const handle = await page.waitForFunction(
    () => {
      if (document.getElementById('pin-setup-title')) return 'setup';
      if (document.getElementById('lock-title') && document.querySelector('input[inputmode="numeric"]'))
        return 'unlock';
      if (document.querySelector('main#main') && !window.location.pathname.startsWith('/login'))
        return 'none';
      return null;
    },
    undefined,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as PinScreen;
}

/**
 * Which screen shows once the page settles. An app page can show for a moment before the lock
 * screen replaces it (while the session and the device vault are read), more often on a loaded
 * machine: "no PIN screen" counts only when it still holds a moment later.
 */
async function settledScreen(page: Page, timeout: number): Promise<PinScreen> {
  const deadline = Date.now() + timeout;
  let screen = await screenNow(page, timeout);
  while (screen === 'none') {
    await page.waitForTimeout(750);
    const again = await screenNow(page, Math.max(1_000, deadline - Date.now()));
    if (again === 'none') return screen;
    screen = again;
  }
  return screen;
}

/**
 * Pass the device PIN screen if one shows: set the PIN on a device's first Collect visit, or enter it
 * after a reload, a restart or a lock. Language-independent (it finds the PIN fields by their keypad).
 */
export async function passPinScreen(page: Page, pin = DEMO_PIN, timeout = 30_000): Promise<PinScreen> {
  const screen = await settledScreen(page, timeout);
  if (screen === 'none') return screen;
  const fields = page.locator('input[inputmode="numeric"]');
  await fields.first().fill(pin);
  if (screen === 'setup') await fields.nth(1).fill(pin);
  await page.locator('main form button[type="submit"]').click();
  // PBKDF2 at 600,000 iterations takes a moment on a slow machine
  await page.waitForFunction(
    () => !document.getElementById('pin-setup-title') && !document.getElementById('lock-title'),
    undefined,
    { timeout, polling: 100 },
  );
  return screen;
}
