/**
 * Puppeteer never downloads a browser here: the Firefox suite drives Debian's firefox-esr through puppeteer-core,
 * which has no download step of its own; this keeps any puppeteer package that might come in from fetching one.
 */
module.exports = { skipDownload: true };
