// The store applies shallow patches, skips no-op updates and tells listeners about each change in order.
import { describe, expect, it } from 'vitest';
import { changed, createStore } from '../../client/store.ts';

describe('createStore', () => {
  it('applies a patch and notifies listeners with the new and previous state', () => {
    const store = createStore({ a: 1, b: 'x' });
    const seen: Array<[number, number]> = [];
    store.subscribe((state, previous) => seen.push([state.a, previous.a]));
    store.update({ a: 2 });
    expect(store.get()).toEqual({ a: 2, b: 'x' });
    expect(seen).toEqual([[2, 1]]);
  });

  it('does not notify when nothing changed', () => {
    const store = createStore({ a: 1 });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.update({ a: 1 });
    store.update(() => null);
    expect(calls).toBe(0);
  });

  it('accepts a function of the current state', () => {
    const store = createStore({ count: 1 });
    store.update((state) => ({ count: state.count + 1 }));
    expect(store.get().count).toBe(2);
  });

  it('delivers updates made by a listener after the current one, in order, to every listener', () => {
    const store = createStore({ step: 0 });
    const first: number[] = [];
    const second: Array<[number, number]> = [];
    store.subscribe((state) => {
      first.push(state.step);
      if (state.step === 1) store.update({ step: 2 });
    });
    store.subscribe((state, previous) => second.push([previous.step, state.step]));
    store.update({ step: 1 });
    expect(first).toEqual([1, 2]);
    expect(second).toEqual([[0, 1], [1, 2]]);
    expect(store.get().step).toBe(2);
  });

  it('stops notifying after unsubscribe', () => {
    const store = createStore({ a: 1 });
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    unsubscribe();
    store.update({ a: 2 });
    expect(calls).toBe(0);
  });

  it('changed() tells which fields differ', () => {
    const list: string[] = [];
    expect(changed({ a: list, b: 1 }, { a: list, b: 2 }, 'a')).toBe(false);
    expect(changed({ a: list, b: 1 }, { a: list, b: 2 }, 'a', 'b')).toBe(true);
  });
});
