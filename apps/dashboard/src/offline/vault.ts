import { ApiRequestError } from '../api/client.ts';
import { answer, kolo } from '../api/kolo.ts';
import type { Me } from '../api/types.ts';
import { deviceDb, type VaultRecord } from './cache.ts';

/**
 * The device vault: what kolo keeps about respondents on a phone is AES-GCM ciphertext under a
 * random data key, and that key is stored only wrapped by a key derived from the monitor's device
 * PIN. The unwrapped key lives in this module's memory as a non-extractable CryptoKey: a reload,
 * a restart, the inactivity timer or quick exit drops it, and the app shows the PIN screen.
 *
 * WebCrypto has no Argon2id, so the PIN goes through PBKDF2-HMAC-SHA256 at OWASP's 2023 figure of
 * 600,000 iterations. A wrong PIN fails the AES-GCM unwrap (its tag is the verifier), so nothing
 * else about the PIN is stored.
 */

/** OWASP Password Storage Cheat Sheet (2023-): PBKDF2-HMAC-SHA256, 600,000 iterations. */
export const PBKDF2_ITERATIONS = 600_000;
/** Wrong PINs in a row before the device signs out and wipes what it holds. */
export const PIN_ATTEMPTS = 5;
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;
/** Set after a wipe while the server could not be told: the next contact ends the session. */
const SIGN_OUT_PENDING = 'kolo.signOutPending';
/** Set by the inactivity lock and quick exit: the lock screen shows until the user unlocks. */
const LOCKED_FLAG = 'kolo.locked';

/** Thrown when something needs the data key while the device is locked. */
export class DeviceLockedError extends Error {
  constructor() {
    super('the device is locked');
    this.name = 'DeviceLockedError';
  }
}

interface Unlocked {
  email: string;
  key: CryptoKey;
}

let unlocked: Unlocked | null = null;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('kolo-lock');
channel?.addEventListener('message', (event: MessageEvent) => {
  // a lock (inactivity, quick exit) in one tab locks every tab
  if (event.data === 'lock') dropKey();
});

function notify() {
  for (const listener of listeners) listener();
}

function dropKey() {
  if (!unlocked) return;
  unlocked = null;
  notify();
}

/** Follow lock and unlock (for the lock screen). */
export function onLockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The email whose data key is in memory, or null while locked. */
export function unlockedEmail(): string | null {
  return unlocked?.email ?? null;
}

/** Lock this device now, in every tab: drop the data key and keep the lock through a reload. */
export function lockDevice(): void {
  try {
    localStorage.setItem(LOCKED_FLAG, '1');
  } catch {
    // storage refused: the key is still dropped, which is what protects the data
  }
  dropKey();
  channel?.postMessage('lock');
}

/**
 * At sign-out: drop the data key in every tab without leaving the lock flag, so the next user who
 * signs in on this device is not met by a lock screen. Their data stays sealed for them.
 */
export function forgetDeviceKey(): void {
  clearLockFlag();
  dropKey();
  channel?.postMessage('lock');
}

/** A sign-out made offline: {@link finishPendingSignOut} ends the server session at the next contact. */
export function markSignOutPending(): void {
  try {
    localStorage.setItem(SIGN_OUT_PENDING, '1');
  } catch {
    // storage refused: the in-memory sign-out still holds until a reload
  }
}

/** True when the inactivity lock or quick exit locked the app and nobody unlocked it since. */
export function lockFlagSet(): boolean {
  try {
    return localStorage.getItem(LOCKED_FLAG) === '1';
  } catch {
    return false;
  }
}

/** Clear the lock flag after a successful unlock (PIN or password). */
export function clearLockFlag(): void {
  try {
    localStorage.removeItem(LOCKED_FLAG);
  } catch {
    // nothing to clear
  }
}

/** Why a PIN cannot be used, or null when it can. */
export type PinProblem = 'digits' | 'length' | 'trivial';

// the most common 6-digit PINs beyond the patterns checked below (DataGenetics, Wang et al. 2017)
const COMMON = new Set(['112233', '121212', '123123', '123321', '147258', '159753', '520520', '696969']);

