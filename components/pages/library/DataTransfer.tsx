/**
 * Taking data out and bringing notes back: notes as JSON (re-importable), Markdown or CSV; notes imported from a
 * JSON export (all or nothing, with the importer's own explanation when a file is refused); the public dataset as
 * JSON or CSV. A button that cannot act yet (no notes to export, no file chosen) is disabled and says why.
 */
import { useRef, useState } from 'preact/hooks';
import type { DatasetMeta, DatasetRecord } from '../../../data/schema';
import { datasetCsvFile, datasetJsonFile } from '../../../utils/extension/library/dataset-download';
import { formatDate } from '../../../utils/shared/format-date';
import type { NotesExportFormat } from '../../../utils/extension/notes/notes-export';
import { exportStoredNotes } from '../../../utils/extension/notes/notes-export-stored';
import { describeImport, importNotesFile } from '../../../utils/extension/notes/notes-import';
import { saveTextFile } from '../../../utils/extension/library/save-file';
import { OutcomeMessage, type Outcome } from '../OutcomeMessage';
import { errorMessage } from '../../../utils/extension/error-message';

export interface DataTransferProps {
  meta: DatasetMeta;
  records: readonly DatasetRecord[];
  noteCount: number;
  titleId: string;
}

const NOTE_FORMATS: { format: NotesExportFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'Notes as JSON', hint: 'complete; can be imported again' },
  { format: 'markdown', label: 'Notes as Markdown', hint: 'readable, grouped by recommendation' },
  { format: 'csv', label: 'Notes as CSV', hint: 'for spreadsheets' },
];

export function DataTransfer({ meta, records, noteCount, titleId }: DataTransferProps) {
  return (
    <section aria-labelledby={titleId} class="lens-data">
      <h2 id={titleId}>Export and import</h2>
      <ExportNotes noteCount={noteCount} />
      <ImportNotes />
      <DatasetDownload meta={meta} records={records} />
    </section>
  );
}

/** Notes as JSON, Markdown or CSV; disabled, and saying why, while there are none. */
function ExportNotes({ noteCount }: { noteCount: number }) {
  const [exportOutcome, setExportOutcome] = useState<Outcome>(null);
  const exportNotes = async (format: NotesExportFormat) => {
    try {
      const file = await exportStoredNotes(format);
      saveTextFile(file);
      setExportOutcome({ kind: 'done', message: `Saved ${file.filename}.` });
    } catch (error) {
      setExportOutcome({ kind: 'failed', message: errorMessage(error) });
    }
  };
  return (
    <section aria-labelledby="export-notes-heading">
      <h3 id="export-notes-heading">Export your notes</h3>
      <p id="export-notes-status">
        {noteCount === 0
          ? 'You have no notes yet. Write one on any recommendation (in the library or the popup) and it can be saved here.'
          : `You have ${noteCount} ${noteCount === 1 ? 'note' : 'notes'}. The file is made here and saved by your browser; nothing is uploaded.`}
      </p>
      <ul class="lens-download-list">
        {NOTE_FORMATS.map(({ format, label, hint }) => (
          <li key={format}>
            <button
              type="button"
              class="lens-secondary-button"
              disabled={noteCount === 0}
              aria-describedby={noteCount === 0 ? 'export-notes-status' : undefined}
              onClick={() => void exportNotes(format)}
            >
              {label}
            </button>{' '}
            <span class="lens-muted">{hint}</span>
          </li>
        ))}
      </ul>
      <OutcomeMessage outcome={exportOutcome} />
    </section>
  );
}

/** A notes file exported by Care Review Lens, all or nothing; Import waits until a file is chosen. */
function ImportNotes() {
  const [importOutcome, setImportOutcome] = useState<Outcome>(null);
  const [importing, setImporting] = useState(false);
  const [chosenFile, setChosenFile] = useState<File | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const importNotes = async (event: Event) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setImporting(true);
    try {
      const report = await importNotesFile(file);
      setImportOutcome({ kind: 'done', message: describeImport(report) });
      if (fileRef.current) fileRef.current.value = '';
      setChosenFile(null);
    } catch (error) {
      setImportOutcome({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setImporting(false);
    }
  };
  return (
    <section aria-labelledby="import-notes-heading">
      <h3 id="import-notes-heading">Import notes</h3>
      <p>
        From a JSON file exported by Care Review Lens. Notes are merged by their id: the newer version of a note wins,
        and a file with any problem changes nothing.
      </p>
      <form onSubmit={(event) => void importNotes(event)} class="lens-import-form">
        <div class="lens-field">
          <label for="import-file">Notes file (JSON)</label>
          <input
            ref={fileRef}
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              setChosenFile(event.currentTarget.files?.[0] ?? null);
              setImportOutcome(null);
            }}
          />
        </div>
        <button
          type="submit"
          class="lens-primary-button"
          disabled={importing || !chosenFile}
          aria-describedby="import-file-hint"
        >
          {importing ? 'Importing…' : 'Import notes'}
        </button>
        <p id="import-file-hint" class="lens-muted lens-small lens-form-hint">
          {chosenFile ? `Ready to import ${chosenFile.name}.` : 'Choose a file first.'}
        </p>
      </form>
      <OutcomeMessage outcome={importOutcome} />
    </section>
  );
}

/** The public dataset, as a spreadsheet or with every detail. */
function DatasetDownload({ meta, records }: Pick<DataTransferProps, 'meta' | 'records'>) {
  return (
    <section aria-labelledby="download-dataset-heading">
      <h3 id="download-dataset-heading">Download the dataset</h3>
      <p>
        Every recommendation and background record ({records.length} in all) with its status, timeline and sources:
        dataset version {meta.version}, as of {formatDate(meta.asOf)}.
      </p>
      <ul class="lens-download-notes">
        <li>
          <strong>CSV</strong> opens in a spreadsheet (Excel, LibreOffice, Google Sheets): one row per record.
        </li>
        <li>
          <strong>JSON</strong> keeps every detail, for researchers and developers who work with the data in their own
          tools.
        </li>
      </ul>
      <p class="lens-button-row">
        <button
          type="button"
          class="lens-secondary-button"
          onClick={() => saveTextFile(datasetJsonFile(meta, records))}
        >
          Dataset as JSON
        </button>
        <button type="button" class="lens-secondary-button" onClick={() => saveTextFile(datasetCsvFile(meta, records))}>
          Dataset as CSV
        </button>
      </p>
    </section>
  );
}
