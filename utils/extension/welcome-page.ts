/** Where the welcome page lives: opened once on install, and from the popup and the library afterwards. */
export const WELCOME_PATH = '/welcome.html';
