"""Reading, checking and writing ``*.scers.json`` scenario files (scenario-format.md §1).

:func:`parse_scenario` turns a JSON object into a typed, frozen :class:`~scers_desktop.engine.model.Scenario`,
reporting every problem with its field path (unknown keys, bad dates, negative service, FTE outside
(0, 1], an end before its start, overlapping employment, a leave outside employment, a missing birth
date ...). :func:`load_scenario` reads a file (``scenario_writer.dump_scenario`` writes one back). The keys each
object may hold come from the model (:func:`~scers_desktop.engine.model.file_keys`).
"""

import json
import os
import stat
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from scers_desktop.engine.assumptions import parse_overrides
from scers_desktop.engine.errors import FieldProblem, ScenarioError
from scers_desktop.engine.limits import MAX_FILE_BYTES
from scers_desktop.engine.model import (
    FORMAT,
    Beneficiary,
    Contributions,
    Disability,
    EmploymentPeriod,
    EstimateType,
    FilingStatus,
    Leave,
    Member,
    NetPayInputs,
    Portability,
    Purchase,
    Quick,
    Relationship,
    Retirement,
    Salary,
    Scenario,
    SettingValue,
    Sex,
    SocialSecurity,
    file_keys,
)
from scers_desktop.engine.plan_data import rules_data
from scers_desktop.engine.scenario_checks import TOO_DEEP, plausibility, too_deep
from scers_desktop.engine.scenario_fields import (
    EARLIEST_BIRTH,
    MAX_BALANCE_DOLLARS,
    Invalid,
    Reader,
    as_date,
    as_flag,
    as_money,
    as_positive_money,
    as_text,
    as_years,
    choice,
    ranged,
    read_employment,
    read_leaves,
    read_member,
    read_purchases,
    read_retirement,
    read_salary,
)

__all__ = ["load_scenario", "parse_scenario", "parse_scenario_text"]


@dataclass(frozen=True)
class _People:
    """The member and the retirement dates: what every other check needs."""

    member: Member | None
    retirement: Retirement | None


def _format(top: Reader) -> None:
    fmt = top.get("format", as_text)
    if fmt is not None and fmt != FORMAT:
        newer = fmt.startswith("scers-scenario/")
        top.problems.append(
            FieldProblem(
                "format",
                f"'{fmt}' was made by a newer version of SCERS Desktop; this version reads '{FORMAT}'"
                if newer
                else f"must be '{FORMAT}'",
            )
        )


def _people(top: Reader, today: date, plan2_from: date) -> _People:
    member_reader = top.child("member", file_keys(Member))
    if member_reader is None and "member" not in top.raw:
        top.problems.append(FieldProblem("member", "is required (at least the birth date and the plan)"))
    member = read_member(member_reader, plan2_from, today) if member_reader else None
    retirement_reader = top.child("retirement", file_keys(Retirement))
    if retirement_reader is None and "retirement" not in top.raw:
        top.problems.append(FieldProblem("retirement", "is required (at least the retirement date)"))
    retirement = (
        read_retirement(retirement_reader, member.birth_date if member else None) if retirement_reader else None
    )
    return _People(member, retirement)


def _quick(top: Reader) -> Quick | None:
    if quick_reader := top.child("quick", file_keys(Quick)):
        service = quick_reader.get("service_years", as_years, required=True)
        fas = quick_reader.get("final_average_salary_monthly", as_positive_money, required=True)
        return Quick(service, fas) if service is not None and fas is not None else None
    return None


def _contributions(top: Reader) -> Contributions | None:
    if c := top.child("contributions", file_keys(Contributions)):
        balance = c.get("balance", ranged(Decimal(0), MAX_BALANCE_DOLLARS), required=True)
        as_of = c.get("as_of", as_date, required=True)
        return Contributions(balance, as_of) if balance is not None and as_of is not None else None
    return None


def _beneficiary(top: Reader, today: date) -> Beneficiary | None:
    if b := top.child("beneficiary", file_keys(Beneficiary)):
        b_birth = b.get("birth_date", as_date, required=True)
        relation = b.get("relationship", choice(Relationship), required=True)
        b_sex = b.get("sex", choice(Sex))
        if b_birth is not None and not EARLIEST_BIRTH <= b_birth <= today:
            top.problems.append(FieldProblem("beneficiary.birth_date", "is not a believable birth date"))
        return Beneficiary(b_birth, relation, b_sex) if b_birth and relation else None
    return None


def _social_security(top: Reader) -> SocialSecurity | None:
    if s := top.child("social_security", file_keys(SocialSecurity)):
        amount = s.get("monthly_at_ss_age", as_money, required=True)
        return SocialSecurity(amount) if amount is not None else None
    return None


def _portability(top: Reader) -> Portability | None:
    if p := top.child("portability", file_keys(Portability)):
        system = p.get("system", as_text, required=True)
        p_years = p.get("service_years", as_years, required=True)
        base = p.get("base_salary_monthly", as_positive_money)
        return Portability(system, p_years, base) if system and p_years is not None else None
    return None


