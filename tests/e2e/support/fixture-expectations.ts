/**
 * What the content script must mark on the fixture pages, in any browser: the Chromium content tests and the
 * Firefox suite check the same lists, so a change to matching changes one place and both browsers follow.
 */
import type { UiToContentReplies } from '../../../utils/shared/messages/ui-to-content';

type Mentions = UiToContentReplies['care-lens/get-page-mentions']['mentions'];

export interface FixtureExpectation {
  /** Under tests/fixtures/pages. */
  fixture: string;
  /** Whether the page reads as about children's social care (when checked). */
  aboutCare?: boolean;
  /** Every mark, in document order, whitespace runs shown as one space (default settings: no background marks). */
  marks: string[];
  /**
   * The highlight each mark is drawn with, in the same order (when checked): a proposal's first mention in a section
   * is `care-lens-underline`, its repeats there `care-lens-underline-repeat` (utils/shared/marks/highlight-names.ts).
   */
  highlights?: string[];
  /** The records the page mentions and how often, as the content script tells the popup (when checked). */
  mentions?: Mentions;
}

export const STATIC_ARTICLE: FixtureExpectation = {
  fixture: 'content-static-article.html',
  aboutCare: true,
  // "Independent Review of Children’s Social Care" is background: reported to the popup below, but not marked.
  marks: [
    'Regional Care Co-operatives',
    'Regional Care Co‑operatives',
    'family help teams',
    'early help',
    'kinship allowance',
    'KINSHIP ALLOWANCE',
    'virtual school heads',
    'kinship allowances’',
  ],
  highlights: [
    'care-lens-underline',
    'care-lens-underline-repeat',
    'care-lens-underline',
    'care-lens-underline-repeat',
    'care-lens-underline',
    'care-lens-underline-repeat',
    'care-lens-underline',
    'care-lens-underline-repeat',
  ],
  mentions: [
    { recordId: 'care-1', count: 2 },
    { recordId: 'independent-review', count: 1, background: true },
    { recordId: 'fh-1', count: 2 },
    { recordId: 'fn-3', count: 3 },
    { recordId: 'edu-4', count: 1 },
  ],
};

/** Ambiguous phrases on pages about other things, and the same kind of phrases in a care article. */
export const NOT_CARE_BUSINESS: FixtureExpectation = {
  fixture: 'content-not-care-business.html',
  aboutCare: false,
  marks: [],
};

export const NOT_CARE_TRAVEL: FixtureExpectation = {
  fixture: 'content-not-care-travel.html',
  aboutCare: false,
  marks: [],
};

export const CARE_AMBIGUOUS: FixtureExpectation = {
  fixture: 'content-care-ambiguous.html',
  aboutCare: true,
  marks: ['care cliff', 'staying put arrangements', 'corporate parent', 'family help', 'early career framework'],
};

/** Marks in the article, none in text areas, inputs or editable regions. */
export const EDITABLE_FIELDS: FixtureExpectation = {
  fixture: 'content-editable-fields.html',
  marks: ['kinship allowance', 'letterbox contact'],
};

export const FIXTURE_EXPECTATIONS = [
  STATIC_ARTICLE,
  NOT_CARE_BUSINESS,
  NOT_CARE_TRAVEL,
  CARE_AMBIGUOUS,
  EDITABLE_FIELDS,
];
