"""Allow ``python -m analysis run --corpus DIR --out DIR``."""

import os
import signal
import sys

# Ctrl-C while the packages are still being imported is noted, not raised: a KeyboardInterrupt inside
# a library's import (numpy's C extension, say) can surface as an ImportError and a long traceback.
_ctrl_c_while_importing: list[int] = []
signal.signal(signal.SIGINT, lambda signum, frame: _ctrl_c_while_importing.append(signum))

from analysis.runtime.cli import main  # noqa: E402

if _ctrl_c_while_importing:
    print("interrupted: the run was stopped before it began", file=sys.stderr)
    raise SystemExit(130)
signal.signal(signal.SIGINT, signal.default_int_handler)

code = main()
if code in (130, 143):
    # Stopped by Ctrl-C or SIGTERM, and already cleaned up. Leave without Python's shutdown: on
    # Python 3.11 a Ctrl-C that landed inside exec() (as when a dataclass is made) marks the
    # interrupt as unhandled, and the shutdown would then kill the process with SIGINT instead.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
raise SystemExit(code)
