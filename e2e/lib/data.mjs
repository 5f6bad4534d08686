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
      any(via, placeKeys(list(r.transit_points).filter((p) => p.length === 2), list(r.transit_points).filter((p) => p.length === 5))) &&
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

export const ports = () => parseCsv(readFileSync(DATA + "ports.csv", "utf8"));

/**
 * Where points are, as the README's "How routes are drawn" says: a port at its coordinates, a
 * country at the mean of its ports, else at the engine's own table of centroids (read from its
 * source, so that there is one table).
 */
export function positions() {
  const at = new Map();
  const sums = new Map();
  for (const p of ports()) {
    const [lat, lon] = [Number(p.lat), Number(p.lon)];
    at.set(p.locode, [lat, lon]);
    const s = sums.get(p.country) ?? [0, 0, 0];
    sums.set(p.country, [s[0] + lat, s[1] + lon, s[2] + 1]);
  }
  for (const [c, [lat, lon, n]] of sums) at.set(c, [lat / n, lon / n]);
  const engine = readFileSync(new URL("../../engine/src/journey.rs", import.meta.url), "utf8");
  for (const [, c, lat, lon] of engine.matchAll(/\("([A-Z]{2})", (-?[\d.]+), (-?[\d.]+)\)/g)) {
    if (!at.has(c)) at.set(c, [Number(lat), Number(lon)]);
  }
  return (place) => at.get(place) ?? (place.length === 5 ? at.get(place.slice(0, 2)) : undefined);
}

function km(a, b) {
  const rad = (d) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b[0] - a[0]) / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(rad(b[1] - a[1]) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A route end's points: its ports, then its countries that none of the ports is in. */
const endPoints = (countries, locodes) => {
  const points = [...new Set(list(locodes))];
  for (const c of list(countries)) if (!points.some((p) => p.slice(0, 2) === c)) points.push(c);
  return points;
};

/**
 * The journey of a raw record by the README's rules ("How routes are drawn"), written again
 * here: stops `{ place, role, also }` and legs `{ from, to, travelled }`.
 */
export function journey(r, where = positions()) {
  const origins = endPoints(r.origin_country, r.origin_locode);
  const dests = endPoints(r.destination_country, r.destination_locodes);
  const samePlace = (a, b) => a === b || (a.length !== b.length && a.slice(0, 2) === b.slice(0, 2));
  const stops = origins.map((place) => ({ place, role: "origin" }));
  const named = [...list(r.transit_points).map((place) => ({ place, role: "transit" })), ...dests.map((place) => ({ place, role: "destination" }))];
  for (const next of named) {
    const last = stops.at(-1);
    const pair = last && `${last.role}>${next.role}`;
    const mergeable =
      (pair === "origin>transit" && origins.length === 1) || pair === "transit>transit" || (pair === "transit>destination" && dests.length === 1);
    if (mergeable && samePlace(last.place, next.place)) {
      last.place = last.place.length === 5 ? last.place : next.place;
      if (last.role === "transit") last.role = next.role;
    } else stops.push({ ...next });
  }
  const seized = r.port || r.country;
  const country = r.country;
  let i = stops.findIndex((s) => s.place === seized);
  if (i < 0) i = stops.findIndex((s) => s.place === country);
  if (i >= 0) {
    stops[i] = { place: seized, role: "seized", also: stops[i].role };
  } else {
    const firstDest = stops.findIndex((s) => s.role === "destination");
    const originsEnd = stops.filter((s) => s.role === "origin").length;
    let at;
    if (firstDest < 0) at = stops.length;
    else if (dests.some((d) => d.slice(0, 2) === country)) at = firstDest;
    else if (origins.some((o) => o.slice(0, 2) === country)) at = originsEnd;
    else {
      // The gap between groups of points (side-by-side origins, each transit, side-by-side destinations).
      const groups = [];
      if (originsEnd) groups.push(stops.slice(0, originsEnd));
      stops.slice(originsEnd, firstDest).forEach((s) => groups.push([s]));
      groups.push(stops.slice(firstDest));
      const S = where(seized);
      let best = null;
      const consider = (cost, index) => {
        if (cost !== null && (best === null || cost < best.cost - 1e-9)) best = { cost, index };
      };
      if (!originsEnd) {
        const d = groups[0].map((s) => where(s.place)).filter(Boolean).map((p) => (S ? km(S, p) : null)).filter((x) => x !== null);
        consider(d.length ? Math.min(...d) : null, 0);
      }
      let index = 0;
      for (let g = 0; g + 1 < groups.length; g++) {
        index += groups[g].length;
        let cost = null;
        for (const a of groups[g]) for (const b of groups[g + 1]) {
          const [pa, pb] = [where(a.place), where(b.place)];
          if (S && pa && pb) {
            const detour = km(pa, S) + km(S, pb) - km(pa, pb);
            cost = cost === null ? detour : Math.min(cost, detour);
          }
        }
        consider(cost, index);
      }
      at = best ? best.index : firstDest;
    }
    stops.splice(at, 0, { place: seized, role: "seized" });
  }
  // Legs: between consecutive groups; travelled up to the place of seizure.
  const is = (s, role) => s.role === role || s.also === role;
  const groups = [];
  stops.forEach((s, k) => {
    const prev = groups.at(-1);
    const sideBySide = (role) => k > 0 && is(stops[k - 1], role) && is(s, role) &&
      (role === "origin" ? stops.slice(0, k).every((p) => is(p, "origin")) : stops.slice(k).every((p) => is(p, "destination")));
    if (prev && (sideBySide("origin") || sideBySide("destination"))) prev.push(k);
    else groups.push([k]);
  });
  const s = stops.findIndex((p) => p.role === "seized");
  const sg = groups.findIndex((g) => g.includes(s));
  const legs = [];
  for (let g = 0; g + 1 < groups.length; g++) {
    for (const a of groups[g]) for (const b of groups[g + 1]) {
      if (stops[a].place === stops[b].place) continue;
      legs.push({ from: stops[a].place, to: stops[b].place, travelled: g + 1 < sg || (g + 1 === sg && b === s) });
    }
  }
  return { stops, legs };
}

/** Per seizure port and per journey leg (travelled and planned apart): count and kilograms. */
export function aggregates(records) {
  const ports = new Map();
  const legs = new Map();
  const add = (map, key, r) => {
    const t = map.get(key) ?? { count: 0, kg: 0 };
    t.count += 1;
    t.kg += r.quantity_kg ? Number(r.quantity_kg) : 0;
    map.set(key, t);
  };
  const where = positions();
  for (const r of records) {
    if (r.port) add(ports, r.port, r);
    const keys = new Set(journey(r, where).legs.map((l) => `${l.from}>${l.to}>${l.travelled ? "travelled" : "planned"}`));
    for (const key of keys) add(legs, key, r);
  }
  return { ports, legs };
}

/** Facet counts of one dimension over records: value → count. */
export function facetCounts(records, key) {
  const counts = new Map();
  for (const r of records) for (const v of new Set(key(r))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
