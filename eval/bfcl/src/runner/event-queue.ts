/** A queue that several producers push to and one `for await` drains; `fail` ends it with an error. */
export interface EventQueue<Event> extends AsyncIterable<Event> {
  push(event: Event): void;
  end(): void;
  fail(error: unknown): void;
}

/** Creates an {@link EventQueue}: unbounded, in push order. */
export function createEventQueue<Event>(): EventQueue<Event> {
  const pending: Event[] = [];
  let finished = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  return {
    push(event) {
      pending.push(event);
      notify();
    },
    end() {
      finished = true;
      notify();
    },
    fail(error) {
      failure ??= { error };
      finished = true;
      notify();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const next = pending.shift();
        if (next !== undefined) {
          yield next;
          continue;
        }
        if (failure !== undefined) {
          throw failure.error;
        }
        if (finished) {
          return;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}
