/** Reader-facing names for the dataset's themes (chapters of the review). */
import type { Theme } from '../../data/schema';

export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  overview: 'The review as a whole',
  'family-help': 'Family help',
  'child-protection': 'Child protection',
  'family-networks': 'Family networks and kinship care',
  care: 'Care placements',
  'care-experience': 'Care-experienced people',
  education: 'Education',
  workforce: 'Social work workforce',
  system: 'Running the system',
  implementation: 'Putting the review into practice',
};

export function themeLabel(theme: Theme): string {
  return THEME_LABELS[theme];
}
