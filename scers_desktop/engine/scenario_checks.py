"""What a well-formed scenario can still not be: refused when impossible, warned when unusual (issue 12)."""

from datetime import date
from decimal import Decimal
from typing import Any

from scers_desktop.engine.errors import FieldProblem
from scers_desktop.engine.limits import MAX_DEPTH
from scers_desktop.engine.model import EmploymentPeriod, Member, Purchase, Quick, Retirement
from scers_desktop.engine.scenario_fields import (
    MAX_SERVICE_YEARS,
    OLDEST_RETIREMENT_AGE,
    UNUSUAL_RETIREMENT_AGE,
    UNUSUAL_SERVICE_YEARS,
    YOUNGEST_WORKING_AGE,
    birthday,
)

TOO_DEEP = f"nests lists or objects more than {MAX_DEPTH} levels deep"


def _years_between(start: date, end: date) -> Decimal:
    return Decimal(end.toordinal() - start.toordinal()) / Decimal("365.25")


def plausibility(
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
    possible = _years_between(birthday(birth, YOUNGEST_WORKING_AGE), separation)
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


def too_deep(raw: Any) -> bool:
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
