/** The global "pause on all sites" switch, shared by the popup's site controls and the library's settings. */
import { updateSettings } from '../../utils/extension/update-settings';

export function PauseSwitch({ paused }: { paused: boolean }) {
  return (
    <label class="lens-switch">
      <input
        type="checkbox"
        role="switch"
        checked={paused}
        onChange={(event) => void updateSettings({ paused: event.currentTarget.checked })}
      />
      <span>Pause on all sites</span>
    </label>
  );
}
