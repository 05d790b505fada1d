import { describe, expect, it } from 'vitest';
import type { Note } from '../../../../../utils/extension/notes/notes-repository';
import { noteCountsByRecord, noteTextsByRecord } from '../../../../../utils/extension/notes/notes-by-record';
import { searchNotes } from '../../../../../utils/extension/notes/notes-search';

function note(id: string, recordId: string, text: string, updatedAt: string, deletedAt?: string): Note {
  return { id, recordId, text, createdAt: '2026-01-01T10:00:00.000Z', updatedAt, ...(deletedAt ? { deletedAt } : {}) };
}

const notes = [
  note('1', 'fn-3', 'Raised at the March scrutiny committee', '2026-03-01T10:00:00.000Z'),
  note('2', 'care-1', 'Regional pilots: ask the director', '2026-04-01T10:00:00.000Z'),
  note('3', 'fn-3', 'Kinship carers group meets on Thursdays', '2026-02-01T10:00:00.000Z'),
];
const titles: Record<string, string> = {
  'fn-3': 'A kinship allowance at fostering rates',
  'care-1': 'Regional Care Co-operatives',
};
const titleOf = (id: string) => titles[id] ?? id;

describe('searchNotes', () => {
  it('lists every note, most recently changed first, when there are no words', () => {
    expect(searchNotes(notes, titleOf, '  ').map((hit) => hit.note.id)).toEqual(['2', '1', '3']);
  });

  it('forgives typos and marks the matched words in the note', () => {
    const [hit, ...rest] = searchNotes(notes, titleOf, 'scrutiny comittee');
    expect(rest).toEqual([]);
    expect(hit!.note.id).toBe('1');
    const [from, to] = hit!.textRanges[0]!;
    expect(hit!.note.text.slice(from, to + 1)).toBe('scrutiny committee');
  });

  it('finds notes by the title of their recommendation', () => {
    expect(
      searchNotes(notes, titleOf, 'fostering rates')
        .map((hit) => hit.note.id)
        .sort(),
    ).toEqual(['1', '3']);
  });
});

describe('notes by record', () => {
  const withDeleted = [...notes, note('4', 'fn-3', '', '2026-05-01T10:00:00.000Z', '2026-05-01T10:00:00.000Z')];

  it('groups live note texts for the search index', () => {
    expect(noteTextsByRecord(withDeleted).get('fn-3')).toEqual([
      'Raised at the March scrutiny committee',
      'Kinship carers group meets on Thursdays',
    ]);
  });

  it('counts live notes per record', () => {
    expect(noteCountsByRecord(withDeleted)).toEqual({ 'fn-3': 2, 'care-1': 1 });
  });
});
