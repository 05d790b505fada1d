/** The current settings for a Preact view, kept live when any context (popup, library, card) changes them. */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings, type Settings } from '../../shared/settings';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let active = true;
    const stop = watchSettings((next) => setSettings(next));
    void getSettings().then((current) => {
      if (active) setSettings(current);
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  return settings;
}
