/** An async iterable fed by callbacks: `push` items, then `end`. */
export interface PushStream<Item> extends AsyncIterable<Item> {
  push(item: Item): void;
  end(): void;
}

/**
 * Bridges a callback producer to a `for await` consumer. Items wait in order until read; `end` lets the
 * iteration finish once they are all read.
 */
export function createPushStream<Item>(): PushStream<Item> {
  const items: Item[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  return {
    push(item) {
      items.push(item);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const item = items.shift();
        if (item !== undefined) {
          yield item;
        } else if (ended) {
          return;
        } else {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      }
    },
  };
}
