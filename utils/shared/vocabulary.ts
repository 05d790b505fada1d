/**
 * The dataset's closed vocabularies. Runtime code needs them as values (filters, charts, sort order); the build's
 * schema (data/schema.ts) validates records against these same lists, so the two can never drift apart.
 */
export const STATUSES = [
  'legislated',
  'in-legislation',
  'implementing',
  'piloting',
  'consulting',
  'committed',
  'partial',
  'not-mentioned',
  'rejected',
] as const;
export type Status = (typeof STATUSES)[number];

export const THEMES = [
  'overview',
  'family-help',
  'child-protection',
  'family-networks',
  'care',
  'care-experience',
  'education',
  'workforce',
  'system',
  'implementation',
] as const;
export type Theme = (typeof THEMES)[number];

/** How much of a `legislated` recommendation is in force. */
export const IN_FORCE = ['yes', 'partly', 'not-yet'] as const;
export type InForce = (typeof IN_FORCE)[number];
