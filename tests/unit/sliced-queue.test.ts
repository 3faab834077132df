import { describe, expect, it } from 'vitest';
import { slicedQueue } from '../../src/capture/sliced-queue';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A queue with 8 ms slices whose items each "take" `msPerItem` on a fake clock; `done` lists them as
 * handled; `pass(ms)` moves the clock as other work (or idleness) would.
 */
function timedQueue(msPerItem: number) {
  let clock = 0;
  const done: number[] = [];
  const queue = slicedQueue<number>((n) => {
    clock += msPerItem;
    done.push(n);
  }, 8, () => clock);
  return { queue, done, pass: (ms: number) => (clock += ms) };
}

describe('slicedQueue', () => {
  it('handles an item pushed alone at once', () => {
    const done: number[] = [];
    const queue = slicedQueue<number>((n) => done.push(n));
    queue.push(1);
    expect(done).toEqual([1]);
  });

  it('spreads a burst over several tasks once a slice is spent, keeping order and losing nothing', async () => {
    const { queue, done } = timedQueue(1);
    for (let i = 0; i < 20; i++) queue.push(i);
    expect(done).toHaveLength(8);
    await nextTask();
    expect(done).toHaveLength(16);
    await nextTask();
    await nextTask();
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('gives a new task a fresh slice', async () => {
    const { queue, done } = timedQueue(5);
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(done).toEqual([1, 2]);
    await nextTask();
    queue.push(4);
    expect(done).toEqual([1, 2, 3, 4]);
  });

  it('handles an item arriving after other work at once, before the timer that ends the last slice has run', () => {
    // A busy thread: the body of a call arrives in a task that runs before the last slice's timer.
    const { queue, done, pass } = timedQueue(5);
    queue.push(1);
    queue.push(2);
    pass(2);
    queue.push(3);
    expect(done).toEqual([1, 2, 3]);
    // Back-to-back items still share their slice.
    queue.push(4);
    queue.push(5);
    expect(done).toEqual([1, 2, 3, 4]);
  });
});
