"""Kiosk settings and the idle timer, without Qt (issue 7).

The kiosk reads a small TOML file that staff control (never the member):

    default = true            # start in kiosk mode even without --kiosk (set by an installer)
    staff_pin_hash = "pbkdf2_sha256$600000$…$…"   # Alt+F4 / Ctrl+Q ask for the PIN (recommended form)
    staff_pin = "4821"        # or the PIN itself; neither set means the kiosk cannot be closed
    printer = "Lobby-HP"      # the printer estimates go to, with no dialog ("" = the system default)
    idle_minutes = 3          # idle time before the warning
    warning_seconds = 30      # the countdown (at least 20, WCAG 2.2.1)
    option_factors = "option-factors.csv"   # SCERS's own option factors (README); relative to this file

Every value has one type: ``default`` is true or false (not "false"), ``idle_minutes`` a number (not
true), the PIN, printer and factor-table strings; anything else is refused with the key named. The
factor table is read and checked whole when the kiosk starts: a bad table stops the start with its line
named, so a lobby machine never shows estimates from half a table. Make the PIN hash with
``python -m scers_desktop.session.kiosk --hash-pin`` (asks for the PIN without echo).

Looked up in this order: the --kiosk-config path, $SCERS_KIOSK_CONFIG, then /etc/scers-desktop/kiosk.toml
(%PROGRAMDATA%\\SCERS Desktop\\kiosk.toml on Windows).
"""

import getpass
import hashlib
import hmac
import os
import secrets
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from scers_desktop.engine.option_factor_table import OptionFactorError, OptionFactorTable, load_option_factors

