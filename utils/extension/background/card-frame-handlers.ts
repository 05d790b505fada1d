/**
 * Answers the card frame (`utils/shared/messages/card-frame-to-background.ts`) about its own tab only: the site comes
 * from the browser's `sender.tab`, never from the message, so a card can switch off only the site it is shown on.
 */
import type {
  CardFrameToBackgroundMessage,
  CardFrameToBackgroundReply,
} from '../../shared/messages/card-frame-to-background';
import { getSettings } from '../../shared/settings';
import { webHostname } from '../sites/site-access-rules';
import { updateSettings } from '../update-settings';

export interface CardFrameTab {
  url?: string;
}

export async function handleCardFrameMessage(
  message: CardFrameToBackgroundMessage,
  tab: CardFrameTab,
): Promise<CardFrameToBackgroundReply> {
  const hostname = webHostname(tab.url);
  if (!hostname) {
    return { ok: false, error: { kind: 'invalid', message: 'This card is not on a web page the extension can see.' } };
  }
  const { disabledSites } = await getSettings();
  const next = message.on
    ? disabledSites.filter((site) => site !== hostname)
    : [...new Set([...disabledSites, hostname])];
  if (next.length !== disabledSites.length) await updateSettings({ disabledSites: next });
  return { ok: true, hostname };
}
