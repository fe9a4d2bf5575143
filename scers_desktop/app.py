"""``scers-desktop``: start the app, or render snapshots of it with ``--snapshot``.

When Qt cannot start (no display, or a missing system library) it says so in one line and how to
fix it, never with a traceback. Before Qt opens a window on an X display, the X libraries its xcb
plugin needs are checked (Qt itself would abort naming the wrong package): the same line ``make run``
prints.
"""

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from scers_desktop import APP_NAME, __version__
from scers_desktop.session.kiosk import KioskConfig, KioskConfigError, find_config, load_config
from scers_desktop.system_check import Probe, install_message, library_installed, missing_library_packages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

QT_HINT = (
    "Qt could not start: {error}. On Debian or Ubuntu install the libraries with: "
    "sudo apt-get install -y libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"
)


OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen_notice() -> None:
    """Drop the offscreen platform's harmless notice (stack-notes.md §7) from snapshot runs; keep the rest."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: object, message: str) -> None:
        if message != OFFSCREEN_NOTICE:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def sample_case() -> Path:
    """The built-in sample member's case file."""
    return Path(str(resources.files("scers_desktop.resources").joinpath("sample.scers.json")))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scers-desktop", description=f"{APP_NAME}: unofficial SCERS pension estimates."
    )
    parser.add_argument("case", nargs="?", help="a case file (*.scers.json) to open")
    parser.add_argument(
        "--snapshot", metavar="OUT_DIR", help="render every page of the case (or the sample) to PNG files and exit"
    )
    parser.add_argument("--kiosk", action="store_true", help="run as a public kiosk: full screen, nothing kept")
    parser.add_argument(
        "--kiosk-config", metavar="FILE", help="the kiosk's settings file (staff PIN, printer, idle time)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def uses_x_display() -> bool:
    """Whether Qt will open its windows through the xcb plugin (an X display, not Wayland or offscreen)."""
    platform = os.environ.get("QT_QPA_PLATFORM")
    if platform:
        return platform == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def main(argv: Sequence[str] | None = None, probe: Probe = library_installed) -> int:
    """Entry point of the ``scers-desktop`` script (``probe`` says whether a system library is installed)."""
    args = _parser().parse_args(argv)
    try:
        kiosk_config = load_config(find_config(args.kiosk_config))
    except KioskConfigError as error:
        print(f"The kiosk settings cannot be used: {error}")
        return 2
    kiosk = args.kiosk or kiosk_config.default
    if args.snapshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if (
        not args.snapshot
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        print("No display found: run on a desktop, or render the screens with: scers-desktop --snapshot out/")
        return 2
    if sys.platform.startswith("linux") and uses_x_display():
        missing = missing_library_packages(for_display=True, probe=probe)
        if missing:
            print(install_message(missing))
            return 2
    try:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QApplication
    except ImportError as error:
        print(QT_HINT.format(error=error))
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("SCERS Desktop")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources.files("scers_desktop.resources").joinpath("icon.png"))))
    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    if args.snapshot:
        _quiet_offscreen_notice()
    return _run_kiosk(app, args, kiosk_config) if kiosk else _run_desktop(app, args, data)


def _run_kiosk(app: "QApplication", args: argparse.Namespace, config: KioskConfig) -> int:
    """The kiosk window, full screen (or its pictures, with --snapshot)."""
    from scers_desktop.ui.kiosk import KioskWindow

    window = KioskWindow(config)
    if args.snapshot:
        from scers_desktop.ui.snapshot import render_kiosk_snapshots

        files = render_kiosk_snapshots(window, sample_case(), Path(args.snapshot))
        print(f"Wrote {len(files)} pictures to {args.snapshot}")
        return 0
    window.show_kiosk()
    return app.exec()


def _run_desktop(app: "QApplication", args: argparse.Namespace, data: Path) -> int:
    """The desktop window with the case given (or pictures of every page, with --snapshot)."""
    from scers_desktop.ui.main_window import MainWindow

    if args.snapshot:
        from scers_desktop.ui.snapshot import render_snapshots

        window = MainWindow(data, recover=False)
        window.open_path(Path(args.case) if args.case else sample_case())
        window.show()
        files = render_snapshots(window, Path(args.snapshot))
        print(f"Wrote {len(files)} pictures to {args.snapshot}")
        window.hide()
        return 0
    window = MainWindow(data)
    if args.case:
        window.open_path(Path(args.case))
    window.show()
    return app.exec()


def run() -> None:
    """The ``scers-desktop`` console script."""
    raise SystemExit(main())


if __name__ == "__main__":
    run()
