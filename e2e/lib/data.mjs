// The tests' own reading of data/seizures.csv, independent of the Rust engine, so that the counts
// the page shows are checked against counts computed here from the raw file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

export const seizures = () => parseCsv(readFileSync(DATA + "seizures.csv", "utf8"));

// A date at any precision covers a period; ISO strings compare in calendar order.
const firstDay = (d) => (d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d);
const lastDay = (d) => (d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d);

/** The records a link selects, by the rules in the README ("Links"). */
export function expectedSelection(query, records = seizures()) {
  const p = new URLSearchParams(query);
  const countries = p.get("country")?.split(",").map((c) => c.toUpperCase());
  const from = p.get("from");
  const to = p.get("to");
  const hits = records.filter(
    (r) =>
      (!countries || countries.includes(r.country)) &&
      (!from || lastDay(r.date) >= firstDay(from)) &&
      (!to || firstDay(r.date) <= lastDay(to)),
  );
  const kg = hits.reduce((sum, r) => sum + (r.quantity_kg ? Number(r.quantity_kg) : 0), 0);
  return { count: hits.length, kg, ids: hits.map((r) => r.id) };
}
