/**
 * The toolbar popup: ready to type the moment it opens. Search (typo-tolerant, filtered by status and theme),
 * "On this page" for the current tab, a recommendation's details with the user's notes, the site switch and pause.
 * Keyboard: Down enters the list, arrows walk it, Enter opens, Escape goes back.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageMentions } from './PageMentions';
import { PopupRecordView } from './PopupRecordView';
import { RecordFilters, type RecordFilterValues } from '../RecordFilters';
import { SearchResults } from './SearchResults';
import { SiteControls } from './SiteControls';
import { focusFirstListItem } from './KeyboardList';
import { libraryPath } from '../../../utils/extension/library/library-route';
import { e2eHooks } from '#e2e-hooks';
import { noteCountsByRecord, noteTextsByRecord } from '../../../utils/extension/notes/notes-by-record';
import { liveNotes } from '../../../utils/extension/notes/notes-repository';
import { createSearchIndex } from '../../../utils/extension/search/search-index';
import { revealMention } from '../../../utils/extension/sites/tab-messaging';
import { useDataset } from '../../../utils/extension/hooks/use-dataset';
import { useObservable } from '../../../utils/extension/hooks/use-observable';
import { usePageMentions } from '../../../utils/extension/hooks/use-page-mentions';
import { useSettings } from '../../../utils/extension/hooks/use-settings';

export interface PopupAppProps {
  /** The page's query string (end-to-end builds read a target tab from it: see utils/shared/e2e/e2e-hooks.ts). */
  search?: string;
}

const NO_FILTERS: RecordFilterValues = { status: null, theme: null };

