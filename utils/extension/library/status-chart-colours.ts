/** Chart colours per status, from the badge palette, as custom properties the stylesheet picks by theme. */
import type { Status } from '../../../data/schema';
import { statusLabel } from '../../shared/status-labels';

export function statusFillStyle(status: Status): Record<string, string> {
  const { light, dark } = statusLabel(status);
  return { '--lens-fill-light': light.border, '--lens-fill-dark': dark.border };
}
