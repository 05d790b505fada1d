// tsconfig.browser.json maps "vite" to this file. WXT's own type declarations import Vite's build-time (Node) types, which
// would bring Node's globals into browser code; page code needs none of them.
export {};
