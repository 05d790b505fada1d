/** Groups note texts by record id, for the search index. */
import type { Note } from './notes-repository';

export function noteTextsByRecord(notes: readonly Note[]): Map<string, string[]> {
  const byRecord = new Map<string, string[]>();
  for (const note of notes) {
    if (note.deletedAt) continue;
    byRecord.set(note.recordId, [...(byRecord.get(note.recordId) ?? []), note.text]);
  }
  return byRecord;
}

export function noteCountsByRecord(notes: readonly Note[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const note of notes) if (!note.deletedAt) counts[note.recordId] = (counts[note.recordId] ?? 0) + 1;
  return counts;
}