def _disability(top: Reader) -> Disability | None:
    if d := top.child("disability", file_keys(Disability)):
        return Disability(bool(d.get("on_the_job", as_flag)))
    return None


def _net_pay(top: Reader) -> NetPayInputs | None:
    if n := top.child("net_pay", file_keys(NetPayInputs)):
        return NetPayInputs(
            n.get("filing_status", choice(FilingStatus)) or FilingStatus.SINGLE,
            n.get("medical_monthly", as_money) or Decimal(0),
            n.get("dental_monthly", as_money) or Decimal(0),
            n.get("after_tax_contributions", ranged(Decimal(0), MAX_BALANCE_DOLLARS)) or Decimal(0),
        )
    return None


def _assumptions(top: Reader) -> dict[str, SettingValue]:
    raw_assumptions = top.raw.get("assumptions")
    if raw_assumptions is None:
        return {}
    if not isinstance(raw_assumptions, dict):
        top.problems.append(FieldProblem("assumptions", "must be an object"))
        return {}
    overrides, setting_problems = parse_overrides(raw_assumptions, "assumptions")
    top.problems.extend(setting_problems)
    return overrides


def _extra(top: Reader) -> dict[str, Any]:
    extra = top.raw.get("extra") or {}
    if not isinstance(extra, dict):
        top.problems.append(FieldProblem("extra", "must be an object"))
        return {}
    return extra


def _require_service_and_pay(top: Reader, has_quick: bool, has_employment: bool, has_salary: bool) -> None:
    """Without the quick shortcut, a case needs its service periods and its pay."""
    given = top.raw
    if not has_quick and not has_employment and "quick" not in given and "employment" not in given:
        top.problems.append(FieldProblem("employment", "enter at least one period of City service, or use 'quick'"))
    if not has_quick and not has_salary and "quick" not in given and "salary" not in given:
        top.problems.append(FieldProblem("salary", "enter your pay (salary.history), or use 'quick'"))


def parse_scenario(raw: Any, *, today: date, plan2_from: date | None = None) -> Scenario:
    """Validate a decoded JSON object and return the typed scenario; raise :class:`ScenarioError`.

    ``today`` is the day the file is read: a birth date after it is refused (the loader never reads the
    clock itself). Every problem in the file is reported at once, each under its field path.
    """
    if too_deep(raw):
        raise ScenarioError([FieldProblem("(file)", TOO_DEEP)])
    rules = rules_data()
    problems: list[FieldProblem] = []
    try:
        top = Reader(problems, raw, "", file_keys(Scenario))
    except Invalid:
        raise ScenarioError([FieldProblem("(file)", "must be a JSON object")]) from None
    _format(top)
    label = top.get("label", as_text)
    people = _people(top, today, plan2_from or rules.plan2_from)
    birth = people.member.birth_date if people.member else None
    quick = _quick(top)
    employment = read_employment(top.items("employment", file_keys(EmploymentPeriod)), birth)
    leaves = read_leaves(top.items("leaves", file_keys(Leave)), employment)
    purchases = read_purchases(top.items("purchases", file_keys(Purchase)), rules.military_prior_max_years, leaves)
    salary_reader = top.child("salary", file_keys(Salary))
    salary = read_salary(salary_reader) if salary_reader else None
    fields: dict[str, Any] = {
        "label": label,
        "quick": quick,
        "employment": employment,
        "leaves": leaves,
        "purchases": purchases,
        "salary": salary,
        "contributions": _contributions(top),
        "beneficiary": _beneficiary(top, today),
        "social_security": _social_security(top),
        "portability": _portability(top),
        "disability": _disability(top),
        "net_pay": _net_pay(top),
        "selected_option": top.get("selected_option", as_text),
        "assumptions": _assumptions(top),
        "extra": _extra(top),
        "estimate_type": top.get("estimate_type", choice(EstimateType)) or EstimateType.SERVICE,
    }
    _require_service_and_pay(top, quick is not None, bool(employment), salary is not None)
    member, retirement = people.member, people.retirement
    if problems or member is None or retirement is None:
        raise ScenarioError(problems or [FieldProblem("(file)", "is incomplete")])
    warnings = plausibility(problems, member, retirement, quick, employment, purchases)
    if problems:
        raise ScenarioError(problems)
    return Scenario(member=member, retirement=retirement, warnings=warnings, **fields)


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


def read_small_file(path: str | Path, what: str = "scenario file") -> bytes:
    """The bytes of a scenario file (or another input file, ``what``): only a regular file, at most
    ``MAX_FILE_BYTES`` (issue 12).

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
            [FieldProblem("(file)", f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; no {what} is that big")]
        )
    return data


def load_scenario(path: str | Path, *, today: date) -> Scenario:
    """Read and validate a ``*.scers.json`` file as of ``today``; every failure is a :class:`ScenarioError`."""
    data = read_small_file(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError([FieldProblem("(file)", "is not UTF-8 text")]) from None
    return parse_scenario_text(text, today=today)
