/**
 * Loads the bundled dataset into the database on install and update (a new build may carry a new dataset
 * version), on browser start, and whenever the worker starts. The check is one small read when nothing changed.
 * A failure is logged here and surfaces again, as a readable `StorageError`, in the extension page that next
 * reads the dataset (pages call `ensureDatasetLoaded` themselves).
 */
import { browser } from 'wxt/browser';
import { ensureDatasetLoaded } from '../db/dataset-sync';

function loadDataset(when: string): void {
  ensureDatasetLoaded().catch((error: unknown) =>
    console.error(`Care Review Lens could not load its dataset (${when}):`, error),
  );
}

export function registerDatasetLifecycle(): void {
  browser.runtime.onInstalled.addListener((details) => loadDataset(`on ${details.reason}`));
  browser.runtime.onStartup.addListener(() => loadDataset('at browser start'));
  loadDataset('at worker start');
}
