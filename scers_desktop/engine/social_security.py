"""The Social Security age Option F levels to (plan-rules.md §6.1).

Default: the full retirement age by year of birth (42 U.S.C. § 416(l)); setting
``social_security_age`` = "62" uses the earliest eligibility age instead (Handbook 2023's
"eligible to receive Social Security benefits" reading).
"""

from datetime import date, timedelta
from functools import cache

from scers_desktop.engine.calendar import add_months, anniversary
from scers_desktop.engine.params import Table, load

FullRetirementAges = tuple[tuple[int, int, int, int], ...]


def _read(raw: Table) -> tuple[FullRetirementAges, int]:
    raw.documentation("description", "reference")
    rows = tuple((int(a), int(b), int(y), int(m)) for a, b, y, m in raw.array("full_retirement_age"))
    return rows, raw.integer("earliest_age")


@cache
def _table() -> tuple[FullRetirementAges, int]:
    return load("social_security.toml", _read)


def full_retirement_age(birth: date) -> tuple[int, int]:
    """(years, months) for this birth date; born January 1 counts as the previous year."""
    year = birth.year - 1 if (birth.month, birth.day) == (1, 1) else birth.year
    rows, _ = _table()
    return next((y, m) for first, last, y, m in rows if first <= year <= last)


def social_security_date(birth: date, basis: str) -> date:
    """The date the member reaches the Social Security age Option F uses.

    SSA figures someone born on the 1st of a month as if born in the previous month; ages are
    reached on the birthday otherwise.
    """
    _, earliest = _table()
    effective = birth - timedelta(days=1) if birth.day == 1 else birth
    if basis == "62":
        return anniversary(effective, earliest)
    years, months = full_retirement_age(birth)
    return add_months(anniversary(effective, years), months)