/** Check a new PIN: 6 to 12 digits, not one repeated digit, a straight run or a very common PIN. */
export function checkPin(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'digits';
  if (pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'length';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - (digits[i] ?? 0) + 10) % 10));
  // 000000, 123456, 987654, 890123: one step size all the way
  if (steps.size === 1) return 'trivial';
  // 121212, 123123, 102102: a short block repeated
  for (const period of [2, 3]) {
    if (pin.length % period === 0 && pin === pin.slice(0, period).repeat(pin.length / period))
      return 'trivial';
  }
  if (COMMON.has(pin)) return 'trivial';
  return null;
}

async function deriveWrappingKey(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

function wrapAad(email: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`kolo-vault|${email}`);
}

async function unwrap(record: VaultRecord, pin: string): Promise<CryptoKey> {
  const kek = await deriveWrappingKey(pin, record.salt, record.iterations);
  return crypto.subtle.unwrapKey(
    'raw',
    record.wrappedKey,
    kek,
    { name: 'AES-GCM', iv: record.wrapIv, additionalData: wrapAad(record.email) },
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrapNewKey(
  email: string,
  pin: string,
  dataKey: CryptoKey,
): Promise<Pick<VaultRecord, 'salt' | 'iterations' | 'wrapIv' | 'wrappedKey'>> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const wrapIv = crypto.getRandomValues(new Uint8Array(12));
  const kek = await deriveWrappingKey(pin, salt, PBKDF2_ITERATIONS);
  const wrappedKey = await crypto.subtle.wrapKey('raw', dataKey, kek, {
    name: 'AES-GCM',
    iv: wrapIv,
    additionalData: wrapAad(email),
  });
  return { salt, iterations: PBKDF2_ITERATIONS, wrapIv, wrappedKey };
}

/** The vault of a user on this device, if they set a PIN here. */
export async function readVault(email: string): Promise<VaultRecord | undefined> {
  return (await deviceDb()).get('vault', email.toLowerCase());
}

/** Every vault on this device (for offline sign-in and the wipe). */
export async function listVaults(): Promise<VaultRecord[]> {
  return (await deviceDb()).getAll('vault');
}

/** Set the device PIN for this user: a new random data key, wrapped by the PIN; the device is unlocked. */
export async function createVault(me: Me, pin: string): Promise<void> {
  const problem = checkPin(pin);
  if (problem) throw new Error(`unusable PIN: ${problem}`);
  const email = me.user.email.toLowerCase();
  // extractable only for the wrap below; the key kept in memory is unwrapped non-extractable
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const wrapped = await wrapNewKey(email, pin, fresh);
  const record: VaultRecord = { email, me, failures: 0, createdAt: Date.now(), ...wrapped };
  await (await deviceDb()).put('vault', record);
  unlocked = { email, key: await unwrap(record, pin) };
  clearLockFlag();
  notify();
}

/** What a PIN try gave: unlocked, wrong with tries left, or the last try, after which the device was wiped. */
export type UnlockResult = { ok: true } | { ok: false; left: number } | { ok: false; wiped: true };

/**
 * Unlock with the PIN, offline too: the PIN is checked by unwrapping the data key. The count of
 * wrong PINs is kept on the device; at {@link PIN_ATTEMPTS} the device is wiped.
 */
export async function unlockVault(email: string, pin: string): Promise<UnlockResult> {
  const record = await readVault(email);
  if (!record) return { ok: false, left: 0 };
  let key: CryptoKey;
  try {
    key = await unwrap(record, pin);
  } catch {
    const failures = record.failures + 1;
    if (failures >= PIN_ATTEMPTS) {
      await wipeDevice();
      return { ok: false, wiped: true };
    }
    await (await deviceDb()).put('vault', { ...record, failures });
    return { ok: false, left: PIN_ATTEMPTS - failures };
  }
  if (record.failures !== 0) await (await deviceDb()).put('vault', { ...record, failures: 0 });
  unlocked = { email: record.email, key };
  // seal what an older version left in clear before anyone (the outbox sync) hears of the unlock
  await adoptPlaintext().catch(() => undefined);
  clearLockFlag();
  notify();
  return { ok: true };
}

/** Change the PIN: only the data key is wrapped again; the stored interviews stay as they are. */
export async function changePin(email: string, oldPin: string, newPin: string): Promise<boolean> {
  const problem = checkPin(newPin);
  if (problem) throw new Error(`unusable PIN: ${problem}`);
  const record = await readVault(email);
  if (!record) return false;
  const kek = await deriveWrappingKey(oldPin, record.salt, record.iterations);
  let raw: CryptoKey;
  try {
    raw = await crypto.subtle.unwrapKey(
      'raw',
      record.wrappedKey,
      kek,
      { name: 'AES-GCM', iv: record.wrapIv, additionalData: wrapAad(record.email) },
      { name: 'AES-GCM', length: 256 },
      true,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return false;
  }
  await (await deviceDb()).put('vault', {
    ...record,
    failures: 0,
    ...(await wrapNewKey(record.email, newPin, raw)),
  });
  return true;
}

/** Ciphertext as stored: AES-GCM with a fresh 12-byte IV on every write. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

function currentKey(owner?: string): Unlocked {
  if (!unlocked || (owner !== undefined && owner !== unlocked.email)) throw new DeviceLockedError();
  return unlocked;
}

/** Encrypt a value for the unlocked user; `context` (store and id) is bound in, so a blob cannot be moved. */
export async function seal(context: string, value: unknown): Promise<{ owner: string; sealed: Sealed }> {
  const { email, key } = currentKey();
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`${context}|${email}`) },
    key,
    new TextEncoder().encode(JSON.stringify(value)),
  );
  return { owner: email, sealed: { iv, data } };
}

