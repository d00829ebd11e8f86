// Shared by the service's pages (committee workbench, audit explorer): DOM building and the reading of
// a failed API answer. Loaded before each page's own script; defines globals, as the pages are plain scripts.
"use strict";

/** An element with attributes ("class" sets className) and children (text, nodes, arrays; null is nothing). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => (k === "class" ? (node.className = v) : node.setAttribute(k, v)));
  children.flat().forEach((c) => node.append(c === null || c === undefined ? "" : c instanceof Node ? c : String(c)));
  return node;
}

/** The Error for a failed answer: the problem+json title and the fields at fault (or its detail), with the status. */
async function failure(response) {
  let detail = response.status + " " + response.statusText;
  try {
    const problem = await response.json();
    const fields = (problem.violations || []).map((v) => v.field + " " + v.message).join("; ");
    detail = problem.title + ": " + (fields || problem.detail || "");
  } catch (ignored) { /* not problem+json */ }
  const error = new Error(detail);
  error.status = response.status;
  return error;
}
