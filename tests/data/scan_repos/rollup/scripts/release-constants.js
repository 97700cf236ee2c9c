export const MAIN_BRANCH = 'master';
export const MAIN_PACKAGE = 'package.json';
export const MAIN_LOCKFILE = 'package-lock.json';
export const BROWSER_PACKAGE = 'browser/package.json';
export const CHANGELOG = 'CHANGELOG.md';
export const DOCUMENTATION_BRANCH = 'documentation-published';
