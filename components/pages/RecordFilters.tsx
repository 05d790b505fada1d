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
      <FilterSelect
        id={`${idPrefix}-status`}
        label="Status"
        hideLabel={compact}
        any="Any status"
        options={STATUSES.map((status) => [status, statusLabel(status).label])}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
      />
      <FilterSelect
        id={`${idPrefix}-theme`}
        label="Theme"
        hideLabel={compact}
        any="Any theme"
        options={themes.map((theme) => [theme, themeLabel(theme)])}
        value={value.theme}
        onChange={(theme) => onChange({ ...value, theme })}
      />
    </div>
  );
}

interface FilterSelectProps<T extends string> {
  id: string;
  label: string;
  hideLabel: boolean;
  /** The first choice, which leaves the filter off. */
  any: string;
  /** Values and their labels, in menu order. */
  options: readonly (readonly [T, string])[];
  value: T | null;
  onChange(value: T | null): void;
}

function FilterSelect<T extends string>({ id, label, hideLabel, any, options, value, onChange }: FilterSelectProps<T>) {
  return (
    <div class="lens-field">
      <label for={id} class={hideLabel ? 'crl-visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange((event.currentTarget.value || null) as T | null)}
      >
        <option value="">{any}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
