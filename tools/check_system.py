"""Check the system prerequisites before set-up, and say in one line what to install.

Runs with the system Python, before any virtual environment exists, so it uses the
standard library only. The library list is stack-notes.md §2: what Qt 6.12's QtGui,
QtWidgets and the offscreen platform plugin load at run time on Debian 12.
"""

import ctypes.util
import importlib.util
import sys

# shared-library name (as ctypes.util.find_library takes it) -> Debian package
QT_RUNTIME_LIBRARIES = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
}


def missing_packages() -> list[str]:
    """Debian packages whose libraries are missing, in a stable order."""
    missing = []
    if sys.version_info[:2] < (3, 11):  # noqa: UP036 - runs under whatever python3 the machine has
        print(f"SCERS Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
        raise SystemExit(1)
    if importlib.util.find_spec("ensurepip") is None:
        missing.append(f"python3.{sys.version_info.minor}-venv")
    missing += [pkg for lib, pkg in QT_RUNTIME_LIBRARIES.items() if ctypes.util.find_library(lib) is None]
    return missing


def main() -> int:
    missing = missing_packages()
    if missing:
        print(f"Missing system packages; install them first: sudo apt-get install -y {' '.join(missing)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
