/** One note: its text (always plain text), when it was written and edited, and Edit / Delete. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNoteDate } from '../../utils/extension/notes/format-note-date';
import type { Note } from '../../utils/extension/notes/notes-repository';
import { HighlightedText } from './HighlightedText';
import type { MatchRange } from '../../utils/extension/search/search-index';

export interface NoteItemProps {
  note: Note;
  /** Resolves true when the new text was saved. */
  onSave(text: string): Promise<boolean>;
  onDelete(): void;
  /** Matched words to mark, when the note is a search hit. */
  ranges?: readonly MatchRange[];
  /** Extra line above the text (the library's notes list names the recommendation). */
  context?: ComponentChildren;
}

export function NoteItem({ note, onSave, onDelete, ranges, context }: NoteItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const editing = draft !== null;
  useEffect(() => {
    // Focus lands in the editor the user just asked for.
    if (editing) editorRef.current?.focus();
  }, [editing]);
  const editorId = `note-edit-${note.id}`;
  const edited = note.updatedAt !== note.createdAt;

  const stopEditing = () => {
    setDraft(null);
    requestAnimationFrame(() => editRef.current?.focus());
  };
  const save = async () => {
    if (draft !== null && (await onSave(draft))) stopEditing();
  };

  if (draft !== null) {
    return (
      <li class="lens-note lens-note--editing" data-note-id={note.id}>
        {context}
        <label for={editorId} class="lens-label">
          Edit note
        </label>
        <textarea
          id={editorId}
          class="lens-textarea"
          value={draft}
          rows={4}
          ref={editorRef}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              stopEditing();
            } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
        />
        <p class="lens-button-row">
          <button type="button" class="lens-primary-button" onClick={() => void save()}>
            Save
          </button>
          <button type="button" class="lens-secondary-button" onClick={stopEditing}>
            Cancel
          </button>
        </p>
      </li>
    );
  }

  return (
    <li class="lens-note" data-note-id={note.id}>
      {context}
      <p class="lens-note-text">
        <HighlightedText text={note.text} ranges={ranges} />
      </p>
      <p class="lens-note-meta">
        Written {formatNoteDate(note.createdAt)}
        {edited && <>, edited {formatNoteDate(note.updatedAt)}</>}
        {note.article && (
          <>
            {' '}
            while reading{' '}
            <a class="lens-note-article" href={note.article.url} target="_blank" rel="noopener noreferrer">
              {note.article.title}
              <span class="crl-visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      <p class="lens-button-row">
        <button ref={editRef} type="button" class="lens-secondary-button" onClick={() => setDraft(note.text)}>
          Edit<span class="crl-visually-hidden"> note written {formatNoteDate(note.createdAt)}</span>
        </button>
        <button type="button" class="lens-secondary-button lens-danger" onClick={onDelete}>
          Delete<span class="crl-visually-hidden"> note written {formatNoteDate(note.createdAt)}</span>
        </button>
      </p>
    </li>
  );
}
