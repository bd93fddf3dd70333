#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing.
# Playwright's own browser download cannot work on this kind of machine.
set -eu
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium ontbreekt: ik installeer het Debian-pakket 'chromium'."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium ontbreekt. Installeer het als beheerder met:" >&2
  echo "  sudo apt-get install chromium" >&2
  echo "en voer daarna 'make test' opnieuw uit." >&2
  exit 1
fi
