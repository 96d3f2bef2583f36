/** The pace of a bulk run, as the Python SDK's: evenly spaced sends; a 429 cuts the rate by
 * a fifth (once per `Retry-After` window) and pauses every send until it has passed; each
 * answer adds back 5 % of the rate per second, up to the ceiling. With no ceiling, the run
 * starts as fast as its concurrency allows and the first 429 sets the rate from what was
 * being sent. */

const DECREASE = 0.8;
const INCREASE_PER_SECOND = 0.05;
const MIN_RATE = 1;

export class Pacer {
  readonly ceiling: number | null;
  rate: number | null;
  readonly #clock: () => number;
  #next = 0;
  #pausedUntil = 0;
  #calmAfter = 0;
  #recent: number[] = []; // send times in the last second

  constructor(rate: number | null, clock: () => number = () => performance.now() / 1000) {
    this.ceiling = rate;
    this.rate = rate;
    this.#clock = clock;
  }

  /** Claim the next send slot; the seconds to wait before sending. */
  reserve(): number {
    const now = this.#clock();
    const at = Math.max(now, this.#next, this.#pausedUntil);
    if (this.rate !== null) this.#next = at + 1 / this.rate;
    this.#recent.push(at);
    const cut = this.#recent.findIndex((t) => t >= at - 1);
    if (cut > 0) this.#recent.splice(0, cut);
    return at - now;
  }

  /** A request was answered 429: slow down, and pause for `retryAfter` seconds. */
  throttled(retryAfter: number | null): void {
    const now = this.#clock();
    const pause = retryAfter ?? 1;
    this.#pausedUntil = Math.max(this.#pausedUntil, now + pause);
    if (now < this.#calmAfter) return;
    const sending = this.#recent.length || MIN_RATE;
    const current = this.rate ?? sending;
    this.rate = Math.max(MIN_RATE, Math.min(current, sending) * DECREASE);
    this.#calmAfter = now + pause + 1;
  }

  /** A request was answered: let the rate grow back towards the ceiling. */
  succeeded(): void {
    if (this.rate === null) return;
    const grown = this.rate + INCREASE_PER_SECOND;
    this.rate = this.ceiling === null ? grown : Math.min(this.ceiling, grown);
  }
}
