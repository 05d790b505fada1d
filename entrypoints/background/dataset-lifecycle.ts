/**
 * Loads the bundled dataset into the database on install, on update (a new build may carry a new dataset
 * version), on browser start, and whenever the worker starts. The check is cheap when nothing changed.
 */
import { browser } from 'wxt/browser';
import { ensureDatasetLoaded, syncDataset, getBundledDataset } from '../../utils/dataset-sync';

function report(when: string) {
  return (error: unknown) => console.error(`Care Review Lens could not load its dataset (${when}):`, error);
}

export function registerDatasetLifecycle(): void {
  browser.runtime.onInstalled.addListener((details) => {
    syncDataset(getBundledDataset()).catch(report(`on ${details.reason}`));
  });
  browser.runtime.onStartup.addListener(() => {
    ensureDatasetLoaded().catch(report('at browser start'));
  });
  ensureDatasetLoaded().catch(report('at worker start'));
}
