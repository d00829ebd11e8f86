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

/** A table: header cells, then rows as arrays of cells or {attrs, cells}. */
function table(headersRow, rows, id) {
  return el("table", id ? { id } : {}, el("thead", {}, el("tr", {}, headersRow.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", r.attrs || {}, (r.cells || r).map((c) => el("td", {}, c))))));
}

/** A call with the page's HTTP Basic header and a JSON body (if any); throws {@link failure} unless 2xx. */
async function request(auth, method, url, body, accept) {
  const headers = { Authorization: auth };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (accept) headers.Accept = accept;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw await failure(response);
  return response;
}

/** The Error for a failed answer: the problem+json title and the fields at fault (or its detail), with the status. */
async function failure(response) {
  let detail = response.status === 403 ? "Refused (403): the signed-in user's role does not allow this"
    : response.status + " " + response.statusText;
  try {
    const problem = await response.json();
    const fields = (problem.violations || []).map((v) => v.field + " " + v.message).join("; ");
    detail = problem.title + ": " + (fields || problem.detail || "");
  } catch (ignored) { /* not problem+json */ }
  const error = new Error(detail);
  error.status = response.status;
  return error;
}
