/**
 * Which sources a record may cite. A source on a host outside the allowlist fails validation unless it carries an
 * `allowReason` (a mirror of an official record, say, where the original is not available); some hosts fail
 * whatever the reason. The lists are deliberate: adding a domain is a decision about whom readers should trust.
 */

/** Primary sources: government, Parliament, the law, the review itself and the statutory bodies. Listed first. */
export const PRIMARY_DOMAINS = [
  'gov.uk', // GOV.UK and every *.gov.uk: legislation, National Archives, Law Commission, Children's Commissioner, councils
  'parliament.uk', // Hansard, written questions, committees, bills, Commons and Lords libraries
  'childrenssocialcare.independent-review.uk', // the review's own site
  'socialworkengland.org.uk', // the social work regulator
  'joshmacalister.uk', // the lead reviewer's own site: primary for what he said
] as const;

/** Sector press and bodies (DATASET-V2 "Preferred sources" 2), and the other reputable bodies the records cite. */
export const SECTOR_DOMAINS = [
  // press
  'communitycare.co.uk',
  'cypnow.co.uk',
  'schoolsweek.co.uk',
  'feweek.co.uk',
  'tes.com',
  'localgov.co.uk',
  'themj.co.uk',
  'localgovernmentlawyer.co.uk',
  'socialworktoday.co.uk',
  'bbc.co.uk',
  'theguardian.com',
  'churchtimes.co.uk',
  'newstatesman.com',
  'lbc.co.uk',
  'bigissue.org.uk',
  'civilsociety.co.uk',
  'maldonandburnhamstandard.co.uk', // a Newsquest paper carrying Press Association copy
  'irishlegal.com',
  'familylaw.co.uk',
  'solicitorsjournal.com',
  'todaysfamilylawyer.co.uk',
  'solicitornews.co.uk',
  'staffingindustry.com',
  // charities, sector and professional bodies, research bodies
  'kinship.org.uk',
  'frg.org.uk',
  'foundations.org.uk',
  'whatworks-csc.org.uk',
  'eif.org.uk',
  'researchinpractice.org.uk',
  'local.gov.uk', // also under gov.uk; named for clarity (Local Government Association)
  'adcs.org.uk',
  'thefosteringnetwork.org.uk',
  'fostertalk.org',
  'nyas.net',
  'article39.org.uk',
  'justforkidslaw.org',
  'corambaaf.org.uk',
  'coramvoice.org.uk',
  'adoptionuk.org',
  'actionforchildren.org.uk',
  'nspcc.org.uk',
  'basw.co.uk',
  'ecpat.org.uk',
  'become1.org.uk',
  'becomecharity.org.uk',
  'contact.org.uk',
  'firststaruk.org',
  'wearesettle.org',
  'learningandwork.org.uk',
  'housing.org.uk',
  'prospect.org.uk',
  'schoolsnortheast.org',
  'ekklesia.co.uk',
  'mentalcapacitylawandpolicy.org.uk',
  'instituteforgovernment.org.uk',
  'ifs.org.uk',
  'niesr.ac.uk',
  // statutory local partnerships and councils' own procedure and disclosure sites
  'safeguardingcambspeterborough.org.uk',
  'leedsscp.org.uk',
  'wiltshiresvpp.org.uk',
  'buckschildrensmapp.co.uk',
  'herefordshire.disclosurelog.co.uk',
  // law firms and chambers writing on the law they practise
  'pinsentmasons.com',
  'mills-reeve.com',
  'hilldickinson.com',
  'vwv.co.uk',
  'goodmanray.com',
  'albionchambers.co.uk',
  'thebarristergroup.co.uk',
  'willispalmer.com',
] as const;

/** Hosts that never count, whatever the reason given: test and staging servers, CV sites. */
const REJECTED_HOSTS: readonly { test: (host: string) => boolean; why: string }[] = [
  { test: (host) => host.endsWith('.'), why: 'a host name with a trailing dot is not a canonical address' },
  {
    test: (host) =>
      host.split('.').some((label) => /^(webtest|test|testing|staging|stage|uat\d*|dev|preprod)$/.test(label)) ||
      /(^|[.-])(uat\d*|staging)[.-]/.test(host) ||
      host.endsWith('.dxcloud.episerver.net'),
    why: 'a test or staging server is not a published source',
  },
  {
    test: (host) => ['rezume.co.uk', 'cv-library.co.uk', 'linkedin.com'].some((cv) => hostIn(host, cv)),
    why: 'a CV site is not a source',
  },
];

