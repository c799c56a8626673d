/** Thrown when every import slot and every place in the queue is taken. */
export class ImportsBusyError extends Error {
  override readonly name = 'ImportsBusyError';
  constructor(readonly retryAfterSeconds: number) {
    super('the server is reading other workbooks right now');
  }
}

/** How many imports run at once, and how many may wait for a turn. */
export interface ImportSlotsOptions {
  readonly running?: number;
  readonly waiting?: number;
  /** What a refused caller is told to wait, in seconds. */
  readonly retryAfterSeconds?: number;
}

/**
 * Bounds concurrent workbook imports: each one is a thread with up to a quarter of a gigabyte of heap,
 * so at most `running` (default 2, one per core of a small server) run at once, `waiting`
 * (default 4) more wait in order, and past that an import is refused at once with
 * {@link ImportsBusyError} rather than queued without end (each waiting upload holds its bytes).
 */
export class ImportSlots {
  readonly #running: number;
  readonly #waiting: number;
  readonly #retryAfterSeconds: number;
  #active = 0;
  readonly #queue: Array<() => void> = [];

  constructor(options: ImportSlotsOptions = {}) {
    this.#running = options.running ?? 2;
    this.#waiting = options.waiting ?? 4;
    this.#retryAfterSeconds = options.retryAfterSeconds ?? 10;
  }

  /** Imports running now and waiting now. */
  get load(): { active: number; queued: number } {
    return { active: this.#active, queued: this.#queue.length };
  }

  /** Run `work` when a slot is free; rejects with {@link ImportsBusyError} when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#active >= this.#running) {
      if (this.#queue.length >= this.#waiting) throw new ImportsBusyError(this.#retryAfterSeconds);
      // the slot is handed over by the finishing import, so #active never drops in between
      await new Promise<void>((resolve) => this.#queue.push(resolve));
    } else this.#active += 1;
    try {
      return await work();
    } finally {
      const next = this.#queue.shift();
      if (next) next();
      else this.#active -= 1;
    }
  }
}
