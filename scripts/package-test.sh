#!/usr/bin/env bash
# Builds the Debian package from a built tree and checks what a user would get: its name and
# control fields, its file list (packaging/package-files.txt), desktop-file-validate, appstreamcli,
# lintian (no errors; warnings only those packaging/README.md explains), the man page, the bash
# completion, and that the package's tree runs where dpkg -x unpacks it, finding its own data.
#
#   scripts/package-test.sh BUILD_DIR              (CTest runs it as the test "package")
#   scripts/package-test.sh BUILD_DIR --deb FILE   checks FILE instead of building one
#
# Needs the tools of scripts/debian-packages.txt. Writes only to a temporary folder.
set -euo pipefail
build=$(cd "${1:?usage: package-test.sh BUILD_DIR [--deb FILE]}" && pwd)
given_deb=
[[ ${2:-} == --deb ]] && given_deb=$(readlink -f "${3:?--deb needs a file}")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/twinatlas-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian man; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/ensure-packages.sh"
done
[[ -f $build/CPackConfig.cmake ]] || fail "$build has no CPackConfig.cmake: configure it first"

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
app_id=$(sed -n 's/^TWINATLAS_APP_ID:[A-Z]*=//p' "$build/CMakeCache.txt")
[[ -n $app_id ]] || app_id=$(sed -n 's/^set(TWINATLAS_APP_ID \(.*\))$/\1/p' "$root/CMakeLists.txt")
arch=$(dpkg --print-architecture)
deb=$work/out/twinatlas_${version}_${arch}.deb

if [[ -n $given_deb ]]; then
  mkdir -p "$work/out"
  cp "$given_deb" "$work/out/"
else
  step "cpack -G DEB"
  if ! (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
  fi
fi
[[ -f $deb ]] || fail "expected $(basename "$deb"); cpack wrote: $(cd "$work/out" && ls)"
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == twinatlas ]] || fail "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version: $(field Version)"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture: $(field Architecture)"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# From dpkg-shlibdeps (the libraries the executable links) and from packaging/CMakeLists.txt
# (what Qt and the program load at run time).
for wanted in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6positioning6 \
              libqt6svg6 libqt6dbus6 libgeographiclib libsqlite3-0 libqt6sql6-sqlite iso-codes; do
  [[ ", $depends" == *", $wanted"* ]] || fail "Depends lacks $wanted"
done

step "file list (packaging/package-files.txt)"
dpkg-deb -c "$deb" | awk '{ sub(/^\.\//, "", $6); print $6 }' | grep -v '/$' | grep -v '^$' | sort \
  >"$work/files.txt"
dpkg-deb -c "$deb" | awk '$2 != "root/root" { print }' >"$work/owners.txt"
[[ ! -s $work/owners.txt ]] || { cat "$work/owners.txt" >&2; fail "files not owned by root/root"; }
# Each line of the expected list is a glob; one starting with "?" may match nothing.
mapfile -t patterns < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' \
                            -e "s/@APP_ID@/$app_id/g" "$root/packaging/package-files.txt")
