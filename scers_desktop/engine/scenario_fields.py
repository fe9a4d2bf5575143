"""Reading one scenario file's objects field by field, each problem recorded under its path.

:class:`Reader` checks an object's keys against the model's (:func:`~scers_desktop.engine.model.file_keys`)
and converts each value; the ``read_*`` functions read one section of the file (scenario-format.md §1).
"""

import bisect
import itertools
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from scers_desktop.engine.errors import FieldProblem
from scers_desktop.engine.limits import MAX_LIST_ITEMS, MAX_TEXT_CHARS, plain_number, shown
from scers_desktop.engine.model import (
    EmploymentPeriod,
    Leave,
    LeaveKind,
    Member,
    Plan,
    Purchase,
    PurchaseKind,
    Retirement,
    Salary,
    SalaryStep,
    Sex,
    file_keys,
)

EARLIEST_BIRTH = date(1900, 1, 1)
#: Every date in a file lies in these years: a retirement typed 2300 for 2030 is refused, and the
#: engine's projections (to age 120 past retirement) stay inside the calendar.
EARLIEST_DATE, LATEST_DATE = EARLIEST_BIRTH, date(2199, 12, 31)
#: Credited service starts no younger than this (service beyond age minus 14 cannot be).
YOUNGEST_WORKING_AGE = 14
#: A retirement (benefit start) older than this is a typing error.
OLDEST_RETIREMENT_AGE = 100
#: Unusual but possible: a warning, not an error.
UNUSUAL_RETIREMENT_AGE = 80
UNUSUAL_SERVICE_YEARS = Decimal(45)
#: Unknown keys of one object reported one by one; the rest are counted.
MAX_UNKNOWN_KEYS_SHOWN = 10
#: More credited service than anyone could have; guards against typing months as years.
MAX_SERVICE_YEARS = Decimal(60)
#: A monthly amount this large is a typing error (annual pay entered as monthly, an extra zero).
MAX_MONTHLY_DOLLARS = Decimal(100_000)
MAX_BALANCE_DOLLARS = Decimal(10_000_000)


T = TypeVar("T")


class Invalid(Exception):
    """Raised inside the reader to abandon one field; the problem is already recorded."""


class Reader:
    """Reads one JSON object field by field, recording problems under their paths."""

    def __init__(self, problems: list[FieldProblem], raw: Any, path: str, allowed: tuple[str, ...]) -> None:
        self.problems = problems
        self.path = path
        if not isinstance(raw, dict):
            self.fail("", "must be an object")
        self.raw: dict[str, Any] = raw
        unknown = [key for key in raw if key not in allowed]
        for key in unknown[:MAX_UNKNOWN_KEYS_SHOWN]:
            self.problems.append(
                FieldProblem(self.at(shown(key)), f"unknown field (expected one of: {', '.join(allowed)})")
            )
        if len(unknown) > MAX_UNKNOWN_KEYS_SHOWN:
            self.problems.append(
                FieldProblem(self.path or "(file)", f"{len(unknown) - MAX_UNKNOWN_KEYS_SHOWN:,} more unknown fields")
            )

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> None:
        self.problems.append(FieldProblem(self.at(key) if key else self.path, message))
        raise Invalid

    def get(self, key: str, convert: Callable[[Any], T], *, required: bool = False) -> T | None:
        """The converted value of ``key``, None when absent or invalid (the problem is recorded)."""
        if key not in self.raw or self.raw[key] is None:
            if required:
                self.problems.append(FieldProblem(self.at(key), "is required"))
            return None
        try:
            return convert(self.raw[key])
        except ValueError as exc:
            self.problems.append(FieldProblem(self.at(key), str(exc)))
            return None

    def child(self, key: str, allowed: tuple[str, ...]) -> "Reader | None":
        if key not in self.raw or self.raw[key] is None:
            return None
        try:
            return Reader(self.problems, self.raw[key], self.at(key), allowed)
        except Invalid:
            return None

    def items(self, key: str, allowed: tuple[str, ...]) -> list["Reader"]:
        value = self.raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(FieldProblem(self.at(key), "must be a list"))
            return []
        if len(value) > MAX_LIST_ITEMS:
            self.problems.append(
                FieldProblem(self.at(key), f"has {len(value):,} entries; at most {MAX_LIST_ITEMS:,} are allowed")
            )
            return []
        readers = []
        for i, item in enumerate(value):
            try:
                readers.append(Reader(self.problems, item, f"{self.at(key)}[{i}]", allowed))
            except Invalid:
                continue
        return readers


ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def as_date(value: Any) -> date:
    """A date written exactly YYYY-MM-DD (§1) in the years 1900 to 2199.

    ``date.fromisoformat`` alone also takes week dates (``2030-W18-3``), ``20300701`` and more in
    Python 3.11; those are refused, as are years no member's file can hold (issue 12).
    """
    if not isinstance(value, str):
        raise ValueError("must be a date written YYYY-MM-DD")
    if not ISO_DAY.fullmatch(value):
        raise ValueError(f"'{shown(value)}' must be written YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a real date written YYYY-MM-DD") from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(f"{value} is not a believable date (give a year from 1900 to 2199)")
    return day


