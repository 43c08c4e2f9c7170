// Extracts GeoNames' names of places by language from Debian's libgeonames-common (see
// data/README.md, "Names by language"). Called by scripts/regenerate-data.sh, which downloads
// and verifies the package; run that script rather than this one.
//
//   node regenerate-place-names.mjs --locale <usr/share/locale of the unpacked package>
//        --cities <cities500.tsv> --languages en,de,fr --out <names-geonames.tsv>
//
// The package keeps one gettext catalogue per language, geonames.mo, whose message ids are
// GeoNames ids and whose translations are the place's name in that language, taken from
// GeoNames' alternate names with that language code (countries and first-level divisions are
// in it too, under their codes, and are skipped). Kept are names of places of cities500
//  - that are capitals, seats of first-level divisions or have at least 100,000 people: such
//    places have names in other languages in use today (Warschau, Mailand, Cologne); for
//    smaller ones the package's names are more often names of the past or of another country
//    ("Auschwitz" for Oświęcim, "Sverdlovs'k" for Dovzhansk, "Aivali" for Ayvalık), since it
//    does not carry GeoNames' marks for historic names;
//  - and that are more than a respelling of the place's main name: "Torun" for Toruń, "St Louis"
//    for St. Louis or "Kazan’" for Kazan say nothing new and would lose the main name's letters;
//    a respelling with more accented letters than the main name ("Milán" for Milan) is kept;
//  - and that are not the main name with more words ("Montreuil-sous-Bois" for Montreuil,
//    "Mestre bei Venedig"): such names are of a larger or other entity;
//  - and, in German, not of places in the lands where German names are mostly those of a past
//    rule (Poland, Czechia, Slovakia, Hungary, Romania, Slovenia, Croatia, the Baltic states and
//    the Kaliningrad oblast): the package gives Königsberg, Thorn, Gdingen, Brünn and Olmütz
//    there, which today's German does not use; CLDR's modern names (Warschau, Prag, Bukarest)
//    still come in through the builder.
// Output is sorted by geonameid, then language, and deterministic.

import fs from 'node:fs';

