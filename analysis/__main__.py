"""Allow ``python -m analysis run --corpus DIR --out DIR``."""

from analysis.cli import main

raise SystemExit(main())
