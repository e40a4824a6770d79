"""`python -m desktop_app` runs the same entry point as the `field-reference` script."""

import sys

from desktop_app.cli import main

sys.exit(main())
