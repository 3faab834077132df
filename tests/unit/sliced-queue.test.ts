import { describe, expect, it } from 'vitest';
import { slicedQueue } from '../../src/capture/sliced-queue';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('slicedQueue', () => {
  it('handles an item pushed alone at once', () => {
    const done: number[] = [];
    const queue = slicedQueue<number>((n) => done.push(n));
    queue.push(1);
    expect(done).toEqual([1]);
  });

  it('spreads a burst over several tasks once a slice is spent, keeping order and losing nothing', async () => {
    let clock = 0;
    const done: number[] = [];
    // Each item "takes" 1 ms on a fake clock; a slice is 8 ms.
    const queue = slicedQueue<number>((n) => {
      clock += 1;
      done.push(n);
    }, 8, () => clock);
    for (let i = 0; i < 20; i++) queue.push(i);
    expect(done).toHaveLength(8);
    await nextTask();
    expect(done).toHaveLength(16);
    await nextTask();
    await nextTask();
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('gives a new task a fresh slice', async () => {
    let clock = 0;
    const done: number[] = [];
    const queue = slicedQueue<number>((n) => {
      clock += 5;
      done.push(n);
    }, 8, () => clock);
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(done).toEqual([1, 2]);
    await nextTask();
    queue.push(4);
    expect(done).toEqual([1, 2, 3, 4]);
  });
});
