#!/usr/bin/env bash
# Build the one-folder app dist/organizer/ with PyInstaller, from this checkout's virtualenv
# (PYTHON overrides it), then print how long it took and how big it is.
#     packaging/build_app.sh          then: dist/organizer/organizer
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

"$PYTHON" -m pip install -q 'pyinstaller>=6.10'
started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/organizer.spec
echo "built dist/organizer in $(( $(date +%s) - started )) s: $(du -sh dist/organizer | cut -f1)"
