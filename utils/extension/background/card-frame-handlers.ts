/**
 * Answers the card frame (`utils/shared/messages/card-frame-to-background.ts`) about its own tab only: the site comes
 * from the browser's `sender.tab`, never from the message, so a card can switch off only the site it is shown on.
 */
import type {
  CardFrameToBackgroundMessage,
  CardFrameToBackgroundReply,
} from '../../shared/messages/card-frame-to-background';
import { getSettings } from '../../shared/settings';
import { updateSettings } from '../update-settings';

export interface CardFrameTab {
  url?: string;
}

function webHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
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
