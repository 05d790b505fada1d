/** Status and theme filters for the popup's search and the library's table. "Any" leaves a filter off. */
import { STATUSES, THEMES, type Status, type Theme } from '../../utils/shared/vocabulary';
import { statusLabel } from '../../utils/shared/status-labels';
import { themeLabel } from '../../utils/shared/theme-labels';

export interface RecordFilterValues {
  status: Status | null;
  theme: Theme | null;
}

export interface RecordFiltersProps {
  value: RecordFilterValues;
  onChange(value: RecordFilterValues): void;
  /** Prefix for element ids, so two filter bars can share a page. */
  idPrefix: string;
  /** Themes present in the dataset (others are left out of the menu). */
  themes?: readonly Theme[];
  /** Labels read out but not shown (the popup, where every line counts): the menus' "Any status" says enough. */
  compact?: boolean;
}

export function RecordFilters({ value, onChange, idPrefix, themes = THEMES, compact = false }: RecordFiltersProps) {
  return (
    <div class={compact ? 'lens-filters lens-filters--compact' : 'lens-filters'}>
      <div class="lens-field">
        <label for={`${idPrefix}-status`}>Status</label>
        <select
          id={`${idPrefix}-status`}
          value={value.status ?? ''}
          onChange={(event) => onChange({ ...value, status: (event.currentTarget.value || null) as Status | null })}
        >
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status).label}
            </option>
          ))}
        </select>
      </div>
      <div class="lens-field">
        <label for={`${idPrefix}-theme`}>Theme</label>
        <select
          id={`${idPrefix}-theme`}
          value={value.theme ?? ''}
          onChange={(event) => onChange({ ...value, theme: (event.currentTarget.value || null) as Theme | null })}
        >
          <option value="">Any theme</option>
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {themeLabel(theme)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
