/**
 * The toolbar popup: ready to type the moment it opens. First a line that sums up what the page mentions (or says
 * why it has no marks), the site switch and pause; then search (typo-tolerant, filtered by status and theme) and
 * "On this page" for the current tab, proposals before background; a recommendation's details with the user's
 * notes. Keyboard: Down enters the list, arrows walk it, Enter opens, Escape goes back.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RefObject } from 'preact';
import { PageSummary } from './PageSummary';
import { PopupHome } from './PopupHome';
import { PopupRecordView } from './PopupRecordView';
import type { RecordFilterValues } from '../RecordFilters';
import { SiteControls } from './SiteControls';
import { libraryPath } from '../../../utils/extension/library/library-route';
import { e2eHooks } from '#e2e-hooks';
import { noteCountsByRecord, noteTextsByRecord } from '../../../utils/extension/notes/notes-by-record';
import { liveNotes, type Note } from '../../../utils/extension/notes/notes-repository';
import { createSearchIndex } from '../../../utils/extension/search/search-index';
import { revealMention, type PageMentionsState } from '../../../utils/extension/sites/tab-messaging';
import { siteState } from '../../../utils/extension/sites/site-access-rules';
import { groupPageMentions } from '../../../utils/extension/popup/page-mention-groups';
import { WELCOME_PATH } from '../../../utils/extension/welcome-page';
import { useDataset, type LoadedDataset } from '../../../utils/extension/hooks/use-dataset';
import { usePopupEscape } from '../../../utils/extension/hooks/use-popup-escape';
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
  const { searching, hits, noteCounts } = usePopupSearch(dataset, notes, query, filters);
  const openRecord = openId ? dataset?.recordsById.get(openId) : undefined;
  const mentionCounts = new Map(page.status === 'ready' ? page.mentions.map((m) => [m.recordId, m.count]) : []);
  const groups = useMentionGroups(page, dataset);

  useEffect(() => {
    inputRef.current?.focus();
    e2eHooks.popupMoment('focused');
  }, []);
  useReturnFocus(openId, returnFocusTo, listAreaRef, inputRef);
  usePopupEscape({
    input: inputRef,
    recordOpen: openId !== null,
    back: () => setOpenId(null),
    query,
    clearQuery: () => setQuery(''),
  });

  const open = (recordId: string) => {
    if (openId === null) returnFocusTo.current = recordId;
    setNotice(null);
    setOpenId(recordId);
  };
  const { reveal, openInLibrary, openExtensionPage } = usePopupActions(tab?.id ?? null, inOwnTab, setNotice);
  const pageUrl = tab?.url ?? (page.status === 'ready' || page.status === 'unsupported' ? page.url : null);
  const site = settings ? siteState(pageUrl, settings, manifestPatterns()) : null;

  return (
    <div class="lens-popup" data-ready={dataset ? 'true' : 'false'}>
      <PopupHeader onOpenPage={openExtensionPage} />
      <main class="lens-popup-main">
        {[datasetError, notice].map(
          (message) =>
            message && (
              <p role="alert" class="lens-error" key={message}>
                {message}
              </p>
            ),
        )}
        {openRecord && dataset ? (
          <PopupRecordView
            record={openRecord}
            recordsById={dataset.recordsById}
            mentionCount={mentionCounts.get(openRecord.id) ?? 0}
            onBack={() => setOpenId(null)}
            onOpenRecord={open}
            onReveal={(id) => void reveal(id)}
            onOpenInLibrary={openInLibrary}
          />
        ) : (
          <>
            <PageSummary state={page} groups={groups} site={site} />
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
            <PopupHome
              inputRef={inputRef}
              listAreaRef={listAreaRef}
              query={query}
              onQuery={setQuery}
              filters={filters}
              onFilters={setFilters}
              recordsById={dataset?.recordsById ?? null}
              searching={searching}
              hits={hits}
              noteCounts={noteCounts}
              groups={groups}
              onOpen={open}
              onReveal={(id) => void reveal(id)}
            />
          </>
        )}
      </main>
    </div>
  );
}

function PopupHeader({ onOpenPage }: { onOpenPage(path: string): void }) {
  const links = [
    { path: WELCOME_PATH, label: 'How it works' },
    { path: libraryPath({ view: 'records' }), label: 'Library' },
  ];
  return (
    <header class="lens-popup-header">
      <h1 class="lens-popup-title">Care Review Lens</h1>
      <nav class="lens-header-links" aria-label="Extension pages">
        {links.map(({ path, label }) => (
          <a
            key={path}
            class="lens-header-link"
            href={path}
            onClick={(event) => {
              event.preventDefault();
              onOpenPage(path);
            }}
          >
            {label}
            <span class="crl-visually-hidden"> (opens in a new tab)</span>
          </a>
        ))}
      </nav>
    </header>
  );
}

/** What the page mentions, grouped into proposals and background, once both the page and the dataset are read. */
function useMentionGroups(page: PageMentionsState, dataset: LoadedDataset | null) {
  return useMemo(
    () => (page.status === 'ready' && dataset ? groupPageMentions(page.mentions, dataset.recordsById) : null),
    [page, dataset],
  );
}

/** Acting on the page's tab ("show me") and opening the library; the popup closes itself after either. */
function usePopupActions(tabId: number | null, inOwnTab: boolean, setNotice: (notice: string | null) => void) {
  const closeUnlessInOwnTab = () => {
    if (!inOwnTab) window.close();
  };
  /** Opens one of the extension's pages (the library, the welcome page) in a new tab. */
  const openExtensionPage = (path: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(path as '/library.html') }).then(closeUnlessInOwnTab);
  };
  return {
    async reveal(recordId: string) {
      if (tabId === null) return;
      setNotice(null);
      const revealed = await revealMention(tabId, recordId).catch(() => false);
      if (!revealed) setNotice('That mention could not be shown: the page may have changed. Try reloading it.');
      else closeUnlessInOwnTab();
    },
    openInLibrary: (recordId: string) => openExtensionPage(libraryPath({ view: 'record', recordId })),
    openExtensionPage,
  };
}

/** The search index over the dataset and the reader's notes, and what the query and filters find in it. */
function usePopupSearch(
  dataset: LoadedDataset | null,
  notes: Note[] | undefined,
  query: string,
  filters: RecordFilterValues,
) {
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
  useEffect(() => {
    if (index) e2eHooks.popupMoment('ready');
  }, [index]);
  return { searching, hits, noteCounts };
}

/** Back from a detail view: focus returns to the list item that opened it (or the search box). */
function useReturnFocus(
  openId: string | null,
  returnFocusTo: { current: string | null },
  listAreaRef: RefObject<HTMLDivElement>,
  inputRef: RefObject<HTMLInputElement>,
): void {
  useEffect(() => {
    if (openId !== null || returnFocusTo.current === null) return;
    const id = returnFocusTo.current;
    returnFocusTo.current = null;
    const item = listAreaRef.current?.querySelector<HTMLElement>(
      `[data-record-id="${CSS.escape(id)}"][data-list-item], [data-record-id="${CSS.escape(id)}"] [data-list-item]`,
    );
    (item ?? inputRef.current)?.focus();
  }, [openId]);
}
