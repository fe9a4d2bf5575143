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
# What Qt's xcb platform plugin needs to open a window on an X display (stack-notes.md §2, the smallest
# set that worked on a fresh Debian 12; Qt's own message names libxcb-cursor0 even when another is missing).
XCB_LIBRARIES = {
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
}


def missing_packages(for_display: bool = False) -> list[str]:
    """Debian packages whose libraries are missing, in a stable order (X libraries too for a display)."""
    missing = []
    if sys.version_info[:2] < (3, 11):  # noqa: UP036 - runs under whatever python3 the machine has
        print(f"SCERS Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
        raise SystemExit(1)
    if importlib.util.find_spec("ensurepip") is None:
        missing.append(f"python3.{sys.version_info.minor}-venv")
    needed = {**QT_RUNTIME_LIBRARIES, **(XCB_LIBRARIES if for_display else {})}
    missing += [pkg for lib, pkg in needed.items() if ctypes.util.find_library(lib) is None]
    return missing


def main() -> int:
    missing = missing_packages(for_display="--display" in sys.argv)
    if missing:
        print(f"Missing system packages; install them first: sudo apt-get install -y {' '.join(missing)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