def ranged(low: Decimal, high: Decimal, *, low_open: bool = False, what: str = "") -> Callable[[Any], Decimal]:
    def convert(value: Any) -> Decimal:
        number = plain_number(value)
        if number < low or (low_open and number == low):
            raise ValueError(f"must be more than {low}" if low_open else f"must not be negative{what}")
        if number > high:
            raise ValueError(f"must be at most {high:,}{what}")
        return number

    return convert


E = TypeVar("E", bound=StrEnum)


def choice(vocabulary: type[E]) -> Callable[[Any], E]:
    """One of a vocabulary's values, as its enum member."""
    choices = [member.value for member in vocabulary]

    def convert(value: Any) -> E:
        if not isinstance(value, str) or value not in choices:
            raise ValueError(f"must be one of {', '.join(repr(c) for c in choices)}")
        return vocabulary(value)

    return convert


def as_text(value: Any) -> str:
    """Free text, at most ``MAX_TEXT_CHARS`` characters (a 1 MB label took a minute to print)."""
    if not isinstance(value, str):
        raise ValueError("must be text")
    if len(value) > MAX_TEXT_CHARS:
        raise ValueError(f"is {len(value):,} characters long; at most {MAX_TEXT_CHARS} are allowed")
    return value


def as_flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def as_plan(value: Any) -> Plan:
    """ "1" or "2" (the whole numbers 1 and 2 too); not true (== 1 in Python) nor 1.0 (read as "1.0")."""
    if (type(value) is str or type(value) is int) and value in ("1", "2", 1, 2):
        return Plan(str(value))
    raise ValueError('must be "1" or "2"')


as_money = ranged(Decimal(0), MAX_MONTHLY_DOLLARS, what=" a month")
as_positive_money = ranged(Decimal(0), MAX_MONTHLY_DOLLARS, low_open=True, what=" a month")
as_years = ranged(Decimal(0), MAX_SERVICE_YEARS, what=" years")
as_rate = ranged(Decimal("-0.25"), Decimal("0.25"))


def read_member(r: Reader, plan2_from: date, today: date) -> Member | None:
    birth = r.get("birth_date", as_date, required=True)
    plan = r.get("plan", as_plan)
    membership = r.get("membership_date", as_date)
    if plan is None and membership is None and "plan" not in r.raw:
        r.problems.append(FieldProblem(r.at("plan"), 'give the plan ("1" or "2") or the membership_date'))
    if birth is not None and not EARLIEST_BIRTH <= birth <= today:
        r.problems.append(FieldProblem(r.at("birth_date"), f"{birth.isoformat()} is not a believable birth date"))
    if birth is not None and membership is not None and membership <= birth:
        r.problems.append(FieldProblem(r.at("membership_date"), "is on or before the birth date"))
    name, sex = r.get("name", as_text), r.get("sex", choice(Sex))
    if birth is None or (plan is None and membership is None):
        return None
    resolved = plan or (Plan.ONE if membership is not None and membership < plan2_from else Plan.TWO)
    return Member(birth, resolved, plan is not None, membership, name, sex)


