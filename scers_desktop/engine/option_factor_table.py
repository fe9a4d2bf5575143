"""SCERS's own option factors from a CSV table a counselor office installs (issue 15).

SCERS publishes no option factors, so the engine values options on its own basis
(:mod:`.option_factors`). SCERS staff have the Board-adopted tables; a table in this form replaces
the engine's factor for every option and age it covers:

    # title: SCERS option factors (Board-adopted)
    # effective: 2026-01-01
    option,member_age,beneficiary_age,factor
    C10,62,,0.9712
    E,62,60,0.8655

- ``option``: A, B, C5, C10, C15, C20 (single-life: ``beneficiary_age`` empty), D or E (joint:
  ``beneficiary_age`` given), the codes of the JSON ``options[].code``;
- ``member_age`` and ``beneficiary_age``: completed years of age on the retirement date, whole numbers;
- ``factor``: the option's monthly amount as a share of the unmodified benefit, 0 < factor <= 1.

Lines starting with ``#`` are comments; ``# title:`` and ``# effective:`` name the table in the
estimate. Each option's ages run without a gap (for D and E every member age has the same run of
beneficiary ages), so an age inside the table always has a factor and one outside it is said so.
Anything else is refused with the line and column named (:class:`OptionFactorError`), before any
estimate uses the table: a table is used whole or not at all.
"""

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from scers_desktop.engine.errors import ScenarioError
from scers_desktop.engine.limits import MAX_TEXT_CHARS, plain_number, shown
from scers_desktop.engine.scenario_file import read_small_file

COLUMNS = ("option", "member_age", "beneficiary_age", "factor")
SINGLE_LIFE = ("A", "B", "C5", "C10", "C15", "C20")
JOINT = ("D", "E")
#: Ages a table row may hold (completed years).
MIN_AGE, MAX_AGE = 0, 120

Key = tuple[str, int, int | None]


class OptionFactorError(ValueError):
    """A factor table that cannot be used: the file, line and column, and what is wrong."""


@dataclass(frozen=True)
class OptionFactorTable:
    """A loaded table: its file name, the title and effective date it carries, and the factors."""

    name: str
    title: str | None
    effective: str | None
    factors: Mapping[Key, Decimal]

    @cached_property
    def codes(self) -> frozenset[str]:
        """The options the table covers (found once: every option of every estimate asks)."""
        return frozenset(code for code, _, _ in self.factors)

    def factor(self, code: str, member_age: int, beneficiary_age: int | None) -> Decimal | None:
        """The factor for this option and these completed ages; None when the table has no such row."""
        return self.factors.get((code, member_age, beneficiary_age if code in JOINT else None))

    def ages(self, code: str) -> tuple[tuple[int, int], tuple[int, int] | None]:
        """The member ages (first, last) the table covers for ``code``, and the beneficiary ages for D and E."""
        members = [m for c, m, _ in self.factors if c == code]
        others = [b for c, _, b in self.factors if c == code and b is not None]
        return (min(members), max(members)), ((min(others), max(others)) if others else None)


def _age(text: str, where: str, column: str) -> int:
    if not text.isdigit() or len(text) > 3 or not MIN_AGE <= int(text) <= MAX_AGE:
        raise OptionFactorError(
            f"{where}, column {column}: '{shown(text)}' is not a completed age (a whole number {MIN_AGE}-{MAX_AGE})"
        )
    return int(text)


def _factor(text: str, where: str) -> Decimal:
    try:
        number = plain_number(text)
    except ValueError as exc:
        raise OptionFactorError(f"{where}, column factor: {exc}") from None
    if not 0 < number <= 1:
        raise OptionFactorError(
            f"{where}, column factor: {shown(text)} is outside (0, 1]: a factor is the option's share of the "
            "unmodified benefit, more than 0 and at most 1"
        )
    return number