function manifestPatterns(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

export function PopupApp({ search = window.location.search }: PopupAppProps) {
  const { dataset, error: datasetError } = useDataset();
  const notes = useObservable(() => liveNotes(), []).value;
  const settings = useSettings();
  const { tab, page, refresh } = usePageMentions(search);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<RecordFilterValues>(NO_FILTERS);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listAreaRef = useRef<HTMLDivElement>(null);
  const returnFocusTo = useRef<string | null>(null);
  // A popup opened in a tab of its own (end-to-end tests only) stays open after acting on its target tab.
  const inOwnTab = e2eHooks.popupTargetTab(search) !== null;

  const index = useMemo(
    () => (dataset ? createSearchIndex(dataset.records, noteTextsByRecord(notes ?? [])) : null),
    [dataset, notes],
  );
  const noteCounts = useMemo(() => noteCountsByRecord(notes ?? []), [notes]);
  const searching = query.trim() !== '' || filters.status !== null || filters.theme !== null;
  const hits = useMemo(
    () => (index && searching ? index.search(query, filters) : []),
    [index, searching, query, filters],
  );
  const openRecord = openId ? dataset?.recordsById.get(openId) : undefined;
  const mentionCounts = new Map(page.status === 'ready' ? page.mentions.map((m) => [m.recordId, m.count]) : []);

  useEffect(() => {
    inputRef.current?.focus();
    e2eHooks.popupMoment('focused');
  }, []);
  useEffect(() => {
    if (index) e2eHooks.popupMoment('ready');
  }, [index]);

  // Back from a detail view: focus returns to the list item that opened it (or the search box).
  useEffect(() => {
    if (openId !== null || returnFocusTo.current === null) return;
    const id = returnFocusTo.current;
    returnFocusTo.current = null;
    const item = listAreaRef.current?.querySelector<HTMLElement>(
      `[data-record-id="${CSS.escape(id)}"][data-list-item], [data-record-id="${CSS.escape(id)}"] [data-list-item]`,
    );
    (item ?? inputRef.current)?.focus();
  }, [openId]);

  const open = (recordId: string) => {
    if (openId === null) returnFocusTo.current = recordId;
    setNotice(null);
    setOpenId(recordId);
  };
  const back = () => setOpenId(null);

  const reveal = async (recordId: string) => {
    if (!tab) return;
    setNotice(null);
    const revealed = await revealMention(tab.id, recordId).catch(() => false);
    if (!revealed) setNotice('That mention could not be shown: the page may have changed. Try reloading it.');
    else if (!inOwnTab) window.close();
  };

  const openInLibrary = (recordId: string | null) => {
    const path = libraryPath(recordId ? { view: 'record', recordId } : { view: 'records' });
    void browser.tabs.create({ url: browser.runtime.getURL(path as '/library.html') }).then(() => {
      if (!inOwnTab) window.close();
    });
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target instanceof HTMLTextAreaElement && target.value.trim() !== '') return;
      if (openId !== null) {
        // Handled here, the key does not reach the browser, which would otherwise close the popup.
        event.preventDefault();
        back();
      } else if (document.activeElement !== inputRef.current) {
        event.preventDefault();
        inputRef.current?.focus();
      } else if (query !== '') {
        event.preventDefault();
        setQuery('');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openId, query]);

  const onSearchKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      if (focusFirstListItem(listAreaRef.current)) event.preventDefault();
    } else if (event.key === 'Enter') {
      const first = hits[0];
      if (searching && first) {
        event.preventDefault();
        open(first.record.id);
      }
    }
  };

  const pageUrl = tab?.url ?? (page.status === 'ready' || page.status === 'unsupported' ? page.url : null);

  return (
    <div class="lens-popup" data-ready={dataset ? 'true' : 'false'}>
      <header class="lens-popup-header">
        <h1 class="lens-popup-title">Care Review Lens</h1>
        <a
          class="lens-header-link"
          href={libraryPath({ view: 'records' })}
          onClick={(event) => {
            event.preventDefault();
            openInLibrary(null);
          }}
        >
          Library<span class="crl-visually-hidden"> (opens in a new tab)</span>
        </a>
      </header>

      <main class="lens-popup-main">
        {datasetError && (
          <p role="alert" class="lens-error">
            {datasetError}
          </p>
        )}
        {notice && (
          <p role="alert" class="lens-error">
            {notice}
          </p>
        )}
        {openRecord && dataset ? (
          <PopupRecordView
            record={openRecord}
            recordsById={dataset.recordsById}
            mentionCount={mentionCounts.get(openRecord.id) ?? 0}
            onBack={back}
            onOpenRecord={open}
            onReveal={(id) => void reveal(id)}
            onOpenInLibrary={openInLibrary}
          />
        ) : (
          <>
            <div role="search" class="lens-search">
              <label for="popup-search" class="lens-label">
                Search the review’s recommendations
              </label>
              <input
                ref={inputRef}
                id="popup-search"
                class="lens-search-input"
                type="search"
                autocomplete="off"
                spellcheck={false}
                placeholder="e.g. kinship allowance"
                aria-describedby="popup-search-hint"
                value={query}
                onInput={(event) => setQuery(event.currentTarget.value)}
                onKeyDown={onSearchKeyDown}
              />
              <p id="popup-search-hint" class="crl-visually-hidden">
                Down arrow moves to the list; Enter opens; Escape goes back.
              </p>
            </div>
            <RecordFilters idPrefix="popup-filter" value={filters} onChange={setFilters} />
            <div ref={listAreaRef}>
              {searching ? (
                <section aria-labelledby="popup-results-heading">
                  <h2 id="popup-results-heading" class="lens-list-heading">
                    {!dataset ? 'Loading…' : hits.length === 1 ? '1 result' : `${hits.length} results`}
                  </h2>
                  <p role="status" class="crl-visually-hidden">
                    {dataset ? `${hits.length} results` : ''}
                  </p>
                  {dataset && hits.length === 0 && (
                    <p class="lens-muted">Nothing matches. Try fewer words, or clear the filters.</p>
                  )}
                  <SearchResults
                    hits={hits}
                    noteCounts={noteCounts}
                    labelledBy="popup-results-heading"
                    onOpen={open}
                    onLeave={() => inputRef.current?.focus()}
                  />
                </section>
              ) : (
                <section aria-labelledby="popup-page-heading">
                  <h2 id="popup-page-heading" class="lens-list-heading">
                    On this page
                  </h2>
                  <PageMentions
                    state={page}
                    recordsById={dataset?.recordsById ?? new Map()}
                    headingId="popup-page-heading"
                    onReveal={(id) => void reveal(id)}
                    onOpen={open}
                    onLeave={() => inputRef.current?.focus()}
                  />
                </section>
              )}
            </div>
          </>
        )}
      </main>

      <footer class="lens-popup-footer">
        {settings && (
          <SiteControls
            pageUrl={pageUrl}
            tabId={tab?.id ?? null}
            settings={settings}
            builtInPatterns={manifestPatterns()}
            onSiteSwitched={() => {
              refresh();
              setTimeout(refresh, 1000);
            }}
          />
        )}
      </footer>
    </div>
  );
}
