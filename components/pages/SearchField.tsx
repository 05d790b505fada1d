/** A labelled search box that reports each keystroke; the library's records table and notes list each have one. */
export interface SearchFieldProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
}

export function SearchField({ id, label, value, onInput }: SearchFieldProps) {
  return (
    <div class="lens-field lens-field--grow">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        autocomplete="off"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
