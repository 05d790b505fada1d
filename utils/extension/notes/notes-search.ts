/**
 * Searching the user's notes on the library page: typo-tolerant over the note text and the title of the
 * recommendation it belongs to, newest first when there are no words to rank by.
 */
import Fuse from 'fuse.js';
import type { Note } from './notes-repository';
import { widenToWords, type MatchRange } from '../search/search-index';

export interface NoteHit {
  note: Note;
  recordTitle: string;
  textRanges: MatchRange[];
}

export function searchNotes(notes: readonly Note[], titleOf: (recordId: string) => string, query: string): NoteHit[] {
  const documents = notes.map((note) => ({ note, text: note.text, recordTitle: titleOf(note.recordId) }));
  const trimmed = query.trim();
  if (!trimmed) {
    return documents
      .sort((a, b) => b.note.updatedAt.localeCompare(a.note.updatedAt))
      .map(({ note, recordTitle }) => ({ note, recordTitle, textRanges: [] }));
  }
  const fuse = new Fuse(documents, {
    keys: [
      { name: 'text', weight: 2 },
      { name: 'recordTitle', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.3,
    includeMatches: true,
    minMatchCharLength: 2,
  });
  return fuse.search(trimmed).map(({ item, matches }) => {
    const textMatch = matches?.find((match) => match.key === 'text');
    return {
      note: item.note,
      recordTitle: item.recordTitle,
      textRanges: textMatch ? widenToWords(item.text, textMatch.indices) : [],
    };
  });
}
