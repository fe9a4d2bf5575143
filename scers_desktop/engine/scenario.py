"""The scenario: one member's situation and one retirement date (scenario-format.md §1).

:func:`parse_scenario` turns a JSON object into a typed, frozen :class:`Scenario`, reporting every
problem with its field path (unknown keys, bad dates, negative service, FTE outside (0, 1], an end
before its start, overlapping employment, a leave outside employment, a missing birth date ...).
:func:`load_scenario` reads a ``*.scers.json`` file; :func:`dump_scenario` writes one back.
"""

import bisect
import datetime
import itertools
import json
import os
import re
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from scers_desktop.engine.assumptions import SettingValue, parse_overrides
from scers_desktop.engine.errors import FieldProblem, ScenarioError
from scers_desktop.engine.limits import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_LIST_ITEMS,
    MAX_TEXT_CHARS,
    plain_number,
    shown,
)
from scers_desktop.engine.model import (
    EstimateType,
    FilingStatus,
    LeaveKind,
    Plan,
    PurchaseKind,
    Relationship,
    Sex,
)
from scers_desktop.engine.plan_data import rules_data

FORMAT = "scers-scenario/1"
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
TOO_DEEP = f"nests lists or objects more than {MAX_DEPTH} levels deep"
#: Unknown keys of one object reported one by one; the rest are counted.
MAX_UNKNOWN_KEYS_SHOWN = 10
#: More credited service than anyone could have; guards against typing months as years.
MAX_SERVICE_YEARS = Decimal(60)
#: A monthly amount this large is a typing error (annual pay entered as monthly, an extra zero).
MAX_MONTHLY_DOLLARS = Decimal(100_000)
MAX_BALANCE_DOLLARS = Decimal(10_000_000)


@dataclass(frozen=True)
class Member:
    """The member: ``plan`` is always resolved ('1' or '2'), from the file or the membership date."""

    birth_date: date
    plan: Plan
    plan_given: bool
    membership_date: date | None = None
    name: str | None = None
    sex: Sex | None = None


@dataclass(frozen=True)
class Retirement:
    """The benefit start date and the last day in City service (default: the day before)."""

    date: datetime.date
    separation_date: datetime.date | None = None


@dataclass(frozen=True)
class Quick:
    """The counselor shortcut: credited service and final average salary, given directly."""

    service_years: Decimal
    final_average_salary_monthly: Decimal


@dataclass(frozen=True)
class EmploymentPeriod:
    """A period of City service; ``end`` None means still working (projected to separation)."""

    start: date
    end: date | None
    fte: Decimal = Decimal(1)


@dataclass(frozen=True)
class Leave:
    """A leave inside employment: no credit unless ``purchased``."""

    start: date
    end: date
    kind: LeaveKind
    purchased: bool = False


@dataclass(frozen=True)
class Purchase:
    """A buyback or redeposit adding ``service_years`` of credit."""

    kind: PurchaseKind
    service_years: Decimal
    withdrawn_amount: Decimal | None = None
    withdrawal_date: date | None = None
    repaid_date: date | None = None


@dataclass(frozen=True)
class SalaryStep:
    """The monthly pay rate from ``start`` until the next step."""

    start: date
    monthly: Decimal


@dataclass(frozen=True)
class Salary:
    """Pay as a step function; ``growth_rate`` projects it past the last step (None: the default)."""

    history: tuple[SalaryStep, ...]
    growth_rate: Decimal | None = None


@dataclass(frozen=True)
class Contributions:
    """Accumulated contributions with interest, from the member's statement, and its date."""

    balance: Decimal
    as_of: date


@dataclass(frozen=True)
class Beneficiary:
    """The person who would receive survivor payments."""

    birth_date: date
    relationship: Relationship
    sex: Sex | None = None


@dataclass(frozen=True)
class SocialSecurity:
    """The Social Security estimate at the age Option F uses."""

    monthly_at_ss_age: Decimal


