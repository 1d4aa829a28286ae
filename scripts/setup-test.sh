#!/usr/bin/env bash
# Installs the Debian packages the tests use, when missing: Chromium (the workbench and page tests, driven by
# playwright-core, which downloads no browser), LibreOffice Calc (a real third-party reader of the .xlsx we write, and
# the .xls converter), a CJK font (so that screenshots and PDFs show Chinese) and poppler-utils (pdftotext, which reads
# back the text of the 审核意见 printed to PDF). Needs root or sudo.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup:test: Chromium, LibreOffice, a CJK font and pdftotext are already installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup:test: installing ${missing[*]}"
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
