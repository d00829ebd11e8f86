// Assembles the service's pages: our own files for each page (src/<page>/) plus the Apache KIE DMN
// editor bundle from node_modules (installed by `npm ci` from package-lock.json) for the committee
// page. Nothing is fetched at run time.
// Usage: node build.mjs <output directory>   (META-INF/resources: pages land in <out>/committee, <out>/audit,
// and the script both load in <out>/shared)
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs <output directory>");
  process.exit(2);
}
for (const page of readdirSync(join(here, "src"))) {
  mkdirSync(join(out, page), { recursive: true });
  cpSync(join(here, "src", page), join(out, page), { recursive: true });
}
const editor = join(here, "node_modules", "@kie-tools", "dmn-editor-standalone", "dist");
// index.js inlines the editor envelope (iframe srcdoc), so it is the only file the page needs.
cpSync(join(editor, "index.js"), join(out, "committee", "dmn-editor.js"));
cpSync(join(editor, "index.js.LICENSE.txt"), join(out, "committee", "dmn-editor.js.LICENSE.txt"));
console.log(`committee and audit pages written to ${out}`);