def _row(fields: list[str], where: str) -> tuple[Key, Decimal]:
    if len(fields) != len(COLUMNS):
        raise OptionFactorError(
            f"{where}: has {len(fields)} columns; every row has {len(COLUMNS)}: {','.join(COLUMNS)}"
        )
    code, member, beneficiary, factor = (f.strip() for f in fields)
    if code not in SINGLE_LIFE + JOINT:
        raise OptionFactorError(
            f"{where}, column option: unknown option '{shown(code)}' (known: {', '.join(SINGLE_LIFE + JOINT)})"
        )
    member_age = _age(member, where, "member_age")
    if code in JOINT and not beneficiary:
        raise OptionFactorError(f"{where}, column beneficiary_age: option {code} needs the beneficiary's age")
    if code not in JOINT and beneficiary:
        raise OptionFactorError(
            f"{where}, column beneficiary_age: must be empty for option {code} (it does not depend on a beneficiary)"
        )
    beneficiary_age = _age(beneficiary, where, "beneficiary_age") if beneficiary else None
    return (code, member_age, beneficiary_age), _factor(factor, where)


def _gaps(name: str, factors: Mapping[Key, Decimal]) -> None:
    """Refuse an option whose ages have a gap (an age inside the table without a factor)."""
    for code in sorted({c for c, _, _ in factors}):
        members = sorted({m for c, m, _ in factors if c == code})
        for age in range(members[0], members[-1] + 1):
            if age not in members:
                raise OptionFactorError(
                    f"{name}: option {code} has no row for member age {age} (its member ages run "
                    f"{members[0]} to {members[-1]}; every age between needs a row)"
                )
        if code not in JOINT:
            continue
        others = sorted({b for c, _, b in factors if c == code and b is not None})
        for member in members:
            for other in range(others[0], others[-1] + 1):
                if (code, member, other) not in factors:
                    raise OptionFactorError(
                        f"{name}: option {code}, member age {member} has no row for beneficiary age {other} "
                        f"(its beneficiary ages run {others[0]} to {others[-1]} for every member age)"
                    )


def parse_option_factors(text: str, name: str) -> OptionFactorTable:
    """A table from the text of a CSV file called ``name``; :class:`OptionFactorError` names what is wrong."""
    title = effective = None
    header_seen = False
    factors: dict[Key, Decimal] = {}
    lines_of: dict[Key, int] = {}
    # Lines end at "\n" only (as an editor counts them), so the line named is the line a person finds.
    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.removesuffix("\r")
        where = f"{name} line {number}"
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            comment = stripped[1:].strip()
            label, _, value = comment.partition(":")
            if label.strip().lower() in ("title", "effective") and value.strip():
                if len(value.strip()) > MAX_TEXT_CHARS:
                    raise OptionFactorError(
                        f"{where}: the {label.strip().lower()} is longer than {MAX_TEXT_CHARS} characters"
                    )
                if label.strip().lower() == "title":
                    title = value.strip()
                else:
                    effective = value.strip()
            continue
        try:
            fields = next(csv.reader([line], strict=True))
        except csv.Error as exc:
            raise OptionFactorError(f"{where}: is not a CSV row ({exc})") from None
        if not header_seen:
            if tuple(f.strip().lower() for f in fields) != COLUMNS:
                raise OptionFactorError(
                    f"{where}: the first row must name the columns {','.join(COLUMNS)}, not '{shown(line)}'"
                )
            header_seen = True
            continue
        key, factor = _row(fields, where)
        if key in factors:
            raise OptionFactorError(f"{where}: repeats the row for {_key_text(key)} (first on line {lines_of[key]})")
        factors[key], lines_of[key] = factor, number
    if not factors:
        raise OptionFactorError(f"{name}: has no factor rows (columns {','.join(COLUMNS)})")
    _gaps(name, factors)
    return OptionFactorTable(name, title, effective, MappingProxyType(factors))


def _key_text(key: Key) -> str:
    code, member, beneficiary = key
    return f"option {code}, member age {member}" + ("" if beneficiary is None else f", beneficiary age {beneficiary}")


def load_option_factors(path: str | Path) -> OptionFactorTable:
    """Read a factor table file (a regular file of at most ``MAX_FILE_BYTES``, UTF-8) and check it whole."""
    name = Path(path).name
    try:
        data = read_small_file(path, "option factor table")
    except ScenarioError as exc:
        raise OptionFactorError(f"{name}: {exc.problems[0].message}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise OptionFactorError(f"{name} line {line}: is not UTF-8 text") from None
    if "\x00" in text:
        raise OptionFactorError(f"{name} line {text[: text.index(chr(0))].count(chr(10)) + 1}: holds a NUL byte")
    return parse_option_factors(text, name)
