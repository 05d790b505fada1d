/**
 * What the library remembers about how the reader likes it laid out (extension storage, so it survives browser
 * restarts and holds for every library tab). Not settings: nothing on news pages depends on them.
 */
import { storage } from 'wxt/utils/storage';

/** Whether the status charts are shown above the recommendations table (hidden at first: the table comes first). */
export const chartsShownItem = storage.defineItem<boolean>('local:libraryChartsShown', { fallback: false });
