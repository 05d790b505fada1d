/**
 * The popup's view of its tab: which tab, and what its content script reports, asked again every couple of
 * seconds while the popup is open (news pages often load their article late).
 */
import { useEffect, useState } from 'preact/hooks';
import { findTargetTab, readPageMentions, type PageMentionsState, type TargetTab } from '../sites/tab-messaging';

const REFRESH_MS = 2000;

export interface PageMentionsView {
  /** Undefined while looking for the tab. */
  tab: TargetTab | null | undefined;
  page: PageMentionsState;
  refresh(): void;
}

export function usePageMentions(search: string): PageMentionsView {
  const [tab, setTab] = useState<TargetTab | null>();
  const [page, setPage] = useState<PageMentionsState>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    findTargetTab(search).then(setTab, () => setTab(null));
  }, [search]);

  useEffect(() => {
    if (tab === undefined) return;
    let stopped = false;
    let last = '';
    const look = async () => {
      const state = await readPageMentions(tab).catch((): PageMentionsState => ({
        status: 'not-running',
        url: tab?.url ?? null,
      }));
      const serialised = JSON.stringify(state);
      if (stopped || serialised === last) return;
      last = serialised;
      setPage(state);
    };
    void look();
    const timer = setInterval(() => void look(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tab, round]);

  return { tab, page, refresh: () => setRound((value) => value + 1) };
}
