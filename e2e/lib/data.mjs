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

const list = (s) => (s ? s.split(";").map((x) => x.trim()).filter(Boolean) : []);

/** Lower case, accents removed, split into words of letters and digits. */
export const words = (s) =>
  (s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The keys a route end matches: its countries, its ports and the ports' countries. */
const placeKeys = (countries, locodes) => new Set([...countries, ...locodes, ...locodes.map((l) => l.slice(0, 2))]);

/**
 * The records a link selects, by the rules in the README ("Links"), written again here so that
 * the page is checked against an independent reading of the raw file.
 */
export function expectedSelection(query, records = seizures()) {
  const p = new URLSearchParams(query);
  const values = (name) => p.get(name)?.split(",").map((v) => v.trim()).filter(Boolean);
  const upper = (name) => values(name)?.map((v) => v.toUpperCase());
  const countries = upper("country");
  const ports = upper("port");
  const origins = upper("origin");
  const dests = upper("dest");
  const via = upper("via");
  const drugs = values("drug");
  const cargo = values("cargo");
  if (cargo && cargo.some((c) => c !== "bananas")) throw new Error("the test oracle knows only cargo=bananas");
  const [kgMin, kgMax] = (p.get("kg") ?? "-").split("-").map((v) => (v === "" ? null : Number(v)));
  const q = p.get("q") ? words(p.get("q")) : null;
  const groups = values("group")?.map((g) => g.toLowerCase());
  const from = p.get("from");
  const to = p.get("to");
  const any = (wanted, keys) => !wanted || wanted.some((w) => keys.has(w));
  const hits = records.filter((r) => {
    const kg = r.quantity_kg === "" ? null : Number(r.quantity_kg);
    const text = [r.place, r.cargo, r.concealment, r.vessel, r.summary, r.cargo_es, r.concealment_es, r.summary_es].flatMap(words);
    return (
      (!countries || countries.includes(r.country)) &&
      (!from || lastDay(r.date) >= firstDay(from)) &&
      (!to || firstDay(r.date) <= lastDay(to)) &&
      (!ports || ports.includes(r.port)) &&
      any(origins, placeKeys(list(r.origin_country), list(r.origin_locode))) &&
      any(dests, placeKeys(list(r.destination_country), list(r.destination_locodes))) &&
      any(via, placeKeys([], list(r.transit_locodes))) &&
      (!drugs || drugs.includes(r.drug)) &&
      (!cargo || words(r.cargo).some((w) => w.startsWith("banana"))) &&
      (!p.has("kg") || (kg !== null && (kgMin === null || kg >= kgMin) && (kgMax === null || kg <= kgMax))) &&
      (!q || q.every((w) => text.some((t) => t.startsWith(w)))) &&
      (!groups || list(r.groups).some((g) => groups.includes(g.toLowerCase())))
    );
  });
  const kg = hits.reduce((sum, r) => sum + (r.quantity_kg ? Number(r.quantity_kg) : 0), 0);
  return { count: hits.length, kg, ids: hits.map((r) => r.id) };
}

/** The route's points as the README defines them: origin → first transit port → where seized → destination. */
export function routePoints(r) {
  const end = (countries, locodes) => list(locodes)[0] ?? list(countries)[0];
  return [end(r.origin_country, r.origin_locode), list(r.transit_locodes)[0], r.port || r.country, end(r.destination_country, r.destination_locodes)].filter(Boolean);
}

/** Per seizure port and per route leg: count and kilograms of the given records. */
export function aggregates(records) {
  const ports = new Map();
  const legs = new Map();
  const add = (map, key, r) => {
    const t = map.get(key) ?? { count: 0, kg: 0 };
    t.count += 1;
    t.kg += r.quantity_kg ? Number(r.quantity_kg) : 0;
    map.set(key, t);
  };
  for (const r of records) {
    if (r.port) add(ports, r.port, r);
    const points = routePoints(r);
    let n = 0;
    for (let i = 0; i + 1 < points.length && n < 3; i++) {
      if (points[i] !== points[i + 1]) add(legs, `${points[i]}>${points[i + 1]}`, r), n++;
    }
  }
  return { ports, legs };
}

/** Facet counts of one dimension over records: value → count. */
export function facetCounts(records, key) {
  const counts = new Map();
  for (const r of records) for (const v of new Set(key(r))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