/** Decrypt what {@link seal} made; throws {@link DeviceLockedError} while locked or for another user's data. */
export async function unseal<T>(context: string, owner: string, sealed: Sealed): Promise<T> {
  const { key } = currentKey(owner);
  const clear = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: new TextEncoder().encode(`${context}|${owner}`) },
    key,
    sealed.data,
  );
  return JSON.parse(new TextDecoder().decode(clear)) as T;
}

/**
 * Encrypt what an earlier version of kolo stored in clear (drafts and queued interviews), for the
 * user who just unlocked: after the first unlock nothing readable is left in the stores.
 */
async function adoptPlaintext(): Promise<void> {
  const db = await deviceDb();
  const drafts = (await db.getAll('drafts')).filter((d) => !('sealed' in d));
  const outbox = (await db.getAll('outbox')).filter((e) => !('sealed' in e));
  if (drafts.length === 0 && outbox.length === 0) return;
  const { sealDraft, sealOutboxEntry } = await import('./sealed-records.ts');
  const sealedDrafts = await Promise.all(drafts.map((d) => sealDraft(d as never)));
  const sealedOutbox = await Promise.all(outbox.map((e) => sealOutboxEntry(e as never)));
  const tx = db.transaction(['drafts', 'outbox'], 'readwrite');
  for (const d of sealedDrafts) await tx.objectStore('drafts').put(d);
  for (const e of sealedOutbox) await tx.objectStore('outbox').put(e);
  await tx.done;
}

/**
 * Wipe everything kolo holds on this device: every IndexedDB store (vaults, drafts, outbox, cache),
 * Cache Storage, localStorage and sessionStorage, and drop the key. The server session is ended by
 * the caller when online, or at the next contact ({@link finishPendingSignOut}).
 */
export async function wipeDevice(): Promise<void> {
  dropKey();
  channel?.postMessage('lock');
  const db = await deviceDb();
  const tx = db.transaction(['vault', 'drafts', 'outbox', 'cache'], 'readwrite');
  await Promise.all([
    tx.objectStore('vault').clear(),
    tx.objectStore('drafts').clear(),
    tx.objectStore('outbox').clear(),
    tx.objectStore('cache').clear(),
    tx.done,
  ]);
  if (typeof caches !== 'undefined') {
    // the app shell (scripts, styles) holds no data; anything else cached goes
    for (const name of await caches.keys()) {
      if (!name.startsWith('workbox-precache')) await caches.delete(name);
    }
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
    localStorage.setItem(SIGN_OUT_PENDING, '1');
  } catch {
    // storage refused
  }
}

/** After a wipe made offline: end the server session at the next contact. */
export async function finishPendingSignOut(): Promise<void> {
  try {
    if (localStorage.getItem(SIGN_OUT_PENDING) !== '1') return;
    await answer(kolo.api.auth.logout.$post());
    localStorage.removeItem(SIGN_OUT_PENDING);
  } catch (error) {
    // still offline: try again later; a 401 means the session is already gone
    if (error instanceof ApiRequestError && error.status === 401) localStorage.removeItem(SIGN_OUT_PENDING);
  }
}

/** True while a wipe's sign-out waits for the network (the app treats the user as signed out). */
export function signOutPending(): boolean {
  try {
    return localStorage.getItem(SIGN_OUT_PENDING) === '1';
  } catch {
    return false;
  }
}
