// Assembles the committee page: our own files plus the Apache KIE DMN editor bundle from
// node_modules (installed by `npm ci` from package-lock.json). Nothing is fetched at run time.
// Usage: node build.mjs <output directory>
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs <output directory>");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const file of readdirSync(join(here, "src"))) {
  cpSync(join(here, "src", file), join(out, file));
}
const editor = join(here, "node_modules", "@kie-tools", "dmn-editor-standalone", "dist");
// index.js inlines the editor envelope (iframe srcdoc), so it is the only file the page needs.
cpSync(join(editor, "index.js"), join(out, "dmn-editor.js"));
cpSync(join(editor, "index.js.LICENSE.txt"), join(out, "dmn-editor.js.LICENSE.txt"));
console.log(`committee page written to ${out}`);