@dataclass(frozen=True)
class Portability:
    """Service and base salary in a Washington dual-membership system (RCW 41.54)."""

    system: str
    service_years: Decimal
    base_salary_monthly: Decimal | None = None


@dataclass(frozen=True)
class Disability:
    """For a disability estimate: whether the disability came from an on-the-job injury."""

    on_the_job: bool = False


@dataclass(frozen=True)
class NetPayInputs:
    """What comes off the monthly benefit: W-4P filing status, deductions, after-tax contributions."""

    filing_status: FilingStatus = FilingStatus.SINGLE
    medical_monthly: Decimal = Decimal(0)
    dental_monthly: Decimal = Decimal(0)
    after_tax_contributions: Decimal = Decimal(0)


@dataclass(frozen=True)
class Scenario:
    """One member's situation plus one retirement date: everything one estimate needs."""

    member: Member
    retirement: Retirement
    label: str | None = None
    quick: Quick | None = None
    employment: tuple[EmploymentPeriod, ...] = ()
    leaves: tuple[Leave, ...] = ()
    purchases: tuple[Purchase, ...] = ()
    salary: Salary | None = None
    contributions: Contributions | None = None
    beneficiary: Beneficiary | None = None
    social_security: SocialSecurity | None = None
    portability: Portability | None = None
    estimate_type: EstimateType = EstimateType.SERVICE
    disability: Disability | None = None
    net_pay: NetPayInputs | None = None
    selected_option: str | None = None
    assumptions: Mapping[str, SettingValue] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: Values that are possible but unusual, in words (see :func:`_plausibility`); not part of the file.
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def separation_date(self) -> date:
        """The last day in City service: as given, or the day before the benefit starts."""
        return self.retirement.separation_date or date.fromordinal(self.retirement.date.toordinal() - 1)


T = TypeVar("T")


class _Invalid(Exception):
    """Raised inside the reader to abandon one field; the problem is already recorded."""


class _Reader:
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
        raise _Invalid

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

    def child(self, key: str, allowed: tuple[str, ...]) -> "_Reader | None":
        if key not in self.raw or self.raw[key] is None:
            return None
        try:
            return _Reader(self.problems, self.raw[key], self.at(key), allowed)
        except _Invalid:
            return None

    def items(self, key: str, allowed: tuple[str, ...]) -> list["_Reader"]:
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
                readers.append(_Reader(self.problems, item, f"{self.at(key)}[{i}]", allowed))
            except _Invalid:
                continue
        return readers


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(value: Any) -> date:
    """A date written exactly YYYY-MM-DD (§1) in the years 1900 to 2199.

    ``date.fromisoformat`` alone also takes week dates (``2030-W18-3``), ``20300701`` and more in
    Python 3.11; those are refused, as are years no member's file can hold (issue 12).
    """
    if not isinstance(value, str):
        raise ValueError("must be a date written YYYY-MM-DD")
    if not _ISO_DAY.fullmatch(value):
        raise ValueError(f"'{shown(value)}' must be written YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a real date written YYYY-MM-DD") from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(f"{value} is not a believable date (give a year from 1900 to 2199)")
    return day


_number = plain_number


def _ranged(low: Decimal, high: Decimal, *, low_open: bool = False, what: str = "") -> Callable[[Any], Decimal]:
    def convert(value: Any) -> Decimal:
        number = _number(value)
        if number < low or (low_open and number == low):
            raise ValueError(f"must be more than {low}" if low_open else f"must not be negative{what}")
        if number > high:
            raise ValueError(f"must be at most {high:,}{what}")
        return number

    return convert


E = TypeVar("E", bound=StrEnum)


def _choice(vocabulary: type[E]) -> Callable[[Any], E]:
    """One of a vocabulary's values, as its enum member."""
    choices = [member.value for member in vocabulary]

    def convert(value: Any) -> E:
        if not isinstance(value, str) or value not in choices:
            raise ValueError(f"must be one of {', '.join(repr(c) for c in choices)}")
        return vocabulary(value)

    return convert


