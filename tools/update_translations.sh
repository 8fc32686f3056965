#!/usr/bin/env bash
# Refresh the interface catalogues: new strings from the sources into the .ts files (translate
# them there, e.g. with Qt Linguist), then build the .qm files the application loads.
# Both tools ship in the PySide6-Essentials wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(gui/*.py gui/widgets/*.py)
pyside6-lupdate -no-obsolete "${sources[@]}" -ts gui/translations/yanlu_zh_CN.ts gui/translations/yanlu_zh_TW.ts
for ts in gui/translations/*.ts; do
  pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
