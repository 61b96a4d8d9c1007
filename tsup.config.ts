import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * The CLI imports the library as `../index.js`; leave that import to dist/index.js at run time
 * instead of bundling a second copy of the library (and its lexicons) into dist/cli.js.
 */
const libraryExternal: Plugin = {
  name: 'newsparse-library-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli$/.test(args.resolveDir) ? { path: './index.js', external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Both builds run at once: leave the CLI's files (always rewritten by its own build) alone.
    clean: ['!cli.js', '!cli.js.map'],
    target: 'node20',
  },
  {
    // The CLI: one ESM file with a shebang; the library and dependencies stay external.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryExternal],
  },
]);