MIN_WARNING_SECONDS = 20
PIN_HASH_SCHEME = "pbkdf2_sha256"
PIN_HASH_ITERATIONS = 600_000


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
    staff_pin_hash: str = ""
    #: SCERS's own option factors named by ``option_factors`` (None: the approximate valuation).
    option_factors: OptionFactorTable | None = None

    @property
    def can_close(self) -> bool:
        """Whether staff can close the kiosk at all (a PIN or its hash is set)."""
        return bool(self.staff_pin or self.staff_pin_hash)

    def pin_matches(self, pin: str) -> bool:
        """Whether ``pin`` is the staff PIN, compared in constant time (against the hash when there is one)."""
        if self.staff_pin_hash:
            return verify_pin(pin, self.staff_pin_hash)
        return bool(self.staff_pin) and hmac.compare_digest(pin.encode(), self.staff_pin.encode())


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = PIN_HASH_ITERATIONS) -> str:
    """``pbkdf2_sha256$iterations$salt$hash`` (hex) for a kiosk file's ``staff_pin_hash``."""
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"{PIN_HASH_SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def _parse_hash(text: str) -> tuple[int, bytes, bytes] | None:
    parts = text.split("$")
    if len(parts) != 4 or parts[0] != PIN_HASH_SCHEME or not parts[1].isdigit() or int(parts[1]) < 1:
        return None
    try:
        return int(parts[1]), bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
    except ValueError:
        return None


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` hashes to ``stored`` (a malformed hash matches nothing)."""
    parsed = _parse_hash(stored)
    if parsed is None:
        return False
    iterations, salt, expected = parsed
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations), expected)


KEY_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "default": ((bool,), "true or false"),
    "staff_pin": ((str,), "a quoted string"),
    "staff_pin_hash": ((str,), "a quoted string"),
    "printer": ((str,), "a quoted string"),
    "idle_minutes": ((int, float), "a number of minutes"),
    "warning_seconds": ((int,), "a whole number of seconds"),
    "option_factors": ((str,), "a quoted path to the option factor table (CSV)"),
}


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
    unknown = set(raw) - set(KEY_TYPES)
    if unknown:
        raise KioskConfigError(f"{path}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(KEY_TYPES))})")
    for key, (kinds, wanted) in KEY_TYPES.items():
        # bool is a subclass of int in Python; in this file true is never a number.
        value = raw.get(key)
        if value is not None and (not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds)):
            raise KioskConfigError(f"{path}: {key} must be {wanted}, not {value!r}")
    minutes = raw.get("idle_minutes", 3)
    warning = raw.get("warning_seconds", 30)
    if minutes <= 0:
        raise KioskConfigError(f"{path}: idle_minutes must be a positive number")
    if warning < MIN_WARNING_SECONDS:
        raise KioskConfigError(f"{path}: warning_seconds must be at least {MIN_WARNING_SECONDS} (WCAG 2.2.1)")
    pin_hash = raw.get("staff_pin_hash", "")
    if pin_hash and _parse_hash(pin_hash) is None:
        raise KioskConfigError(
            f"{path}: staff_pin_hash must look like {PIN_HASH_SCHEME}$iterations$salt$hash "
            "(make one with: python -m scers_desktop.session.kiosk --hash-pin)"
        )
    table = None
    if raw.get("option_factors"):
        try:
            table = load_option_factors(path.parent / raw["option_factors"])
        except OptionFactorError as error:
            raise KioskConfigError(f"{path}: option_factors: {error}") from None
    return KioskConfig(
        default=raw.get("default", False),
        staff_pin=raw.get("staff_pin", ""),
        printer=raw.get("printer", ""),
        idle_seconds=round(minutes * 60),
        warning_seconds=warning,
        staff_pin_hash=pin_hash,
        option_factors=table,
    )


class IdleState(Enum):
    """Where the idle timer stands."""

    ACTIVE = "active"  # the member is there
    WARNING = "warning"  # the countdown shows
    EXPIRED = "expired"  # time to wipe the session


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

    def state(self) -> tuple[IdleState, int]:
        """The state and, while the warning shows, the whole seconds left (0 otherwise)."""
        idle = self.clock() - self.last_activity
        if idle < self.idle_seconds:
            return IdleState.ACTIVE, 0
        left = self.idle_seconds + self.warning_seconds - idle
        if left > 0:
            return IdleState.WARNING, int(left + 0.999)
        return IdleState.EXPIRED, 0


class PinGate:
    """Wrong staff PINs make the next try wait longer: 1 s after the third wrong try, doubling to 5 minutes.

    ``clock`` returns seconds (``time.monotonic`` in the app, a fake in tests). A right PIN resets the count.
    """

    FREE_TRIES = 3
    FIRST_DELAY = 1.0
    MAX_DELAY = 300.0

    def __init__(self, config: KioskConfig, clock: Callable[[], float]) -> None:
        self.config = config
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def wait_left(self) -> float:
        """Seconds before another PIN may be tried (0 when one may be tried now)."""
        return max(0.0, self.locked_until - self.clock())

    def delay_after(self, failures: int) -> float:
        """The wait after this many wrong tries in a row."""
        if failures < self.FREE_TRIES:
            return 0.0
        return min(self.MAX_DELAY, self.FIRST_DELAY * 2.0 ** (failures - self.FREE_TRIES))

    def attempt(self, pin: str) -> bool:
        """Try a PIN: False while a wait is running (the PIN is not even checked) or when it is wrong."""
        if self.wait_left() > 0:
            return False
        if self.config.pin_matches(pin):
            self.failures = 0
            return True
        self.failures += 1
        self.locked_until = self.clock() + self.delay_after(self.failures)
        return False


def main(argv: list[str] | None = None) -> int:
    """``--hash-pin``: ask for a PIN twice without echo and print the line for the kiosk file."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["--hash-pin"]:
        print("usage: python -m scers_desktop.session.kiosk --hash-pin", file=sys.stderr)
        return 2
    pin = getpass.getpass("Staff PIN: ")
    if not pin or pin != getpass.getpass("Again: "):
        print("The PINs were empty or did not match; nothing made.", file=sys.stderr)
        return 1
    print(f'staff_pin_hash = "{hash_pin(pin)}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
