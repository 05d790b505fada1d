/** Subscribes a Preact component to an observable (Dexie's `liveQuery`), re-subscribing when `deps` change. */
import type { Observable } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface ObservedValue<T> {
  /** Undefined until the first value arrives. */
  value: T | undefined;
  error: unknown;
}

export function useObservable<T>(create: () => Observable<T>, deps: readonly unknown[]): ObservedValue<T> {
  const [state, setState] = useState<ObservedValue<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = create().subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error) => setState((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps); // The caller lists what `create` depends on, as with useEffect.
  return state;
}
