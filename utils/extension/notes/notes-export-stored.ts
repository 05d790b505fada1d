/** Builds an export file from what the database holds now: every live note, titled from the stored dataset. */
import { getAllRecords, getDatasetMeta } from '../db/dataset-repository';
import { exportNotes, type NotesExportFile, type NotesExportFormat } from './notes-export';
import { listNotes } from './notes-repository';

export async function exportStoredNotes(format: NotesExportFormat): Promise<NotesExportFile> {
  const [notes, records, meta] = await Promise.all([listNotes(), getAllRecords(), getDatasetMeta()]);
  return exportNotes(format, notes, { records, datasetVersion: meta.version });
}
