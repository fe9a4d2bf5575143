"""Kiosk settings and the idle timer, without Qt (issue 7).

The kiosk reads a small TOML file that staff control (never the member):

    default = true            # start in kiosk mode even without --kiosk (set by an installer)
    staff_pin = "4821"        # Alt+F4 / Ctrl+Q ask for it; empty means the kiosk cannot be closed
    printer = "Lobby-HP"      # the printer estimates go to, with no dialog ("" = the system default)
    idle_minutes = 3          # idle time before the warning
    warning_seconds = 30      # the countdown (at least 20, WCAG 2.2.1)

Looked up in this order: the --kiosk-config path, $SCERS_KIOSK_CONFIG, then /etc/scers-desktop/kiosk.toml
(%PROGRAMDATA%\\SCERS Desktop\\kiosk.toml on Windows).
"""

import os
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MIN_WARNING_SECONDS = 20


class KioskConfigError(ValueError):
    """A kiosk file that cannot be used, with the key and what is wrong."""


@dataclass(frozen=True)
class KioskConfig:
    """What staff set for the lobby machine."""

    default: bool = False
    staff_pin: str = ""
    printer: str = ""
    idle_seconds: int = 180
    warning_seconds: int = 30


def system_config_path() -> Path:
    """Where an installer puts the kiosk file."""
    if sys.platform.startswith("win"):
        return Path(os.environ.get("PROGRAMDATA", r"C:\\ProgramData")) / "SCERS Desktop" / "kiosk.toml"
    return Path("/etc/scers-desktop/kiosk.toml")


def find_config(explicit: str | None) -> Path | None:
    """The kiosk file to use, if there is one."""
    for candidate in (explicit, os.environ.get("SCERS_KIOSK_CONFIG"), str(system_config_path())):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def load_config(path: Path | None) -> KioskConfig:
    """Read a kiosk file (defaults when there is none); raise KioskConfigError naming the key."""
    if path is None:
        return KioskConfig()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise KioskConfigError(f"{path}: {error}") from None
    known = {"default", "staff_pin", "printer", "idle_minutes", "warning_seconds"}
    unknown = set(raw) - known
    if unknown:
        raise KioskConfigError(f"{path}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(known))})")
    minutes = raw.get("idle_minutes", 3)
    warning = raw.get("warning_seconds", 30)
    if not isinstance(minutes, int | float) or minutes <= 0:
        raise KioskConfigError(f"{path}: idle_minutes must be a positive number")
    if not isinstance(warning, int) or warning < MIN_WARNING_SECONDS:
        raise KioskConfigError(f"{path}: warning_seconds must be at least {MIN_WARNING_SECONDS} (WCAG 2.2.1)")
    return KioskConfig(
        default=bool(raw.get("default", False)),
        staff_pin=str(raw.get("staff_pin", "")),
        printer=str(raw.get("printer", "")),
        idle_seconds=round(minutes * 60),
        warning_seconds=warning,
    )


class IdleTimer:
    """Counts idle time from a clock: active, then a warning with seconds left, then expired.

    ``clock`` returns seconds (``time.monotonic`` in the app, a fake in tests).
    """

    def __init__(self, clock: Callable[[], float], idle_seconds: int, warning_seconds: int) -> None:
        self.clock = clock
        self.idle_seconds = idle_seconds
        self.warning_seconds = warning_seconds
        self.last_activity = clock()

    def activity(self) -> None:
        """The member did something: start counting again."""
        self.last_activity = self.clock()

    def state(self) -> tuple[str, int]:
        """('active', 0), ('warning', seconds left) or ('expired', 0)."""
        idle = self.clock() - self.last_activity
        if idle < self.idle_seconds:
            return "active", 0
        left = self.idle_seconds + self.warning_seconds - idle
        if left > 0:
            return "warning", int(left + 0.999)
        return "expired", 0
