"""Entry point of the frozen ``scers-estimate`` executable."""

import sys

if not sys.platform.startswith("linux"):
    # `--jobs` spawns its workers here (on Linux it forks them): each starts this executable again,
    # and freeze_support runs the worker's share instead of the command line.
    import multiprocessing

    multiprocessing.freeze_support()

from scers_desktop.cli import main  # after a spawned worker has been let through

sys.exit(main())