function hostIn(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function hostOf(url: string): string | undefined {
  // URL.hostname keeps a trailing dot, which is what the rejection rule needs to see.
  const match = /^https:\/\/([^/?#:]+)/i.exec(url);
  return match ? match[1]!.toLowerCase() : undefined;
}

export function isPrimarySource(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && PRIMARY_DOMAINS.some((domain) => hostIn(host, domain));
}

export function isAllowlisted(url: string): boolean {
  const host = hostOf(url);
  return host !== undefined && [...PRIMARY_DOMAINS, ...SECTOR_DOMAINS].some((domain) => hostIn(host, domain));
}

/** Why a URL can never be cited, or `undefined` when it may be (allowlisted, or with an `allowReason`). */
export function rejectedUrlReason(url: string): string | undefined {
  const host = hostOf(url);
  if (host === undefined) return 'must be an https URL with a host';
  const rejected = REJECTED_HOSTS.find((rule) => rule.test(host));
  if (rejected) return rejected.why;
  if (hostIn(host, 'legislation.gov.uk')) {
    if (/\/data\.[a-z]+$/i.test(url)) return 'cite the readable legislation.gov.uk page, not a data.* file';
    if (
      /\/ukpga\/2026\/21\//.test(url) &&
      !ACT_SECTION_URL.test(url) &&
      !/\/ukpga\/2026\/21\/schedule\/\d+$/.test(url)
    ) {
      return 'cite the Act in its readable form: https://www.legislation.gov.uk/ukpga/2026/21/section/N';
    }
  }
  return undefined;
}

/** The readable URL of one section of the Children's Wellbeing and Schools Act 2026. */
export const ACT_SECTION_URL = /^https:\/\/www\.legislation\.gov\.uk\/ukpga\/2026\/21\/section\/(\d+)$/;
export const actSectionUrl = (section: number): string =>
  `https://www.legislation.gov.uk/ukpga/2026/21/section/${section}`;
/** Section 78 says when each part of the Act comes into force; commencement regulations are statutory instruments. */
export const isCommencementSource = (url: string): boolean =>
  url === actSectionUrl(78) || /^https:\/\/www\.legislation\.gov\.uk\/uksi\/2026\//.test(url);

/** The primary documents every record is measured against. */
export const FINAL_REPORT_URL = 'https://gov.uk/government/groups/independent-review-of-childrens-social-care';
export const SHBL_URLS = [
  'https://www.gov.uk/government/consultations/childrens-social-care-stable-homes-built-on-love',
  'https://gov.uk/government/consultations/childrens-social-care-stable-homes-built-on-love/guide-for-children-and-young-people-stable-homes-built-on-love',
] as const;
export const KCSHFT_URL = 'https://www.gov.uk/government/publications/keeping-children-safe-helping-families-thrive';

/**
 * Researcher's language that must never reach a reader: card text speaks about the policy, not about the research
 * behind it. Case-insensitive, matched on word boundaries.
 */
export const BANNED_PHRASES = [
  'sources consulted',
  'research pack',
  'fact pack',
  'was not found',
  'were not found',
  'not found',
  'not verified',
  'unverified',
  'could not confirm',
  'could not be confirmed',
  'not confirmed',
  'could not be established',
  'no evidence was found',
  'as far as verified',
  'the sources',
  'search tool',
  'we could',
] as const;

const BANNED_PATTERN = new RegExp(
  `\\b(${BANNED_PHRASES.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})\\b`,
  'i',
);

/** The banned phrase a text contains (or a first-person "I"), or `undefined`. */
export function bannedPhraseIn(text: string): string | undefined {
  const match = BANNED_PATTERN.exec(text);
  if (match) return match[1]!.toLowerCase();
  if (/(^|[\s("'])I(\s|')/.test(text)) return 'I';
  return undefined;
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
