"""Allow ``python -m analysis run --corpus DIR --out DIR``."""

import os
import sys

try:
    from analysis.runtime.cli import main
except KeyboardInterrupt:  # Ctrl-C while the packages are still being imported
    print("interrupted: the run was stopped before it began", file=sys.stderr)
    raise SystemExit(130) from None

code = main()
if code in (130, 143):
    # Stopped by Ctrl-C or SIGTERM, and already cleaned up. Leave without Python's shutdown: on
    # Python 3.11 a Ctrl-C that landed inside exec() (as when a dataclass is made) marks the
    # interrupt as unhandled, and the shutdown would then kill the process with SIGINT instead.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
raise SystemExit(code)
