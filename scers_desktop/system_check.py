"""The system libraries Qt loads at run time on Linux, and the one line that says what to install.

Standard library only: ``tools/check_system.py`` loads this file by its path with the system Python
before any virtual environment exists, and ``scers-desktop`` checks with it before Qt starts, so a
missing X library is named by its Debian package instead of Qt's misleading "xcb-cursor0 is needed"
abort. The list is stack-notes.md §2: what Qt's QtGui, QtWidgets and the offscreen platform plugin load
on Debian 12, and what the xcb platform plugin adds to open a window on an X display.

Whether a library is installed is asked of a probe (``library name -> found``), so tests pass fakes.
"""

import ctypes.util
from collections.abc import Callable

#: Answers whether a shared library (named as ``ctypes.util.find_library`` takes it) is installed.
Probe = Callable[[str], bool]

# shared-library name -> Debian package
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


def library_installed(name: str) -> bool:
    """Whether the dynamic linker can find this library (the probe used outside tests)."""
    return ctypes.util.find_library(name) is not None


def missing_library_packages(for_display: bool, probe: Probe = library_installed) -> list[str]:
    """Debian packages of the Qt libraries that are missing, in a stable order (X libraries too for a display)."""
    needed = {**QT_RUNTIME_LIBRARIES, **(XCB_LIBRARIES if for_display else {})}
    return [package for library, package in needed.items() if not probe(library)]


def install_message(packages: list[str]) -> str:
    """The one line that says which packages to install."""
    return f"Missing system packages; install them first: sudo apt-get install -y {' '.join(packages)}"
