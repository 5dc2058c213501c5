// Bundles one entry module with esbuild, minified, the way an application
// build would, and prints the bundle's size raw and gzipped as JSON.
// Usage: node bundle.mjs <entry> <outfile>

import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const [entry, outfile] = process.argv.slice(2);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  logLevel: "warning",
});
const bytes = readFileSync(outfile);
console.log(JSON.stringify({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }));
