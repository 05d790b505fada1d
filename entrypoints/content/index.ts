import { defineContentScript } from 'wxt/utils/define-content-script';
import { CURATED_SITE_PATTERNS } from '../../utils/curated-sites';
import { startCareLens } from './care-lens';

export default defineContentScript({
  matches: [...CURATED_SITE_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    void startCareLens(ctx);
  },
});
