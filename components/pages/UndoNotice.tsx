/** The outcome of the last note change, with Undo, and any error. Announced politely; errors as alerts. */
import { useEffect, useRef } from 'preact/hooks';
import type { NoteActions } from '../../utils/extension/hooks/use-note-actions';

export function UndoNotice({ actions }: { actions: NoteActions }) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const { lastChange, error } = actions;
  useEffect(() => {
    // After a delete the focused button is gone; Undo is the natural next stop for a keyboard user.
    if (lastChange?.kind === 'deleted') undoRef.current?.focus();
  }, [lastChange]);
  return (
    <div class="lens-undo-area">
      <div role="status" aria-live="polite">
        {lastChange && (
          <p class="lens-undo">
            <span>{lastChange.message}</span>
            <button ref={undoRef} type="button" class="lens-secondary-button" onClick={() => void actions.undo()}>
              Undo
            </button>
            <button type="button" class="lens-quiet-button" onClick={() => actions.dismiss()}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {error && (
        <p role="alert" class="lens-error">
          {error}
        </p>
      )}
    </div>
  );
}