def read_retirement(r: Reader, birth: date | None) -> Retirement | None:
    when = r.get("date", as_date, required=True)
    separation = r.get("separation_date", as_date)
    if when is None:
        return None
    if birth is not None and when <= birth:
        r.problems.append(FieldProblem(r.at("date"), "is on or before the member's birth date"))
    if separation is not None and separation >= when:
        r.problems.append(FieldProblem(r.at("separation_date"), "must be before the retirement date"))
    return Retirement(when, separation)


def read_employment(readers: list[Reader], birth: date | None) -> tuple[EmploymentPeriod, ...]:
    periods = []
    for r in readers:
        start, end = r.get("start", as_date, required=True), r.get("end", as_date)
        fte = r.get("fte", ranged(Decimal(0), Decimal(1), low_open=True))
        temporary = r.get("temporary_premium_pay", as_flag)
        if start is None:
            continue
        if end is not None and end < start:
            r.problems.append(FieldProblem(r.at("end"), f"{end.isoformat()} is before the start {start.isoformat()}"))
            continue
        if birth is not None and start <= birth:
            r.problems.append(FieldProblem(r.at("start"), "is on or before the member's birth date"))
        elif birth is not None and start < birthday(birth, YOUNGEST_WORKING_AGE):
            r.problems.append(FieldProblem(r.at("start"), f"is before the member's {YOUNGEST_WORKING_AGE}th birthday"))
        periods.append((r.path, EmploymentPeriod(start, end, Decimal(1) if fte is None else fte, bool(temporary))))
    # Sort and sweep (O(n log n), issue 12): a period overlaps when it starts before the latest end so far.
    latest: EmploymentPeriod | None = None
    for path, period in sorted(periods, key=lambda p: p[1].start):
        if latest is not None and (latest.end is None or period.start <= latest.end):
            readers[0].problems.append(
                FieldProblem(f"{path}.start", f"overlaps the period that starts {latest.start.isoformat()}")
            )
        if latest is None or (latest.end is not None and (period.end is None or period.end > latest.end)):
            latest = period
    return tuple(p for _, p in periods)


