"""Entry point of the frozen ``scers-estimate`` executable."""

import sys

from scers_desktop.cli import main

sys.exit(main())
