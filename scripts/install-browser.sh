#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the web UI's browser tests when they are missing.
# Quiet and idempotent: does nothing when both are there. When they cannot be installed (not root, no apt-get,
# no package source), it says so in one line and exits 0: the browser tests then skip themselves.
set -uo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "scripts/test: chromium or chromedriver is missing and cannot be installed here (needs root and apt-get);" \
       "the browser tests will be skipped." >&2
  exit 0
fi
echo "scripts/test: installing chromium and chromium-driver for the browser tests (once)..." >&2
log="$(mktemp)"
if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      chromium chromium-driver) >"$log" 2>&1; then
  rm -f "$log"
else
  echo "scripts/test: installing chromium failed (log: $log); the browser tests will be skipped." >&2
fi
exit 0
