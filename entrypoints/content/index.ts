import { defineContentScript } from 'wxt/utils/define-content-script';
import { CURATED_SITE_PATTERNS } from '../../utils/curated-sites';

export default defineContentScript({
  matches: [...CURATED_SITE_PATTERNS],
  runAt: 'document_idle',
  main() {},
});
