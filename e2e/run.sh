#!/usr/bin/env bash
# Runs every e2e/test_*.py. Needs the trellis binary (TRELLIS_BIN, default .build/debug/trellis),
# Debian's chromium + chromium-driver, and `pip install -r e2e/requirements.txt`.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 - <<'PY'
import sys, unittest
suite = unittest.defaultTestLoader.discover("e2e", pattern="test_*.py", top_level_dir="e2e")
result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
failed = len(result.failures) + len(result.errors)  # errors include failed class setups
skipped = len(result.skipped)
passed = max(0, result.testsRun - failed - skipped)
# A plain summary line that CI logs can read; zero tests run counts as failure.
print(f"e2e: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
PY
