import { defineVitestConfig } from '../test-config';

export default defineVitestConfig({
	title: 'Docs With Absolute favicon',
	favicon: 'https://example.com/favicon.ico',
});
