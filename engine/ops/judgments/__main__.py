"""``python -m engine.ops.judgments [--set heldout|dev|both] [--json FILE] [--esco DIR]``."""

import sys

from engine.ops.judgments.cli import main

raise SystemExit(main(sys.argv[1:]))
