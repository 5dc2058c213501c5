// Bundles each entry module of an application three times, minified, the
// way a production build would: with Rollup + node-resolve + terser (what
// Vite 7's production build runs), with Rolldown (what Vite 8 runs) and with
// esbuild. Prints the sizes as JSON, and writes each bundle next to its entry
// (`<entry>.rollup.js`, `<entry>.rolldown.js`, `<entry>.esbuild.js`) for the
// caller to inspect.
// Usage: node bundle-sizes.mjs <entry.mjs>...

import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { rolldown } from "rolldown";
import { rollup } from "rollup";

const sizes = {};
for (const entry of process.argv.slice(2)) {
  const output = (bundler) => entry.replace(/\.mjs$/, `.${bundler}.js`);

  const rollupBundle = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: (warning) => console.error(warning.message) });
  await rollupBundle.write({ file: output("rollup"), format: "es", plugins: [terser()] });
  await rollupBundle.close();

  const rolldownBundle = await rolldown({ input: entry, onLog: (level, log) => console.error(`${level}: ${log.message}`) });
  await rolldownBundle.write({ file: output("rolldown"), format: "es", minify: true });
  await rolldownBundle.close();

  await build({
    entryPoints: [entry],
    outfile: output("esbuild"),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    logLevel: "warning",
  });
  const size = (bundler) => readFileSync(output(bundler)).length;
  sizes[entry] = { rollup: size("rollup"), rolldown: size("rolldown"), esbuild: size("esbuild") };
}
console.log(JSON.stringify(sizes));
