import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallStore, retainedBytes, type StoreEvent } from '../../src/store/call-store';
import { decodedCall } from '../support/calls';

const at = (s: number) => new Date(Date.UTC(2026, 10, 21, 10, 0, s)).toISOString();

describe('CallStore', () => {
  it('drops duplicates by id', () => {
    const store = new CallStore();
    store.add([decodedCall('a'), decodedCall('a')]);
    store.add([decodedCall('a')]);
    expect(store.calls.map((c) => c.id)).toEqual(['a']);
  });
  it('keeps start order when calls finish out of order', () => {
    const store = new CallStore();
    store.add([decodedCall('late', { startedDateTime: at(5) })]);
    store.add([decodedCall('early', { startedDateTime: at(1) })]);
    store.add([decodedCall('mid', { startedDateTime: at(3) })]);
    expect(store.calls.map((c) => c.id)).toEqual(['early', 'mid', 'late']);
  });
  it('keeps any arrival order sorted by start, ties in arrival order, across drops and resets', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 6 }), { maxLength: 12 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), (batches, capacity, resetFirst) => {
        const store = new CallStore(capacity);
        if (resetFirst) store.reset([decodedCall('r', { startedDateTime: at(59) })]);
        store.reset();
        let n = 0;
        const arrived: Array<{ id: string; s: number }> = [];
        for (const batch of batches) {
          const calls = batch.map((s) => ({ id: `c${n++}`, s }));
          arrived.push(...calls);
          store.add(calls.map((c) => decodedCall(c.id, { startedDateTime: at(c.s) })));
        }
        const sorted = [...arrived].sort((a, b) => a.s - b.s).map((c) => c.id);
        expect(store.calls.map((c) => c.id)).toEqual(sorted.slice(sorted.length - store.calls.length));
      }),
    );
  });
  it('drops the oldest calls first past its capacity and counts them', () => {
    const store = new CallStore(3);
    for (let i = 0; i < 5; i++) store.add([decodedCall(`c${i}`, { startedDateTime: at(i) })]);
    expect(store.calls.map((c) => c.id)).toEqual(['c2', 'c3', 'c4']);
    expect(store.dropped).toBe(2);
    store.add([decodedCall('c0', { startedDateTime: at(9) })]);
    expect(store.calls.map((c) => c.id)).toEqual(['c3', 'c4', 'c0']);
  });
  it('drops the oldest calls first when their bodies pass its memory budget, never the newest', () => {
    const big = (id: string, s: number) => decodedCall(id, { startedDateTime: at(s), body: { kind: 'json', text: 'x'.repeat(10_000) } });
    const one = retainedBytes(big('probe', 0));
    const store = new CallStore(100, one * 3);
    store.add([big('a', 1), big('b', 2), big('c', 3)]);
    expect(store.calls.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    store.add([big('d', 4), big('e', 5)]);
    expect(store.calls.map((c) => c.id)).toEqual(['c', 'd', 'e']);
    expect(store.dropped).toBe(2);
    const tiny = new CallStore(100, 10);
    tiny.add([big('huge', 1)]);
    expect(tiny.calls.map((c) => c.id)).toEqual(['huge']);
  });
  it('counts headers, request body and URL in what a call holds', () => {
    const bare = retainedBytes(decodedCall('a', { body: { kind: 'empty' } }));
    const heavy = retainedBytes(decodedCall('a', { body: { kind: 'empty' }, requestBody: 'y'.repeat(500), responseHeaders: [{ name: 'n', value: 'v'.repeat(299) }] }));
    expect(heavy - bare).toBe(800);
  });
  it('counts batch-item errmsgs, partial-failure values and Pay detail too', () => {
    const bare = retainedBytes(decodedCall('a', { body: { kind: 'empty' } }));
    const heavy = retainedBytes(
      decodedCall('a', {
        body: { kind: 'empty' },
        itemFailures: [{ at: 'r[0]', errcode: 40001, errmsg: 'e'.repeat(996) }],
        partialFailures: [{ field: 'invaliduser', value: 'u'.repeat(989) }],
        pay: { version: 'v3', requestIdCode: null, detail: 'd'.repeat(1000) },
      }),
    );
    expect(heavy - bare).toBe(3000);
  });
  it('removes calls started before a navigation', () => {
    const store = new CallStore();
    store.add([decodedCall('old', { startedDateTime: at(1) }), decodedCall('new', { startedDateTime: at(10) })]);
    store.removeStartedBefore(Date.parse(at(5)));
    expect(store.calls.map((c) => c.id)).toEqual(['new']);
  });
  it('tells subscribers what changed', () => {
    const store = new CallStore();
    const events: StoreEvent[] = [];
    store.subscribe((e) => events.push(e));
    store.add([decodedCall('a')]);
    store.add([decodedCall('a')]);
    store.reset();
    expect(events.map((e) => e.type)).toEqual(['add', 'reset']);
  });
});
