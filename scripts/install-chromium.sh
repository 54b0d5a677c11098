#!/usr/bin/env bash
# Install Debian's headless Chromium for the browser tests (no-op when it is there already).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi wqy; then exit 0; fi
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null   # a CJK font for the labels
command -v chromium >/dev/null
