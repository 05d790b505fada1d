/**
 * The popup's first line: what the article mentions ("This article mentions 6 of the review’s proposals (2 in law,
 * …)"), or why there are no marks — the page is not about children's social care, the site is not switched on,
 * marking is paused — from the content script's own account.
 */
import type { PageMentionsState } from '../../../utils/extension/sites/tab-messaging';
import type { SiteState } from '../../../utils/extension/sites/site-access-rules';
import { pageSummaryParts, type PageMentionGroups } from '../../../utils/extension/popup/page-mention-groups';

export interface PageSummaryProps {
  state: PageMentionsState;
  /** Null while the dataset loads. */
  groups: PageMentionGroups | null;
  site: SiteState | null;
}

/** Why a page that can be read has no marks, in words that say what to do. */
function whyNoMarks(state: PageMentionsState, site: SiteState | null): { text: string; notice: boolean } | null {
  const host = site && site.kind !== 'unsupported' ? site.hostname : 'this site';
  switch (state.status) {
    case 'loading':
      return { text: 'Looking at this page…', notice: false };
    case 'no-tab':
      return { text: 'There is no open page to look at.', notice: false };
    case 'unsupported':
      return {
        text: 'Care Review Lens cannot read browser pages like this one. Open a news article to see what it mentions.',
        notice: true,
      };
    case 'not-running':
      if (!state.url) return { text: 'Care Review Lens is not running on this page, or cannot read it.', notice: true };
      if (site && site.kind !== 'unsupported' && !site.on) {
        return {
          text: `No marks: Care Review Lens is not switched on for ${host}. Switch it on below to mark this page.`,
          notice: true,
        };
      }
      return {
        text: 'Care Review Lens is not running on this page yet. If you just installed or updated it, reload the page.',
        notice: true,
      };
    case 'ready':
      return whyReadyPageHasNoMarks(state, host);
  }
}

function whyReadyPageHasNoMarks(
  state: Extract<PageMentionsState, { status: 'ready' }>,
  host: string,
): { text: string; notice: boolean } | null {
  const { marking } = state;
  if (marking.state === 'paused') {
    return {
      text: 'No marks: Care Review Lens is paused on all sites. Switch off “Pause on all sites” below to mark this page.',
      notice: true,
    };
  }
  if (marking.state === 'off-on-site') {
    return {
      text: `No marks: you switched Care Review Lens off for ${host}. Switch it back on below to mark this page.`,
      notice: true,
    };
  }
  if (state.mentions.length > 0) return null;
  if (marking.reading) return { text: 'Reading this page…', notice: false };
  return marking.aboutCare
    ? {
        text: 'No marks: this page is about children’s social care, but it names none of the review’s proposals.',
        notice: false,
      }
    : {
        text: 'No marks: this page does not seem to be about children’s social care, and names none of the review’s proposals.',
        notice: false,
      };
}

export function PageSummary({ state, groups, site }: PageSummaryProps) {
  const why = whyNoMarks(state, site);
  if (why) {
    return (
      <p class={why.notice ? 'lens-notice lens-page-summary' : 'lens-page-summary'} data-testid="page-summary">
        {why.text}
      </p>
    );
  }
  const parts = groups ? pageSummaryParts(groups) : null;
  return (
    <p class="lens-page-summary" data-testid="page-summary">
      {parts ? (
        <>
          {parts.lead}
          <strong>{parts.proposals}</strong>
          {parts.breakdown}
          {parts.joiner}
          {parts.background && <strong>{parts.background}</strong>}.
        </>
      ) : (
        'Looking at this page…'
      )}
    </p>
  );
}
