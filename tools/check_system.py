"""Check the system prerequisites before set-up, and say in one line what to install.

Runs with the system Python, before any virtual environment exists, so it uses the standard library
only and loads ``scers_desktop/system_check.py`` (the library list and the message the app prints too)
by its file path. It also needs Python 3.11 and the ``venv`` module's pip bootstrap (``ensurepip``).
"""

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

SYSTEM_CHECK = Path(__file__).resolve().parent.parent / "scers_desktop" / "system_check.py"


def _load_system_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scers_system_check", SYSTEM_CHECK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


system_check = _load_system_check()


def module_available(name: str) -> bool:
    """Whether this Python can import the module (the probe used outside tests)."""
    return importlib.util.find_spec(name) is not None


def missing_packages(
    for_display: bool = False,
    probe: Callable[[str], bool] = system_check.library_installed,
    has_module: Callable[[str], bool] = module_available,
) -> list[str]:
    """Debian packages to install first: the venv package, then Qt's libraries (X libraries for a display)."""
    if sys.version_info[:2] < (3, 11):  # noqa: UP036 - runs under whatever python3 the machine has
        print(f"SCERS Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
        raise SystemExit(1)
    missing = [] if has_module("ensurepip") else [f"python3.{sys.version_info.minor}-venv"]
    return missing + system_check.missing_library_packages(for_display, probe)


def main(
    argv: list[str] | None = None,
    probe: Callable[[str], bool] = system_check.library_installed,
    has_module: Callable[[str], bool] = module_available,
) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    missing = missing_packages("--display" in arguments, probe, has_module)
    if missing:
        print(system_check.install_message(missing))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
