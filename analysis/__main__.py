"""Allow ``python -m analysis run --corpus DIR --out DIR``."""

from analysis.runtime.cli import main

raise SystemExit(main())
