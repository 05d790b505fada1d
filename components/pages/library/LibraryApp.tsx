/**
 * The library page: the whole dataset as a sortable, filterable table with an overview chart, each record in full
 * with the user's notes, all notes, export and import, settings, and what the dataset is. Views live in the URL
 * hash (see utils/extension/library/library-route.ts).
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AboutDataset } from './AboutDataset';
import { DataTransfer } from './DataTransfer';
import { LibraryRecordView } from './LibraryRecordView';
import { NotesBrowser } from './NotesBrowser';
import { RecordsView } from './RecordsView';
import { SettingsForm } from './SettingsForm';
import { isDatasetStale, staleDatasetText } from '../../../utils/shared/dataset-age';
import { formatDate } from '../../../utils/shared/format-date';
import { libraryHash, type LibraryRoute, type LibraryView } from '../../../utils/extension/library/library-route';
import { noteCountsByRecord, noteTextsByRecord } from '../../../utils/extension/notes/notes-by-record';
import { liveNotes } from '../../../utils/extension/notes/notes-repository';
import { createSearchIndex, type SearchIndex } from '../../../utils/extension/search/search-index';
import { useDataset, type LoadedDataset } from '../../../utils/extension/hooks/use-dataset';
import { useLibraryRoute } from '../../../utils/extension/hooks/use-library-route';
import { useObservable } from '../../../utils/extension/hooks/use-observable';
import { useSettings } from '../../../utils/extension/hooks/use-settings';
import { WELCOME_PATH } from '../../../utils/extension/welcome-page';
import type { Settings } from '../../../utils/shared/settings';
import type { DatasetMeta } from '../../../data/schema';

const NAVIGATION: { view: LibraryView; label: string; route: LibraryRoute }[] = [
  { view: 'records', label: 'Recommendations', route: { view: 'records' } },
  { view: 'notes', label: 'Your notes', route: { view: 'notes' } },
  { view: 'data', label: 'Export and import', route: { view: 'data' } },
  { view: 'settings', label: 'Settings', route: { view: 'settings' } },
  { view: 'about', label: 'About', route: { view: 'about' } },
];

const VIEW_TITLE_ID = 'library-view-title';

function manifestPatterns(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

export function LibraryApp() {
  const route = useLibraryRoute();
  const { dataset, error } = useDataset();
  const notes = useObservable(() => liveNotes(), []).value;
  const settings = useSettings();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  const index = useMemo(
    () => (dataset ? createSearchIndex(dataset.records, noteTextsByRecord(notes ?? [])) : null),
    [dataset, notes],
  );
  const noteCounts = useMemo(() => noteCountsByRecord(notes ?? []), [notes]);
  const recordTitle = route.view === 'record' ? dataset?.recordsById.get(route.recordId)?.title : undefined;
  const navLabel = NAVIGATION.find((item) => item.view === route.view)?.label;

  useEffect(() => {
    document.title = `${recordTitle ?? navLabel ?? 'Recommendation'} — Care Review Lens library`;
  }, [recordTitle, navLabel]);

  // After navigating, focus moves to the new view's heading so screen readers announce it.
  useEffect(() => {
    if (!dataset) return;
    if (firstRender.current && route.view === 'records') {
      firstRender.current = false;
      return;
    }
    firstRender.current = false;
    if (route.view === 'record' && route.focus === 'notes' && focusNoteBox(mainRef.current, route.recordId)) return;
    const heading = mainRef.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
    window.scrollTo(0, 0);
  }, [route, dataset !== null]);

  return (
    <div class="lens-library">
      <a
        class="lens-skip-link"
        href="#library-main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <LibraryHeader route={route} meta={dataset?.meta} />
      <main id="library-main" ref={mainRef} tabIndex={-1} class="lens-library-main">
        {error && (
          <p role="alert" class="lens-error">
            {error}
          </p>
        )}
        {!dataset && !error && <p class="lens-muted">Loading the recommendations…</p>}
        {dataset && index && (
          <CurrentView
            route={route}
            dataset={dataset}
            index={index}
            noteCount={notes?.length ?? 0}
            noteCounts={noteCounts}
            settings={settings}
          />
        )}
      </main>
      <footer class="lens-library-footer">
        <p class="lens-muted lens-small">
          Nothing leaves your browser: Care Review Lens makes no network requests, and your notes stay on this device.{' '}
          <a href={libraryHash({ view: 'about' })}>About the dataset and its sources</a>.{' '}
          <a href={WELCOME_PATH.slice(1)}>How Care Review Lens works</a>.
        </p>
      </footer>
    </div>
  );
}

/** "Open notes" lands on the record's note box, ready to type, with the box in the middle of the window. */
function focusNoteBox(main: HTMLElement | null, recordId: string): boolean {
  const box = main?.querySelector<HTMLTextAreaElement>(`#${CSS.escape(`note-new-${recordId}`)}`);
  if (!box) return false;
  box.focus({ preventScroll: true });
  box.scrollIntoView({ block: 'center' });
  return true;
}

function LibraryHeader({ route, meta }: { route: LibraryRoute; meta: DatasetMeta | undefined }) {
  return (
    <header class="lens-library-header">
      <div class="lens-library-brand">
        <h1>Care Review Lens library</h1>
        {meta && (
          <p class="lens-muted lens-small">
            Dataset {meta.version}, as of {formatDate(meta.asOf)}
          </p>
        )}
        {meta && isDatasetStale(meta.asOf) && (
          <p class="lens-notice lens-stale" role="note">
            {staleDatasetText(formatDate(meta.asOf))}
          </p>
        )}
      </div>
      <nav aria-label="Library">
        <ul class="lens-nav">
          {NAVIGATION.map((item) => {
            const current = route.view === item.view || (item.view === 'records' && route.view === 'record');
            return (
              <li key={item.view}>
                <a href={libraryHash(item.route)} aria-current={current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}

interface CurrentViewProps {
  route: LibraryRoute;
  dataset: LoadedDataset;
  index: SearchIndex;
  noteCount: number;
  noteCounts: Readonly<Record<string, number>>;
  settings: Settings | undefined;
}

/** The view the route names. */
function CurrentView({ route, dataset, index, noteCount, noteCounts, settings }: CurrentViewProps) {
  return (
    <>
      {route.view === 'records' && (
        <RecordsView records={dataset.records} index={index} noteCounts={noteCounts} asOf={dataset.meta.asOf} />
      )}
      {route.view === 'record' && (
        <LibraryRecordView
          key={route.recordId}
          recordId={route.recordId}
          recordsById={dataset.recordsById}
          titleId={VIEW_TITLE_ID}
        />
      )}
      {route.view === 'notes' && <NotesBrowser recordsById={dataset.recordsById} titleId={VIEW_TITLE_ID} />}
      {route.view === 'data' && (
        <DataTransfer meta={dataset.meta} records={dataset.records} noteCount={noteCount} titleId={VIEW_TITLE_ID} />
      )}
      {route.view === 'settings' && settings && (
        <SettingsForm settings={settings} builtInPatterns={manifestPatterns()} titleId={VIEW_TITLE_ID} />
      )}
      {route.view === 'about' && <AboutDataset meta={dataset.meta} records={dataset.records} titleId={VIEW_TITLE_ID} />}
    </>
  );
}
