/** The reader's shortcuts for stepping through marks, for a Preact view; undefined while the browser answers. */
import { useEffect, useState } from 'preact/hooks';
import { readMentionShortcuts, type MentionShortcuts } from '../keyboard-shortcuts';

export function useMentionShortcuts(): MentionShortcuts | undefined {
  const [shortcuts, setShortcuts] = useState<MentionShortcuts>();
  useEffect(() => {
    let active = true;
    readMentionShortcuts().then(
      (read) => {
        if (active) setShortcuts(read);
      },
      () => {
        if (active) setShortcuts({ next: null, previous: null, nextAny: null, previousAny: null });
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return shortcuts;
}
