// Bundles each entry module of an application twice, minified, the way a
// production build would: with Rollup + node-resolve + terser (what Vite's
// production build runs) and with esbuild. Prints the sizes as JSON, and
// writes each bundle next to its entry (`<entry>.rollup.js`,
// `<entry>.esbuild.js`) for the caller to inspect.
// Usage: node bundle-sizes.mjs <entry.mjs>...

import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { rollup } from "rollup";

const sizes = {};
for (const entry of process.argv.slice(2)) {
  const rollupFile = entry.replace(/\.mjs$/, ".rollup.js");
  const bundle = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: (warning) => console.error(warning.message) });
  await bundle.write({ file: rollupFile, format: "es", plugins: [terser()] });
  await bundle.close();

  const esbuildFile = entry.replace(/\.mjs$/, ".esbuild.js");
  await build({
    entryPoints: [entry],
    outfile: esbuildFile,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    logLevel: "warning",
  });
  sizes[entry] = { rollup: readFileSync(rollupFile).length, esbuild: readFileSync(esbuildFile).length };
}
console.log(JSON.stringify(sizes));
