/** A value kept in extension storage, live for a Preact view, and a setter that stores it. */
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

export function useStoredValue<T>(item: WxtStorageItem<T, Record<string, unknown>>): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let active = true;
    const stop = item.watch((next) => setValue(next));
    void item.getValue().then((stored) => {
      if (active) setValue(stored);
    });
    return () => {
      active = false;
      stop();
    };
  }, [item]);
  const store = (next: T) => {
    setValue(next);
    void item.setValue(next);
  };
  return [value, store];
}
