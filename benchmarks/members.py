"""Distinct full members for the batch benchmarks: no two share a birth date, a service path or a pay line.

``full_member(i)`` is the ``i``-th of a deterministic series of scenario files (as dicts) that each have
two jobs, two leaves (one purchased), a redeposit, a spouse, Social Security, a contribution balance and
either plan, with birth dates, retirement ages, salaries and FTEs varied so the engine's caches keyed on
a person or a service history do not all hit (issue 16: 1,000 copies of two files measure the caches).
"""

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any


def _day(value: date) -> str:
    return value.isoformat()


def full_member(i: int) -> dict[str, Any]:
    """The ``i``-th distinct full member (the same ``i`` always gives the same file)."""
    rng = random.Random(i)
    birth = date(1958, 1, 1) + timedelta(days=rng.randrange(0, 365 * 27))
    hired = birth + timedelta(days=rng.randrange(365 * 21, 365 * 42))
    if rng.random() < 0.3:  # Plan 2: membership from 2017
        hired = max(hired, date(2017, 1, 2) + timedelta(days=rng.randrange(0, 900)))
    first_end = hired + timedelta(days=rng.randrange(400, 2500))
    second = first_end + timedelta(days=rng.randrange(30, 900))
    retire_age = rng.randrange(55, 68)
    retire = date(max(birth.year + retire_age, second.year + 6, 2027), rng.randrange(1, 13), 1)
    leave1 = second + timedelta(days=rng.randrange(60, 800))
    leave2 = leave1 + timedelta(days=rng.randrange(400, 1500))
    pay = 2800 + rng.randrange(0, 4000) + i % 97 / 100
    raise_at = max(second + timedelta(days=rng.randrange(100, 2000)), date(2019, 1, 1))
    withdrawn = first_end + timedelta(days=1)
    return {
        "format": "scers-scenario/1",
        "label": f"Member {i}",
        "member": {
            "birth_date": _day(birth),
            "membership_date": _day(hired),
            "name": f"Member {i}",
            "sex": rng.choice(["female", "male"]),
        },
        "retirement": {"date": _day(retire), "separation_date": _day(retire - timedelta(days=1))},
        "employment": [
            {"start": _day(hired), "end": _day(first_end), "fte": 1.0},
            {"start": _day(second), "end": None, "fte": round(rng.uniform(0.5, 1.0), 2)},
        ],
        "leaves": [
            {
                "start": _day(leave1),
                "end": _day(leave1 + timedelta(days=rng.randrange(20, 120))),
                "kind": "unpaid",
                "purchased": False,
            },
            {
                "start": _day(leave2),
                "end": _day(leave2 + timedelta(days=rng.randrange(20, 90))),
                "kind": "fmla",
                "purchased": True,
            },
        ],
        "purchases": [
            {
                "kind": "redeposit",
                "service_years": round((first_end - hired).days / 365.25, 2),
                "withdrawn_amount": float(rng.randrange(3000, 20000)),
                "withdrawal_date": _day(withdrawn),
                "repaid_date": _day(retire - timedelta(days=rng.randrange(200, 900))),
            }
        ],
        "salary": {
            "history": [
                {"from": _day(hired), "monthly": round(pay * 0.7, 2)},
                {"from": _day(second), "monthly": round(pay * 0.8, 2)},
                {"from": _day(raise_at), "monthly": round(pay * 1.3, 2)},
            ],
            "growth_rate": round(rng.uniform(0.01, 0.04), 3),
        },
        "contributions": {"balance": float(rng.randrange(20000, 250000)), "as_of": "2025-12-31"},
        "beneficiary": {
            "birth_date": _day(birth + timedelta(days=rng.randrange(-3000, 3000))),
            "relationship": "spouse",
            "sex": rng.choice(["female", "male"]),
        },
        "social_security": {"monthly_at_ss_age": float(rng.randrange(1200, 3400))},
    }


def write_members(folder: Path, count: int, start: int = 0) -> list[str]:
    """Write members ``start`` .. ``start + count - 1`` to ``folder``; return their paths in order."""
    paths = []
    for i in range(start, start + count):
        path = folder / f"member{i:05d}.scers.json"
        path.write_text(json.dumps(full_member(i)))
        paths.append(str(path))
    return paths
