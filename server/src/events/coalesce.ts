/**
 * Turns a stream of change notices into a stream of snapshots: the first snapshot at once, then
 * at most one per `intervalMs` while notices arrive (a bulk submission's 4,000 status events
 * give a progress bar a few updates per second, not 4,000 queries), until `isFinal` says done or
 * the notices end.
 */
export async function* snapshotsOnChange<N, S>(
  notices: AsyncIterator<N> & { end(): void },
  snapshot: () => Promise<S>,
  isFinal: (s: S) => boolean,
  intervalMs = 100,
): AsyncGenerator<S> {
  let changed = false;
  let ended = false;
  let wake: (() => void) | undefined;
  void (async () => {
    for (;;) {
      const next = await notices.next();
      if (next.done) break;
      changed = true;
      wake?.();
    }
    ended = true;
    wake?.();
  })();
  try {
    let current = await snapshot();
    yield current;
    while (!isFinal(current)) {
      if (!changed && !ended) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (!changed && ended) return;
      await new Promise((resolve) => setTimeout(resolve, intervalMs)); // let a burst settle
      changed = false;
      current = await snapshot();
      yield current;
    }
  } finally {
    notices.end();
  }
}
