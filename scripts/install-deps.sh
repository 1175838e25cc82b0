#!/usr/bin/env bash
# Installs the Debian packages unsit needs to build and to test, and nothing that is already there.
# Idempotent: a second run only checks. Uses sudo when not root.
#   scripts/install-deps.sh build   packages to build both crates
#   scripts/install-deps.sh package build packages + what `make deb` needs to assemble the package
#   scripts/install-deps.sh test    build and package packages + the headless desktop harness
set -euo pipefail

build_pkgs=(
  pkg-config build-essential
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev
  libdbus-1-dev libxdo-dev libssl-dev
)
package_pkgs=(
  dpkg-dev binutils librsvg2-bin python3
)
test_pkgs=(
  librsvg2-bin xvfb dbus dbus-x11 libglib2.0-bin dunst xdotool x11-utils imagemagick
  webkit2gtk-driver procps psmisc python3 python3-gi desktop-file-utils
  pulseaudio pulseaudio-utils speech-dispatcher speech-dispatcher-espeak-ng sox
  kwin-wayland
  man-db fish zsh bash-completion lintian appstream faketime
  at-spi2-core gir1.2-atspi-2.0 locales
)

case "${1:-test}" in
  build) wanted=("${build_pkgs[@]}") ;;
  package) wanted=("${build_pkgs[@]}" "${package_pkgs[@]}") ;;
  test) wanted=("${build_pkgs[@]}" "${package_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 [build|package|test]" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  # dpkg-query prints "install ok installed" only for packages that are fully installed.
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done

# The page's tests run on node, and the accessibility tests' axe-core comes from npm: a system
# that has them from elsewhere (NodeSource) keeps its own; Debian's are installed otherwise.
if [ "${1:-test}" = test ]; then
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
fi

# The WebDriver tests drive the real webview through tauri-driver (a crates.io binary), which
# starts WebKitWebDriver (from webkit2gtk-driver).
install_tauri_driver() {
  [ "${1:-test}" = test ] || return 0
  command -v tauri-driver >/dev/null || [ -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ] && return 0
  echo "install-deps: installing tauri-driver (cargo install, about two minutes)"
  cargo install --locked --quiet tauri-driver --version '^2.1'
}

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi

# The language tests run unsit on a German and a Spanish desktop, as people have them: with
# those locales generated, so that GTK and the C library speak them too.
make_locales() {
  [ "${1:-test}" = test ] || return 0
  local locale
  for locale in de_DE es_ES; do
    locale -a 2>/dev/null | grep -qix "$locale.utf8" && continue
    echo "install-deps: generating the $locale.UTF-8 locale"
    "${sudo[@]}" localedef -i "$locale" -c -f UTF-8 "$locale.UTF-8"
  done
}

if ((${#missing[@]} == 0)); then
  install_tauri_driver "${1:-test}"
  make_locales "${1:-test}"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_tauri_driver "${1:-test}"
make_locales "${1:-test}"