problems=0
while read -r path; do
  matched=0
  for p in "${patterns[@]}"; do
    # shellcheck disable=SC2053  # the pattern is a glob on purpose
    [[ $path == ${p#\?} ]] && { matched=1; break; }
  done
  (( matched )) || { echo "unexpected in the package: $path" >&2; problems=1; }
done <"$work/files.txt"
for p in "${patterns[@]}"; do
  [[ $p == \?* ]] && continue
  found=0
  while read -r path; do
    # shellcheck disable=SC2053
    [[ $path == $p ]] && { found=1; break; }
  done <"$work/files.txt"
  (( found )) || { echo "missing from the package: $p" >&2; problems=1; }
done
(( problems == 0 )) || fail "the file list differs from packaging/package-files.txt"
wc -l <"$work/files.txt" | xargs echo "files:"

step "unpack with dpkg -x"
dpkg -x "$deb" "$work/root"
share=$work/root/usr/share

step "desktop-file-validate"
desktop-file-validate "$share/applications/$app_id.desktop"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$share/metainfo/$app_id.metainfo.xml" | head -n 1)
[[ $newest == "$version" ]] || fail "the metainfo's newest release is $newest, the package's version $version"
changelog=$(zcat "$share/doc/twinatlas/changelog.gz" | sed -n '1s/^twinatlas (\([^)]*\)).*/\1/p')
[[ $changelog == "$version" ]] || fail "the changelog's newest entry is $changelog, the package's version $version"
for shot in $(sed -n 's#.*<image[^>]*>.*/\([^/<]*\)</image>.*#\1#p' "$share/metainfo/$app_id.metainfo.xml"); do
  [[ -f $root/packaging/screenshots/$shot ]] || fail "the metainfo names screenshots/$shot, which is not in packaging/screenshots"
done

step "man page"
man_warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
                 "$share/man/man1/twinatlas.1.gz" 2>&1 >/dev/null)
[[ -z $man_warnings ]] || fail "man reports: $man_warnings"
LC_ALL=C.UTF-8 MANWIDTH=200 man -E ascii -l "$share/man/man1/twinatlas.1.gz" 2>/dev/null >"$work/man.txt"
for command in query export import export-data where check wikidata sync server; do
  grep -q "^ *twinatlas $command" "$work/man.txt" || fail "the man page's synopsis lacks $command"
done

step "lintian"
# Root is how CI runs; lintian only warns about it. Tags are checked below, not by exit status.
lintian --tag-display-limit 0 --display-info "$deb" 2>"$work/lintian.err" | tee "$work/lintian.txt" || true
grep -v 'running with root privileges' "$work/lintian.err" >&2 || true
if grep -q '^E: ' "$work/lintian.txt"; then fail "lintian reports errors"; fi
# Every warning must be one packaging/README.md explains (its tag in backquotes there).
while read -r tag; do
  grep -q "\`$tag\`" "$root/packaging/README.md" \
    || fail "lintian warns $tag, which packaging/README.md does not explain"
done < <(sed -n 's/^W: [^:]*: \([a-z0-9-]*\).*/\1/p' "$work/lintian.txt" | sort -u)

step "bash completion"
complete_words() { # the command line so far, the last word being completed
  bash -c '
    source /usr/share/bash-completion/bash_completion
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
    COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _twinatlas; printf "%s\n" "${COMPREPLY[@]}"' _ "$share/bash-completion/completions/twinatlas" "$@"
}
export PATH="$work/root/usr/bin:$PATH"
[[ $(complete_words twinatlas q) == query ]] || fail "no completion of twinatlas q"
[[ $(complete_words twinatlas where --nm) == --nmea ]] || fail "no completion of where --nm"
[[ $(complete_words twinatlas export --theme d) == dark ]] || fail "no completion of --theme d"

step "run from the unpacked tree"
home=$work/home
mkdir -p "$home"
run() { # the unpacked twinatlas, as a new user without a display
  env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$home" XDG_DATA_HOME="$home/data" \
      XDG_CONFIG_HOME="$home/config" "$work/root/usr/bin/twinatlas" "$@"
}
[[ $(run --version) == "twinatlas $version" ]] || fail "twinatlas --version says $(run --version)"
run query --stats | tee "$work/stats.txt"
data_version=$(tr -d '[:space:]' <"$root/data/VERSION")
grep -qx "data_version	$data_version" "$work/stats.txt" || fail "query --stats does not show data version $data_version"
places=$(sed -n 's/^places\t//p' "$work/stats.txt")
(( places > 100000 )) || fail "query --stats counts $places places"
run query Düsseldorf >"$work/query.txt"
head -n 3 "$work/query.txt"
[[ $(run export --place Istanbul --out "$work/istanbul.png") == *istanbul.png ]] || fail "export printed no path"
[[ $(head -c 8 "$work/istanbul.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "export wrote no PNG"
run where --nmea "$root/tests/data/nmea/valid.nmea" >"$work/where.txt"
head -n 2 "$work/where.txt"
grep -q "^# position	6.76680 51.28950	2024-05-14T10:05:12Z$" "$work/where.txt" || fail "where --nmea: $(cat "$work/where.txt")"
grep -q "^# nearest	" "$work/where.txt" || fail "where --nmea named no place: $(cat "$work/where.txt")"
run where --lon 6.77616 --lat 51.22172 | grep -q "^# nearest	Düsseldorf, Germany" || fail "where --lon --lat"
# It read the unpacked data and nothing else: without it, it says so.
mv "$share/twinatlas/twinatlas.sqlite" "$work/moved.sqlite"
if run query --stats >/dev/null 2>&1; then fail "query --stats ran without the unpacked atlas"; fi
mv "$work/moved.sqlite" "$share/twinatlas/twinatlas.sqlite"
[[ ! -e $home/data/Twinatlas/twinatlas/atlas.sqlite ]] || fail "a command made a user atlas"

echo "package-test: OK: $(basename "$deb")"
