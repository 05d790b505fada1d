/**
 * In-page navigation of single-page news sites (history API): calls back when the page's path or query changes,
 * not for jumps to a #fragment within the same article. Uses WXT's location watcher (the Navigation API where
 * the browser has it, polling otherwise), which stops with the content script's context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

export function onPageNavigation(ctx: ContentScriptContext, navigated: () => void): void {
  let current = withoutFragment(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const next = withoutFragment(event.newUrl.href);
    if (next === current) return;
    current = next;
    navigated();
  });
}
