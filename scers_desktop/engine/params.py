"""One strict loader for the engine's TOML data files (architecture.md idea 1).

Every number a rule uses comes from a cited file in ``engine/data``. A file is read through
:class:`Table`: the engine asks for each key by name and type, and :func:`load` then checks that
every key of every table was asked for. A missing key, a value of the wrong type and a key nobody
reads (a typo, or a rule the engine would silently ignore) are each a :class:`PlanDataError` naming
the file and the key; TOML itself refuses a duplicate key. Files are read through
:mod:`importlib.resources`, so a source tree, a wheel and a frozen app read them alike.
"""

import tomllib
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any, TypeVar

from scers_desktop.engine.errors import PlanDataError

DATA_PACKAGE = "scers_desktop.engine.data"
T = TypeVar("T")


def read_data_text(name: str) -> str:
    """Text of a file in ``engine/data``."""
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


class Table:
    """One TOML table, read key by key; remembers which keys were read."""

    def __init__(self, raw: Any, where: str, opened: list["Table"]) -> None:
        if not isinstance(raw, dict):
            raise PlanDataError(f"{where}: must be a table")
        self.raw: dict[str, Any] = raw
        self.where = where
        self.read: set[str] = set()
        self._opened = opened
        opened.append(self)

    def fail(self, key: str, message: str) -> PlanDataError:
        """The error for ``key`` of this table."""
        return PlanDataError(f"{self.where}: '{key}' {message}")

    def documentation(self, *keys: str) -> None:
        """Keys that document the data for people (a description, a citation): required, used by no rule."""
        for key in keys:
            self.text(key)

    def has(self, key: str) -> bool:
        """Whether the table holds ``key`` (an optional key)."""
        return key in self.raw

    def value(self, key: str) -> Any:
        """The raw value of a required key."""
        if key not in self.raw:
            raise PlanDataError(f"{self.where}: missing '{key}'")
        self.read.add(key)
        return self.raw[key]

    def text(self, key: str) -> str:
        """A required text."""
        value = self.value(key)
        if not isinstance(value, str):
            raise self.fail(key, "must be text")
        return value

    def decimal(self, key: str) -> Decimal:
        """A required number, exact: written as a string ("0.1003") or a whole number."""
        return self.number(key, self.value(key))

    def number(self, key: str, value: Any) -> Decimal:
        """``value`` (found under ``key``) as an exact number; "1/3" is a fraction."""
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.fail(key, f"must be a number written as text or a whole number, not {value!r}")
        try:
            if isinstance(value, str) and "/" in value:
                numerator, denominator = value.split("/")
                return Decimal(numerator) / Decimal(denominator)
            return Decimal(value)
        except (InvalidOperation, ValueError, ArithmeticError):
            raise self.fail(key, f"'{value}' is not a number") from None

    def optional_decimal(self, key: str) -> Decimal | None:
        """A number that may be left out."""
        return self.decimal(key) if self.has(key) else None

    def integer(self, key: str) -> int:
        """A required whole number."""
        value = self.value(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "must be a whole number")
        return value

    def flag(self, key: str) -> bool:
        """A required true or false."""
        value = self.value(key)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def day(self, key: str) -> date:
        """A required date, written "YYYY-MM-DD"."""
        value = self.value(key)
        try:
            return date.fromisoformat(value) if isinstance(value, str) else _as_date(value)
        except ValueError:
            raise self.fail(key, f"'{value}' is not a YYYY-MM-DD date") from None

    def array(self, key: str) -> list[Any]:
        """A required array."""
        value = self.value(key)
        if not isinstance(value, list):
            raise self.fail(key, "must be an array")
        return value

    def table(self, key: str) -> "Table":
        """A required sub-table."""
        return Table(self.value(key), f"{self.where}.{key}", self._opened)

    def tables(self, key: str) -> list["Table"]:
        """A required array of tables."""
        return [Table(item, f"{self.where}.{key}[{i}]", self._opened) for i, item in enumerate(self.array(key))]

    def entries(self) -> Iterator[tuple[str, "Table"]]:
        """Every key of this table, each a sub-table (``[plan.1]``, ``[plan.2]``)."""
        for key in list(self.raw):
            yield key, self.table(key)

    def unread(self) -> list[str]:
        """The keys nobody asked for."""
        return sorted(set(self.raw) - self.read)


def _as_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    raise ValueError


def load(name: str, read: Callable[[Table], T], text: str | None = None) -> T:
    """Read the data file ``name`` (or ``text`` given for it) with ``read``, strictly.

    After ``read`` has built its typed result, every table it opened must have had all its keys read.
    """
    try:
        raw = tomllib.loads(read_data_text(name) if text is None else text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PlanDataError(f"{name}: {exc}") from exc
    opened: list[Table] = []
    result = read(Table(raw, name, opened))
    for table in opened:
        if unread := table.unread():
            raise PlanDataError(f"{table.where}: unknown key{'s' if len(unread) > 1 else ''} {', '.join(unread)}")
    return result