function fail(msg) {
  process.stderr.write(`regenerate-place-names.mjs: error: ${msg}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const k = argv[i];
    if (!k.startsWith('--') || i + 1 >= argv.length) fail(`bad argument list near '${k}'`);
    args[k.slice(2)] = argv[i + 1];
  }
  for (const k of ['locale', 'cities', 'languages', 'out']) {
    if (!args[k]) fail(`missing --${k}`);
  }
  return args;
}

// A compiled gettext catalogue, read as GNU gettext documents the .mo layout: a magic number
// that also tells the byte order, the number of strings, and two tables of (length, offset)
// pairs, one for the original strings and one for the translations. Node has no reader of its
// own and the layout is fixed, so reading it here spares a conversion through PO text.
function readMo(file) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  if (buf.length < 28) fail(`${file}: too short for a gettext catalogue`);
  let u32;
  if (buf.readUInt32LE(0) === 0x950412de) u32 = (o) => buf.readUInt32LE(o);
  else if (buf.readUInt32BE(0) === 0x950412de) u32 = (o) => buf.readUInt32BE(o);
  else fail(`${file}: not a gettext catalogue (bad magic number)`);
  const count = u32(8), originals = u32(12), translations = u32(16);
  const string = (table, i) => {
    const length = u32(table + 8 * i), offset = u32(table + 8 * i + 4);
    if (offset + length > buf.length) fail(`${file}: string ${i} lies outside the file`);
    return buf.toString('utf8', offset, offset + length);
  };
  const entries = new Map();
  for (let i = 0; i < count; ++i) {
    const id = string(originals, i);
    if (id === '') continue; // the catalogue's header
    entries.set(id, string(translations, i));
  }
  return entries;
}

// A name without case, marks, spaces or punctuation: two names with the same letters fold alike.
// Letters NFKD does not decompose are mapped by hand, so that "Lodz" folds like Łódź.
const UNDECOMPOSED = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ð': 'd', 'þ': 'th', 'ħ': 'h' };
function letters(name) {
  return name.toLowerCase().replace(/[łøđıßæœðþħ]/g, (c) => UNDECOMPOSED[c])
    .normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

// How many of a name's letters are beyond ASCII (ó, ł): a respelling that has more of them than
// the main name (Spanish "Milán" for Milan) is the language's own spelling. The builder applies
// the same rule to CLDR's names.
function marked(name) {
  return [...name].filter((c) => c.codePointAt(0) > 0x7f && /\p{L}/u.test(c)).length;
}

// Whether name is main with words added around it: "Montreuil-sous-Bois" for Montreuil, "Tainan
// City", "Palma de Mallorca". Words, not letters: "Lisbonne" for Lisbon or "Aarhus" for Århus are
// the language's own names.
function withMoreWords(name, main) {
  const words = (text) => text.split(/[\s\-–,()'’]+/u).map(letters).filter((w) => w !== '');
  const all = words(name), core = words(main);
  if (core.length === 0 || all.length <= core.length) return false;
  for (let i = 0; i + core.length <= all.length; ++i) {
    if (core.every((w, j) => all[i + j] === w)) return true;
  }
  return false;
}

const MIN_POPULATION = 100000;
// Where a language's names from GeoNames are mostly historic (see the header): countries, or
// "country.admin1" for one division.
const PAST_NAMES = {
  de: new Set(['PL', 'CZ', 'SK', 'HU', 'RO', 'SI', 'HR', 'LT', 'LV', 'EE', 'RU.23']),
};
const ALWAYS_NAMED = new Set(['PPLC', 'PPLA']); // capitals and seats of first-level divisions

function readCities(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split('\t');
  const column = (name) => {
    const i = header.indexOf(name);
    if (i < 0) fail(`${file}: no ${name} column`);
    return i;
  };
  const id = column('geonameid'), name = column('name'), feature = column('feature_code'),
    population = column('population'), country = column('country'), admin1 = column('admin1');
  const places = new Map();
  for (let i = 1; i < lines.length; ++i) {
    if (lines[i] === '' || lines[i].startsWith('#')) continue;
    const cells = lines[i].split('\t');
    places.set(cells[id], {
      name: cells[name],
      country: cells[country],
      division: `${cells[country]}.${cells[admin1]}`,
      named: ALWAYS_NAMED.has(cells[feature]) || Number(cells[population]) >= MIN_POPULATION,
    });
  }
  return places;
}

const args = parseArgs(process.argv.slice(2));
const cities = readCities(args.cities);
const rows = [];
const stats = {};
for (const lang of args.languages.split(',')) {
  if (!/^[a-z]{2,3}$/.test(lang)) fail(`bad language code '${lang}'`);
  const catalogue = readMo(`${args.locale}/${lang}/LC_MESSAGES/geonames.mo`);
  let kept = 0, unknown = 0, same = 0, small = 0, past = 0, longer = 0;
  const pastPlaces = PAST_NAMES[lang] || new Set();
  for (const [id, rawName] of catalogue) {
    // Countries ("DE") and divisions ("DE.07") are in the catalogue too; only places are wanted.
    if (/^[A-Z]{2}(\.[0-9A-Z]+)?$/.test(id)) continue;
    if (!/^[1-9][0-9]*$/.test(id)) fail(`${lang}: message id '${id}' is neither a GeoNames id nor a division`);
    const name = rawName.trim();
    if (name === '' || /[\t\n\r]/.test(name)) fail(`${lang}: unusable name for ${id}`);
    const place = cities.get(id);
    if (!place) {
      ++unknown;
      continue;
    }
    if (!place.named) {
      ++small;
      continue;
    }
    if (letters(place.name) === letters(name) && marked(name) <= marked(place.name)) {
      ++same;
      continue;
    }
    if (withMoreWords(name, place.name)) {
      ++longer;
      continue;
    }
    if (pastPlaces.has(place.country) || pastPlaces.has(place.division)) {
      ++past;
      continue;
    }
    rows.push([Number(id), lang, name]);
    ++kept;
  }
  stats[lang] = { catalogue: catalogue.size, kept, same_as_main_name: same, small, not_in_cities500: unknown, past, longer };
}
rows.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
const text = ['geonameid\tlang\tname', ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
fs.writeFileSync(args.out, text);
for (const [lang, s] of Object.entries(stats))
  process.stderr.write(`regenerate-place-names.mjs: ${lang}: ${s.catalogue} names, ${s.kept} kept, ` +
    `${s.same_as_main_name} a respelling of the main name, ${s.longer} the main name with more words, ` +
    `${s.past} names of a past rule, ${s.small} of smaller places, ` +
    `${s.not_in_cities500} not in cities500\n`);
process.stderr.write(`regenerate-place-names.mjs: ${rows.length} names of ${new Set(rows.map((r) => r[0])).size} places\n`);