def _text(value: Any) -> str:
    """Free text, at most ``MAX_TEXT_CHARS`` characters (a 1 MB label took a minute to print)."""
    if not isinstance(value, str):
        raise ValueError("must be text")
    if len(value) > MAX_TEXT_CHARS:
        raise ValueError(f"is {len(value):,} characters long; at most {MAX_TEXT_CHARS} are allowed")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _plan(value: Any) -> Plan:
    """ "1" or "2" (the whole numbers 1 and 2 too); not true (== 1 in Python) nor 1.0 (read as "1.0")."""
    if (type(value) is str or type(value) is int) and value in ("1", "2", 1, 2):
        return Plan(str(value))
    raise ValueError('must be "1" or "2"')


_money = _ranged(Decimal(0), MAX_MONTHLY_DOLLARS, what=" a month")
_positive_money = _ranged(Decimal(0), MAX_MONTHLY_DOLLARS, low_open=True, what=" a month")
_years = _ranged(Decimal(0), MAX_SERVICE_YEARS, what=" years")
_rate = _ranged(Decimal("-0.25"), Decimal("0.25"))


def _member(r: _Reader, plan2_from: date, today: date) -> Member | None:
    birth = r.get("birth_date", _date, required=True)
    plan = r.get("plan", _plan)
    membership = r.get("membership_date", _date)
    if plan is None and membership is None and "plan" not in r.raw:
        r.problems.append(FieldProblem(r.at("plan"), 'give the plan ("1" or "2") or the membership_date'))
    if birth is not None and not EARLIEST_BIRTH <= birth <= today:
        r.problems.append(FieldProblem(r.at("birth_date"), f"{birth.isoformat()} is not a believable birth date"))
    if birth is not None and membership is not None and membership <= birth:
        r.problems.append(FieldProblem(r.at("membership_date"), "is on or before the birth date"))
    name, sex = r.get("name", _text), r.get("sex", _choice(Sex))
    if birth is None or (plan is None and membership is None):
        return None
    resolved = plan or (Plan.ONE if membership is not None and membership < plan2_from else Plan.TWO)
    return Member(birth, resolved, plan is not None, membership, name, sex)


def _retirement(r: _Reader, birth: date | None) -> Retirement | None:
    when = r.get("date", _date, required=True)
    separation = r.get("separation_date", _date)
    if when is None:
        return None
    if birth is not None and when <= birth:
        r.problems.append(FieldProblem(r.at("date"), "is on or before the member's birth date"))
    if separation is not None and separation >= when:
        r.problems.append(FieldProblem(r.at("separation_date"), "must be before the retirement date"))
    return Retirement(when, separation)


def _employment(readers: list[_Reader], birth: date | None) -> tuple[EmploymentPeriod, ...]:
    periods = []
    for r in readers:
        start, end = r.get("start", _date, required=True), r.get("end", _date)
        fte = r.get("fte", _ranged(Decimal(0), Decimal(1), low_open=True))
        if start is None:
            continue
        if end is not None and end < start:
            r.problems.append(FieldProblem(r.at("end"), f"{end.isoformat()} is before the start {start.isoformat()}"))
            continue
        if birth is not None and start <= birth:
            r.problems.append(FieldProblem(r.at("start"), "is on or before the member's birth date"))
        elif birth is not None and start < _birthday(birth, YOUNGEST_WORKING_AGE):
            r.problems.append(FieldProblem(r.at("start"), f"is before the member's {YOUNGEST_WORKING_AGE}th birthday"))
        periods.append((r.path, EmploymentPeriod(start, end, Decimal(1) if fte is None else fte)))
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


