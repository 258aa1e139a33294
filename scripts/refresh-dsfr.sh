#!/usr/bin/env bash
# Refresh the vendored copy of the French State design system (DSFR,
# npm package @gouvfr/dsfr) under src/main/resources/static/dsfr/.
#
# The Maven build never runs this script and needs no Node: the assets it
# copies are committed, and Spring Boot serves them from the classpath
# (static/dsfr/... is served at /dsfr/...). No CDN is ever used.
#
# Run it by hand (it needs node and npm, and access to the npm registry)
# when moving to a newer DSFR patch release, then review and commit the
# resulting changes under src/main/resources/static/dsfr/.
#
# Usage:   scripts/refresh-dsfr.sh
# Env:     DSFR_SPEC                  npm spec to install (default @gouvfr/dsfr@1.15,
#                                     i.e. the newest 1.15.x patch)
#          DSFR_ACCEPTED_CGU_VERSION  version of the DSFR terms of use
#                                     ("modalités d'utilisation", doc/legal/cgu.md in
#                                     the package) that this project has reviewed
#                                     and accepts (default 1.0.1)
#          DSFR_ACCEPT_LICENSE=1      read by the package's own preinstall script:
#                                     accepts the terms whatever their version
#                                     (bypasses the version check below; avoid
#                                     unless you have read the new terms)
#
# Licence acceptance, as the package really checks it (scripts/preinstall.js
# in @gouvfr/dsfr 1.15.3, run as the npm "preinstall" lifecycle script):
#   - if DSFR_ACCEPT_LICENSE is exactly "1", the install goes on;
#   - otherwise it reads <project>/.dsfr.yml, where <project> is $INIT_CWD
#     (the directory npm was started from), and needs a line
#     "accept-license: <v>" whose <v> is EQUAL to the cguVersion in the
#     front matter of the package's doc/legal/cgu.md. "accept-license: true"
#     is NOT enough: it fails with [UPDATE-true->1.0.1].
# This script writes a .dsfr.yml pinned to DSFR_ACCEPTED_CGU_VERSION, so that
# if a later patch ships new terms, the install fails until a person has read
# them and bumped DSFR_ACCEPTED_CGU_VERSION. Because newer npm releases may
# skip dependency install scripts, the script also calls the package's own
# checkLicense() itself after the install.

set -euo pipefail

DSFR_SPEC="${DSFR_SPEC:-@gouvfr/dsfr@1.15}"
DSFR_ACCEPTED_CGU_VERSION="${DSFR_ACCEPTED_CGU_VERSION:-1.0.1}"

# Resolve the project root from this script's location, so the script can be
# run from anywhere.
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_ROOT="$(cd "${SCRIPT_DIR}/.." && pwd)"
DEST="${PROJECT_ROOT}/src/main/resources/static/dsfr"

for tool in node npm; do
  if ! command -v "${tool}" >/dev/null 2>&1; then
    echo "error: '${tool}' is required to refresh the DSFR assets (not to build the project)" >&2
    exit 1
  fi
done

# Work in a throw-away directory, removed on exit whatever happens.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/refresh-dsfr.XXXXXX")"
trap 'rm -rf "${WORK}"' EXIT

# A minimal private npm project to install into, with the licence consent
# file the package's preinstall script looks for.
cat >"${WORK}/package.json" <<'JSON'
{
  "name": "dsfr-vendoring",
  "private": true,
  "description": "Temporary project used by scripts/refresh-dsfr.sh"
}
JSON
printf "accept-license: '%s'\n" "${DSFR_ACCEPTED_CGU_VERSION}" >"${WORK}/.dsfr.yml"

echo "Installing ${DSFR_SPEC} into ${WORK} ..."
# Run npm from inside the temp project and pin INIT_CWD to it: the preinstall
# script resolves .dsfr.yml relative to INIT_CWD. Lifecycle scripts must run
# (no --ignore-scripts), so the licence check really happens.
if ! (cd "${WORK}" && INIT_CWD="${WORK}" npm install \
        --no-audit --no-fund --no-package-lock --save-exact \
        "${DSFR_SPEC}"); then
  echo "error: npm install of ${DSFR_SPEC} failed." >&2
  echo "If the message above mentions [UPDATE-...], the DSFR terms of use changed:" >&2
  echo "read doc/legal/cgu.md of the new package, then rerun with" >&2
  echo "DSFR_ACCEPTED_CGU_VERSION=<new version> (and update the default in this script)." >&2
  exit 1
fi

PKG="${WORK}/node_modules/@gouvfr/dsfr"
DIST="${PKG}/dist"

