/**
 * The form that adds a note, in the card and in the popup and library. It only holds the draft: the caller saves
 * it (notes live in the extension's database, which shared code may not reach). Save waits for some text, as does
 * Ctrl/Cmd+Enter, so a note of blanks is never sent to be refused.
 */
import { useState } from 'preact/hooks';

export interface NoteFormProps {
  /** id of the text box, unique in the view (its label points at it). */
  inputId: string;
  rows: number;
  /** Resolves true when the note was saved; the draft is then cleared. */
  onAdd(text: string): Promise<boolean>;
}

export function NoteForm({ inputId, rows, onAdd }: NoteFormProps) {
  const [draft, setDraft] = useState('');
  const hasText = draft.trim() !== '';
  const add = async (event: Event) => {
    event.preventDefault();
    if (!hasText) return;
    if (await onAdd(draft)) setDraft('');
  };
  return (
    <form class="lens-note-form" onSubmit={add}>
      <label for={inputId} class="lens-label">
        Add a note
      </label>
      <textarea
        id={inputId}
        class="lens-textarea"
        rows={rows}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void add(event);
        }}
      />
      <p class="lens-button-row">
        <button type="submit" class="lens-primary-button" disabled={!hasText}>
          Save note
        </button>
      </p>
    </form>
  );
}
