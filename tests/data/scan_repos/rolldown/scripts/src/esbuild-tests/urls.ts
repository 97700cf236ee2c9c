const ESBUILD_VERSION = '0.28.2';

const ESBUILD_RAW_BASE_URL = `https://raw.githubusercontent.com/evanw/esbuild/v${ESBUILD_VERSION}`;

export const ESBUILD_BUNDLER_TESTS_URL = `${ESBUILD_RAW_BASE_URL}/internal/bundler_tests`;

export const ESBUILD_SNAPSHOTS_URL = `${ESBUILD_BUNDLER_TESTS_URL}/snapshots`;
