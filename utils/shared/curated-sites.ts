/**
 * Sites where the content script runs from install, without asking: UK news outlets and the sector press
 * that report on children's social care. Any other site needs the user to switch it on, which asks for an
 * optional host permission at that moment.
 */
export const CURATED_SITE_PATTERNS: readonly string[] = [
  'https://www.bbc.co.uk/*',
  'https://www.bbc.com/*',
  'https://www.theguardian.com/*',
  'https://www.independent.co.uk/*',
  'https://www.telegraph.co.uk/*',
  'https://www.thetimes.com/*',
  'https://www.thetimes.co.uk/*',
  'https://news.sky.com/*',
  'https://inews.co.uk/*',
  'https://www.communitycare.co.uk/*',
  'https://www.cypnow.co.uk/*',
  'https://schoolsweek.co.uk/*',
  'https://feweek.co.uk/*',
  'https://www.tes.com/*',
  'https://www.localgov.co.uk/*',
  'https://www.themj.co.uk/*',
  'https://themj.co.uk/*',
  'https://www.gov.uk/*',
  'https://www.parliament.uk/*',
  'https://committees.parliament.uk/*',
  'https://hansard.parliament.uk/*',
  'https://bills.parliament.uk/*',
  'https://www.legislation.gov.uk/*',
  'https://www.localgovernmentlawyer.co.uk/*',
  'https://www.familylawweek.co.uk/*',
  'https://www.socialworktoday.co.uk/*',
  'https://www.local.gov.uk/*',
];

/** Added only by `npm run build:e2e`, so tests can serve pages from this machine. */
export const E2E_HOST_PATTERNS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];