# Recent npm releases can skip dependency install scripts (allowScripts
# policy), which would silently skip the licence check. Run the package's own
# check explicitly, with the same inputs, so it always happens.
# (Guarded: a package version without this script has no check to run.)
if [[ -f "${PKG}/scripts/preinstall.js" ]]; then
  if ! (cd "${WORK}" && INIT_CWD="${WORK}" node -e \
          "require(process.argv[1]).checkLicense()" "${PKG}/scripts/preinstall.js"); then
    echo "error: the DSFR terms of use were not accepted (see message above)." >&2
    exit 1
  fi
fi
VERSION="$(node -p "require(process.argv[1]).version" "${PKG}/package.json")"
echo "Installed @gouvfr/dsfr ${VERSION}"

# Build the new tree in a staging directory first, so that a failure halfway
# leaves the committed assets untouched.
STAGE="${WORK}/stage"
mkdir -p "${STAGE}"

# copy_rel SRC_ROOT REL_PATH: copy SRC_ROOT/REL_PATH to STAGE/REL_PATH,
# keeping the relative path (the CSS url(...) references depend on it).
copy_rel() {
  local src_root="$1" rel="$2"
  if [[ ! -f "${src_root}/${rel}" ]]; then
    echo "error: expected file missing from the package: ${rel}" >&2
    exit 1
  fi
  mkdir -p "${STAGE}/$(dirname "${rel}")"
  cp "${src_root}/${rel}" "${STAGE}/${rel}"
}

# 1. The minified runtime: the full stylesheet, the utility icon classes
#    (fr-icon-*), and the ES module + legacy (nomodule) scripts. Paths are
#    kept as in dist/ so the relative url(...) references stay valid.
CSS_FILES=(
  "dsfr.min.css"
  "utility/icons/icons.min.css"
)
JS_FILES=(
  "dsfr.module.min.js"
  "dsfr.nomodule.min.js"
)
for f in "${CSS_FILES[@]}" "${JS_FILES[@]}"; do
  copy_rel "${DIST}" "${f}"
done

# 2. Every local file the copied CSS references through url(...): the
#    Marianne / Spectral fonts (woff2 and woff) and the icon SVGs. Node
#    parses the CSS (quoted data: URIs contain parentheses and quotes, which
#    a grep would cut badly), skips data:/absolute URLs, drops any ?query or
#    #fragment, and prints each target relative to dist/.
node - "${DIST}" "${CSS_FILES[@]}" >"${WORK}/css-refs.txt" <<'JS'
const fs = require('fs');
const path = require('path');
const [dist, ...cssFiles] = process.argv.slice(2);
const refs = new Set();
// url( optional-space ( "..." | '...' | unquoted ) optional-space )
const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;
for (const css of cssFiles) {
  const text = fs.readFileSync(path.join(dist, css), 'utf8');
  for (const m of text.matchAll(re)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (url === '' || /^(data:|[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) continue;
    const clean = url.split(/[?#]/)[0];
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(css), clean));
    if (target.startsWith('../')) {
      console.error(`error: ${css} references ${url}, outside dist/`);
      process.exit(1);
    }
    refs.add(target);
  }
}
console.log([...refs].sort().join('\n'));
JS
ref_count=0
while IFS= read -r rel; do
  [[ -z "${rel}" ]] && continue
  copy_rel "${DIST}" "${rel}"
  ref_count=$((ref_count + 1))
done <"${WORK}/css-refs.txt"
echo "Copied ${ref_count} files referenced by url(...) in the CSS (fonts, icons)"

# 3. Favicons (favicon.ico/.svg, apple-touch-icon, android-chrome PNGs and
#    the web manifest that points at them).
for f in "${DIST}"/favicon/*; do
  copy_rel "${DIST}" "favicon/$(basename "${f}")"
done

# 4. The licence (Etalab 2.0, plus the notice about the restricted use of
#    the State's visual identity) and the exact version copied.
copy_rel "${PKG}" "LICENSE.md"
printf '%s\n' "${VERSION}" >"${STAGE}/VERSION"

# Replace the vendored tree as a whole, so files dropped upstream disappear.
rm -rf "${DEST}"
mkdir -p "$(dirname "${DEST}")"
cp -R "${STAGE}" "${DEST}"

# Report what was copied.
file_count="$(find "${DEST}" -type f | wc -l | tr -d ' ')"
total_bytes="$(find "${DEST}" -type f -exec cat {} + | wc -c | tr -d ' ')"
echo "DSFR ${VERSION} copied to ${DEST#"${PROJECT_ROOT}/"}:"
du -sh "${DEST}"/* | sed "s|${DEST}/||"
echo "Total: ${file_count} files, ${total_bytes} bytes ($(du -sh "${DEST}" | cut -f1) on disk)"