def _birthday(birth: date, age: int) -> date:
    """The day the member turns ``age`` (29 February birthdays fall on 1 March in common years)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 3, 1)


def _leaves(readers: list[_Reader], employment: tuple[EmploymentPeriod, ...]) -> tuple[Leave, ...]:
    leaves: list[tuple[str, Leave]] = []
    periods = sorted(employment, key=lambda p: p.start)
    starts = [p.start for p in periods]
    reach = list(itertools.accumulate((p.end or LATEST_DATE for p in periods), max))
    for r in readers:
        start, end = r.get("start", _date, required=True), r.get("end", _date, required=True)
        kind = r.get("kind", _choice(LeaveKind), required=True)
        purchased = r.get("purchased", _flag)
        if start is None or end is None or kind is None:
            continue
        if end < start:
            r.problems.append(FieldProblem(r.at("end"), f"{end.isoformat()} is before the start {start.isoformat()}"))
            continue
        if employment and not _inside(start, end, starts, reach):
            r.problems.append(FieldProblem(r.path, "must lie inside one employment period"))
        leaves.append((r.path, Leave(start, end, kind, bool(purchased))))
    # Sort and sweep (O(n log n), issue 12): a leave overlaps when it starts on or before the latest end so far.
    latest_end: date | None = None
    for path, leave in sorted(leaves, key=lambda x: x[1].start):
        if latest_end is not None and leave.start <= latest_end:
            readers[0].problems.append(FieldProblem(path, "two leaves overlap; enter each day once"))
        latest_end = leave.end if latest_end is None else max(latest_end, leave.end)
    return tuple(leave for _, leave in leaves)


def _inside(start: date, end: date, starts: list[date], reach: list[date]) -> bool:
    """Whether [start, end] lies inside one employment period, by binary search (O(log n), issue 12).

    ``starts`` are the periods' starts in order and ``reach[i]`` the latest end among the first i + 1
    (``LATEST_DATE`` for one still open): some period starting on or before ``start`` ends on or after
    ``end`` exactly when the reach of the last such period does.
    """
    at = bisect.bisect_right(starts, start) - 1
    return at >= 0 and end <= reach[at]


def _purchases(readers: list[_Reader], military_max: Decimal) -> tuple[Purchase, ...]:
    purchases = []
    for r in readers:
        kind = r.get("kind", _choice(PurchaseKind), required=True)
        years = r.get("service_years", _years, required=True)
        amount = r.get("withdrawn_amount", _ranged(Decimal(0), MAX_BALANCE_DOLLARS))
        withdrawn, repaid = r.get("withdrawal_date", _date), r.get("repaid_date", _date)
        if kind is None or years is None:
            continue
        if kind is PurchaseKind.MILITARY_PRIOR and years > military_max:
            r.problems.append(
                FieldProblem(
                    r.at("service_years"),
                    f"prior military service can be bought for up to {military_max} years",
                )
            )
        if withdrawn is not None and repaid is not None and repaid < withdrawn:
            r.problems.append(FieldProblem(r.at("repaid_date"), "is before the withdrawal date"))
        purchases.append(Purchase(kind, years, amount, withdrawn, repaid))
    return tuple(purchases)


def _salary(r: _Reader) -> Salary | None:
    steps: list[SalaryStep] = []
    for step in r.items("history", ("from", "monthly")):
        start, monthly = (
            step.get("from", _date, required=True),
            step.get("monthly", _positive_money, required=True),
        )
        if start is not None and monthly is not None:
            if steps and start <= steps[-1].start:
                r.problems.append(FieldProblem(f"{step.path}.from", "pay steps must be in date order, one per date"))
            steps.append(SalaryStep(start, monthly))
    growth = r.get("growth_rate", _rate)
    if "history" not in r.raw:
        r.problems.append(FieldProblem(r.at("history"), "is required (at least one pay rate)"))
    return Salary(tuple(steps), growth) if steps else None


def parse_scenario(raw: Any, *, today: date, plan2_from: date | None = None) -> Scenario:
    """Validate a decoded JSON object and return the typed scenario; raise :class:`ScenarioError`.

    ``today`` is the day the file is read: a birth date after it is refused (the loader never reads the
    clock itself).
    """
    if _too_deep(raw):
        raise ScenarioError([FieldProblem("(file)", TOO_DEEP)])
    rules = rules_data()
    problems: list[FieldProblem] = []
    top_keys = (
        "format", "label", "member", "retirement", "quick", "employment", "leaves", "purchases",
        "salary", "contributions", "beneficiary", "social_security", "portability", "assumptions",
        "extra", "estimate_type", "disability", "net_pay", "selected_option",
    )  # fmt: skip
    try:
        top = _Reader(problems, raw, "", top_keys)
    except _Invalid:
        raise ScenarioError([FieldProblem("(file)", "must be a JSON object")]) from None
    fmt = top.get("format", _text)
    if fmt is not None and fmt != FORMAT:
        newer = fmt.startswith("scers-scenario/")
        problems.append(
            FieldProblem(
                "format",
                f"'{fmt}' was made by a newer version of SCERS Desktop; this version reads '{FORMAT}'"
                if newer
                else f"must be '{FORMAT}'",
            )
        )
    label = top.get("label", _text)

    member_reader = top.child("member", ("birth_date", "plan", "membership_date", "name", "sex"))
    if member_reader is None and "member" not in top.raw:
        problems.append(FieldProblem("member", "is required (at least the birth date and the plan)"))
    member = _member(member_reader, plan2_from or rules.plan2_from, today) if member_reader else None
    birth = member.birth_date if member else None

    retirement_reader = top.child("retirement", ("date", "separation_date"))
    if retirement_reader is None and "retirement" not in top.raw:
        problems.append(FieldProblem("retirement", "is required (at least the retirement date)"))
    retirement = _retirement(retirement_reader, birth) if retirement_reader else None

    quick = None
    if quick_reader := top.child("quick", ("service_years", "final_average_salary_monthly")):
        years = quick_reader.get("service_years", _years, required=True)
        fas = quick_reader.get("final_average_salary_monthly", _positive_money, required=True)
        quick = Quick(years, fas) if years is not None and fas is not None else None

    employment = _employment(top.items("employment", ("start", "end", "fte")), birth)
    leaves = _leaves(top.items("leaves", ("start", "end", "kind", "purchased")), employment)
    purchase_keys = ("kind", "service_years", "withdrawn_amount", "withdrawal_date", "repaid_date")
    purchases = _purchases(top.items("purchases", purchase_keys), rules.military_prior_max_years)
    salary_reader = top.child("salary", ("history", "growth_rate"))
    salary = _salary(salary_reader) if salary_reader else None

    contributions = None
    if c := top.child("contributions", ("balance", "as_of")):
        balance = c.get("balance", _ranged(Decimal(0), MAX_BALANCE_DOLLARS), required=True)
        as_of = c.get("as_of", _date, required=True)
        contributions = Contributions(balance, as_of) if balance is not None and as_of is not None else None

    beneficiary = None
    if b := top.child("beneficiary", ("birth_date", "relationship", "sex")):
        b_birth = b.get("birth_date", _date, required=True)
        relation = b.get("relationship", _choice(Relationship), required=True)
        b_sex = b.get("sex", _choice(Sex))
        if b_birth is not None and not EARLIEST_BIRTH <= b_birth <= today:
            problems.append(FieldProblem("beneficiary.birth_date", "is not a believable birth date"))
        beneficiary = Beneficiary(b_birth, relation, b_sex) if b_birth and relation else None

    social_security = None
    if s := top.child("social_security", ("monthly_at_ss_age",)):
        amount = s.get("monthly_at_ss_age", _money, required=True)
        social_security = SocialSecurity(amount) if amount is not None else None

    portability = None
    if p := top.child("portability", ("system", "service_years", "base_salary_monthly")):
        system = p.get("system", _text, required=True)
        p_years = p.get("service_years", _years, required=True)
        base = p.get("base_salary_monthly", _positive_money)
        portability = Portability(system, p_years, base) if system and p_years is not None else None

    disability = None
    if d := top.child("disability", ("on_the_job",)):
        disability = Disability(bool(d.get("on_the_job", _flag)))
    net_pay = None
    if n := top.child("net_pay", ("filing_status", "medical_monthly", "dental_monthly", "after_tax_contributions")):
        net_pay = NetPayInputs(
            n.get("filing_status", _choice(FilingStatus)) or FilingStatus.SINGLE,
            n.get("medical_monthly", _money) or Decimal(0),
            n.get("dental_monthly", _money) or Decimal(0),
            n.get("after_tax_contributions", _ranged(Decimal(0), MAX_BALANCE_DOLLARS)) or Decimal(0),
        )
    selected_option = top.get("selected_option", _text)

    overrides: dict[str, SettingValue] = {}
    raw_assumptions = top.raw.get("assumptions")
    if raw_assumptions is not None:
        if isinstance(raw_assumptions, dict):
            overrides, setting_problems = parse_overrides(raw_assumptions, "assumptions")
            problems.extend(setting_problems)
        else:
            problems.append(FieldProblem("assumptions", "must be an object"))
    extra = top.raw.get("extra") or {}
    if not isinstance(extra, dict):
        problems.append(FieldProblem("extra", "must be an object"))
    estimate_type = top.get("estimate_type", _choice(EstimateType)) or EstimateType.SERVICE

    if quick is None and not employment and "quick" not in top.raw and "employment" not in top.raw:
        problems.append(FieldProblem("employment", "enter at least one period of City service, or use 'quick'"))
    if quick is None and salary is None and "quick" not in top.raw and "salary" not in top.raw:
        problems.append(FieldProblem("salary", "enter your pay (salary.history), or use 'quick'"))
    if problems or member is None or retirement is None:
        raise ScenarioError(problems or [FieldProblem("(file)", "is incomplete")])
    warnings = _plausibility(problems, member, retirement, quick, employment, purchases)
    if problems:
        raise ScenarioError(problems)
    return Scenario(
        member=member,
        retirement=retirement,
        label=label,
        quick=quick,
        employment=employment,
        leaves=leaves,
        purchases=purchases,
        salary=salary,
        contributions=contributions,
        beneficiary=beneficiary,
        social_security=social_security,
        portability=portability,
        estimate_type=estimate_type,
        disability=disability,
        net_pay=net_pay,
        selected_option=selected_option,
        assumptions=overrides,
        extra=extra,
        warnings=warnings,
    )


def _years_between(start: date, end: date) -> Decimal:
    return Decimal(end.toordinal() - start.toordinal()) / Decimal("365.25")


def _plausibility(
    problems: list[FieldProblem],
    member: Member,
    retirement: Retirement,
    quick: Quick | None,
    employment: tuple[EmploymentPeriod, ...],
    purchases: tuple[Purchase, ...],
) -> tuple[str, ...]:
    """Refuse what cannot be, warn about what is merely unusual (issue 12); returns the warnings.

    Refused: a retirement age over ``OLDEST_RETIREMENT_AGE``; a retirement date before the first day of
    City service; more credited service than ``MAX_SERVICE_YEARS`` or than the member's age at separation
    minus ``YOUNGEST_WORKING_AGE`` (a retirement year typed 2300 for 2030 once gave $388 billion a month;
    108 years of service at age 57 was accepted). Warned: a retirement age over
    ``UNUSUAL_RETIREMENT_AGE`` and more than ``UNUSUAL_SERVICE_YEARS`` of service.
    """
    warnings = []
    birth, when = member.birth_date, retirement.date
    separation = retirement.separation_date or date.fromordinal(when.toordinal() - 1)
    age = when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))  # completed years
    if age > OLDEST_RETIREMENT_AGE:
        problems.append(
            FieldProblem(
                "retirement.date",
                f"{when.isoformat()} would make the member {age} at retirement; "
                f"a retirement age over {OLDEST_RETIREMENT_AGE} is not possible (check the year)",
            )
        )
        return ()
    if age > UNUSUAL_RETIREMENT_AGE:
        warnings.append(f"A retirement at age {age} is unusual: check the retirement date.")
    firsts = [p.start for p in employment] + ([member.membership_date] if member.membership_date else [])
    hired = min(firsts) if firsts else None
    if hired is not None and when < hired:
        problems.append(
            FieldProblem("retirement.date", f"is before the first day of City service ({hired.isoformat()})")
        )
    bought = sum((p.service_years for p in purchases), Decimal(0))
    if quick is not None:
        where, service = "quick.service_years", quick.service_years
    else:
        where = "employment"
        service = sum(
            (
                p.fte * _years_between(p.start, min(p.end or separation, separation))
                for p in employment
                if p.start <= separation
            ),
            Decimal(0),
        )
    possible = _years_between(_birthday(birth, YOUNGEST_WORKING_AGE), separation)
    if service > possible:
        problems.append(
            FieldProblem(
                where,
                f"{service:.1f} years of service is not possible at age {age} "
                f"(at most {max(possible, Decimal(0)):.1f}: service starts no younger than {YOUNGEST_WORKING_AGE})",
            )
        )
    elif service + bought > MAX_SERVICE_YEARS:
        problems.append(
            FieldProblem(
                where,
                f"{service + bought:.0f} years of service{' with the purchases' if bought else ''} is more "
                f"than the {MAX_SERVICE_YEARS} anyone can have",
            )
        )
    elif service + bought > UNUSUAL_SERVICE_YEARS:
        warnings.append(f"{service + bought:.0f} years of service is unusual: check the service entered.")
    return tuple(warnings)


def _too_deep(raw: Any) -> bool:
    """Whether objects and lists nest deeper than ``MAX_DEPTH`` (checked without recursion)."""
    level: list[Any] = [raw]
    for _ in range(MAX_DEPTH + 1):
        level = [
            child
            for node in level
            if isinstance(node, dict | list)
            for child in (node.values() if isinstance(node, dict) else node)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True


def parse_scenario_text(text: str, *, today: date) -> Scenario:
    """Parse the JSON text of a scenario file (numbers kept exact as Decimal).

    Nesting deeper than ``MAX_DEPTH`` is refused (20,000 nested lists raised RecursionError), and so is
    a whole number of more than 4,300 digits (Python's limit for reading one, issue 12).
    """
    problem = None
    try:
        raw = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        problem = f"is not valid JSON (line {exc.lineno}: {exc.msg})"
    except RecursionError:
        problem = TOO_DEEP
    except ValueError:
        problem = "holds a number with thousands of digits; no real amount has that many"
    if problem is not None:
        raise ScenarioError([FieldProblem("(file)", problem)])
    return parse_scenario(raw, today=today)


def read_scenario_bytes(path: str | Path) -> bytes:
    """The bytes of a scenario file: only a regular file, at most ``MAX_FILE_BYTES`` (issue 12).

    The file is opened without blocking and checked before reading, so a FIFO (which would wait forever
    for a writer), ``/dev/zero`` (endless) or a folder gives a clear error instead.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ScenarioError([FieldProblem("(file)", f"cannot be read: {exc.strerror or exc}")]) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ScenarioError([FieldProblem("(file)", "is not a regular file (a folder, device or pipe)")])
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ScenarioError([FieldProblem("(file)", f"cannot be read: {exc.strerror or exc}")]) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise ScenarioError(
            [
                FieldProblem(
                    "(file)", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; no scenario file is that big"
                )
            ]
        )
    return data


def load_scenario(path: str | Path, *, today: date) -> Scenario:
    """Read and validate a ``*.scers.json`` file as of ``today``; every failure is a :class:`ScenarioError`."""
    data = read_scenario_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError([FieldProblem("(file)", "is not UTF-8 text")]) from None
    return parse_scenario_text(text, today=today)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _num(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _prune(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None}


def scenario_to_dict(s: Scenario) -> dict[str, Any]:
    """The scenario as a JSON-ready object in the file format (optional fields left out when empty)."""
    m = s.member
    out: dict[str, Any] = {"format": FORMAT, "label": s.label}
    out["member"] = _prune(
        {
            "birth_date": _iso(m.birth_date),
            "plan": m.plan if m.plan_given else None,
            "membership_date": _iso(m.membership_date),
            "name": m.name,
            "sex": m.sex,
        }
    )
    out["retirement"] = _prune({"date": _iso(s.retirement.date), "separation_date": _iso(s.retirement.separation_date)})
    if s.estimate_type is not EstimateType.SERVICE:
        out["estimate_type"] = s.estimate_type
    if s.disability is not None:
        out["disability"] = {"on_the_job": s.disability.on_the_job}
    if s.net_pay is not None:
        n = s.net_pay
        out["net_pay"] = {
            "filing_status": n.filing_status,
            "medical_monthly": _num(n.medical_monthly),
            "dental_monthly": _num(n.dental_monthly),
            "after_tax_contributions": _num(n.after_tax_contributions),
        }
    if s.selected_option is not None:
        out["selected_option"] = s.selected_option
    if s.quick:
        out["quick"] = {
            "service_years": _num(s.quick.service_years),
            "final_average_salary_monthly": _num(s.quick.final_average_salary_monthly),
        }
    if s.employment:
        out["employment"] = [{"start": _iso(p.start), "end": _iso(p.end), "fte": _num(p.fte)} for p in s.employment]
    if s.leaves:
        out["leaves"] = [
            {"start": _iso(x.start), "end": _iso(x.end), "kind": x.kind, "purchased": x.purchased} for x in s.leaves
        ]
    if s.purchases:
        out["purchases"] = [
            _prune(
                {
                    "kind": p.kind,
                    "service_years": _num(p.service_years),
                    "withdrawn_amount": _num(p.withdrawn_amount),
                    "withdrawal_date": _iso(p.withdrawal_date),
                    "repaid_date": _iso(p.repaid_date),
                }
            )
            for p in s.purchases
        ]
    if s.salary:
        out["salary"] = _prune(
            {
                "history": [{"from": _iso(x.start), "monthly": _num(x.monthly)} for x in s.salary.history],
                "growth_rate": _num(s.salary.growth_rate),
            }
        )
    if s.contributions:
        out["contributions"] = {
            "balance": _num(s.contributions.balance),
            "as_of": _iso(s.contributions.as_of),
        }
    if s.beneficiary:
        b = s.beneficiary
        out["beneficiary"] = _prune({"birth_date": _iso(b.birth_date), "relationship": b.relationship, "sex": b.sex})
    if s.social_security:
        out["social_security"] = {"monthly_at_ss_age": _num(s.social_security.monthly_at_ss_age)}
    if s.portability:
        p = s.portability
        out["portability"] = _prune(
            {
                "system": p.system,
                "service_years": _num(p.service_years),
                "base_salary_monthly": _num(p.base_salary_monthly),
            }
        )
    if s.assumptions:
        out["assumptions"] = {k: _num(v) if isinstance(v, Decimal) else v for k, v in s.assumptions.items()}
    if s.extra:
        out["extra"] = dict(s.extra)
    return _prune(out)


def dump_scenario(s: Scenario) -> str:
    """The scenario as file text (UTF-8 JSON, two-space indent, trailing newline)."""
    return json.dumps(scenario_to_dict(s), indent=2, ensure_ascii=False, default=_json_number) + "\n"


def _json_number(value: object) -> float:
    """Numbers kept exact as Decimal inside ``extra`` are written back as JSON numbers."""
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"cannot write {type(value).__name__} to a scenario file")
