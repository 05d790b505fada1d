/**
 * Stopping the extension's service worker the way the browser does when it goes idle, through the DevTools
 * `ServiceWorker` domain of one of the extension's own pages (its storage partition holds the worker).
 */
import type { Page } from 'playwright-core';

interface VersionUpdate {
  versions: { scriptURL: string; runningStatus: string }[];
}

/** Stops every service worker of the extension and resolves once the browser reports it stopped. */
export async function stopServiceWorker(extensionPage: Page, extensionId: string): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (event: VersionUpdate) => {
        const ours = event.versions.filter((version) =>
          version.scriptURL.startsWith(`chrome-extension://${extensionId}/`),
        );
        if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