def birthday(birth: date, age: int) -> date:
    """The day the member turns ``age`` (29 February birthdays fall on 1 March in common years)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 3, 1)


def read_leaves(readers: list[Reader], employment: tuple[EmploymentPeriod, ...]) -> tuple[Leave, ...]:
    leaves: list[tuple[str, Leave]] = []
    periods = sorted(employment, key=lambda p: p.start)
    starts = [p.start for p in periods]
    reach = list(itertools.accumulate((p.end or LATEST_DATE for p in periods), max))
    for r in readers:
        start, end = r.get("start", as_date, required=True), r.get("end", as_date, required=True)
        kind = r.get("kind", choice(LeaveKind), required=True)
        purchased = r.get("purchased", as_flag)
        if start is None or end is None or kind is None:
            continue
        if end < start:
            r.problems.append(FieldProblem(r.at("end"), f"{end.isoformat()} is before the start {start.isoformat()}"))
            continue
        if employment and not inside(start, end, starts, reach):
            r.problems.append(FieldProblem(r.path, "must lie inside one employment period"))
        leaves.append((r.path, Leave(start, end, kind, bool(purchased))))
    # Sort and sweep (O(n log n), issue 12): a leave overlaps when it starts on or before the latest end so far.
    latest_end: date | None = None
    for path, leave in sorted(leaves, key=lambda x: x[1].start):
        if latest_end is not None and leave.start <= latest_end:
            readers[0].problems.append(FieldProblem(path, "two leaves overlap; enter each day once"))
        latest_end = leave.end if latest_end is None else max(latest_end, leave.end)
    return tuple(leave for _, leave in leaves)


def inside(start: date, end: date, starts: list[date], reach: list[date]) -> bool:
    """Whether [start, end] lies inside one employment period, by binary search (O(log n), issue 12).

    ``starts`` are the periods' starts in order and ``reach[i]`` the latest end among the first i + 1
    (``LATEST_DATE`` for one still open): some period starting on or before ``start`` ends on or after
    ``end`` exactly when the reach of the last such period does.
    """
    at = bisect.bisect_right(starts, start) - 1
    return at >= 0 and end <= reach[at]


def _ticked_leave(kind: PurchaseKind, leaves: tuple[Leave, ...]) -> int | None:
    """The number (from 1) of a leave ticked Bought back that a leave purchase row of ``kind`` would buy
    a second time (a military leave for ``military_leave``, any other buyable leave for ``leave``)."""
    military = kind is PurchaseKind.MILITARY_LEAVE
    for i, leave in enumerate(leaves):
        if leave.purchased and leave.kind.buyable and (leave.kind is LeaveKind.MILITARY) == military:
            return i + 1
    return None


def read_purchases(
    readers: list[Reader], military_max: Decimal, leaves: tuple[Leave, ...] = ()
) -> tuple[Purchase, ...]:
    """The purchase rows. A leave bought back has one model, the leave's Bought back tick (which the
    engine credits and prices): a leave purchase row beside a ticked leave of its kind is refused, so the
    same leave is never credited or paid for twice."""
    purchases = []
    for r in readers:
        kind = r.get("kind", choice(PurchaseKind), required=True)
        years = r.get("service_years", as_years, required=True)
        amount = r.get("withdrawn_amount", ranged(Decimal(0), MAX_BALANCE_DOLLARS))
        withdrawn, repaid = r.get("withdrawal_date", as_date), r.get("repaid_date", as_date)
        if kind is None or years is None:
            continue
        if kind is PurchaseKind.MILITARY_PRIOR and years > military_max:
            r.problems.append(
                FieldProblem(
                    r.at("service_years"),
                    f"prior military service can be bought for up to {military_max} years",
                )
            )
        twice = _ticked_leave(kind, leaves) if kind in (PurchaseKind.LEAVE, PurchaseKind.MILITARY_LEAVE) else None
        if twice is not None:
            r.problems.append(
                FieldProblem(
                    r.at("kind"),
                    f"leave {twice} is already ticked Bought back, which buys it back and prices it; remove this "
                    "purchase row, or untick the leave if this row is for another leave with no dates entered",
                )
            )
        if withdrawn is not None and repaid is not None and repaid < withdrawn:
            r.problems.append(FieldProblem(r.at("repaid_date"), "is before the withdrawal date"))
        purchases.append(Purchase(kind, years, amount, withdrawn, repaid))
    return tuple(purchases)


def read_salary(r: Reader) -> Salary | None:
    steps: list[SalaryStep] = []
    for step in r.items("history", file_keys(SalaryStep)):
        start, monthly = (
            step.get("from", as_date, required=True),
            step.get("monthly", as_positive_money, required=True),
        )
        if start is not None and monthly is not None:
            if steps and start <= steps[-1].start:
                r.problems.append(FieldProblem(f"{step.path}.from", "pay steps must be in date order, one per date"))
            steps.append(SalaryStep(start, monthly))
    growth = r.get("growth_rate", as_rate)
    if "history" not in r.raw:
        r.problems.append(FieldProblem(r.at("history"), "is required (at least one pay rate)"))
    return Salary(tuple(steps), growth) if steps else None
