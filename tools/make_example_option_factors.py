"""Write resources/option-factors.EXAMPLE.csv: an EXAMPLE option-factor table in the format
``scers-estimate --option-factors`` reads, made from SCERS Desktop's own approximate basis.

It is NOT SCERS's table (SCERS publishes none): it shows the format, and a counselor office replaces
it with the Board-adopted factors. Basis: the default settings (6.75% interest, Pub-2010 amount-weighted
with MP-2021, unisex 50/50, the 1.5% COLA loaded), a benefit starting on January 1, 2026, each age
exact. Options C5-C20 by member age 50-75; D and E by member age 50-75 and beneficiary age 40-80.
A and B are left out: their factors depend on the contribution balance, not on age alone, so the
estimate keeps valuing them itself (and says so). Run from the repository root:
    .venv/bin/python tools/make_example_option_factors.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scers_desktop.engine.actuarial import Life  # noqa: E402
from scers_desktop.engine.assumptions import settings_for  # noqa: E402
from scers_desktop.engine.mortality import cohort_rates  # noqa: E402
from scers_desktop.engine.option_factors import (  # noqa: E402
    ValuationBasis,
    joint_and_survivor_factor,
    term_certain_factor,
)
from scers_desktop.engine.plan_data import rules_data  # noqa: E402

TARGET = ROOT / "resources" / "option-factors.EXAMPLE.csv"
START_YEAR = 2026
MEMBER_AGES = range(50, 76)
BENEFICIARY_AGES = range(40, 81)
HEADER = """\
# title: EXAMPLE ONLY - not SCERS's factors (made by SCERS Desktop from its own approximate basis)
# This file shows the format of an option-factor table for scers-estimate --option-factors and the
# app's settings. SCERS publishes no option factors; replace this file with the Board-adopted table.
# Basis: 6.75% interest, Pub-2010 General amount-weighted with MP-2021, unisex 50/50, 1.5% COLA loaded,
# benefit starting 2026-01-01. Made by tools/make_example_option_factors.py.
# Columns: option (C5 C10 C15 C20 single life; D E joint), member_age and beneficiary_age (completed
# years on the retirement date; empty for single-life options), factor (share of the unmodified benefit).
option,member_age,beneficiary_age,factor
"""


def life(role: str, age: int) -> Life:
    settings = settings_for({})
    rates = cohort_rates(settings.mortality_basis, None, float(settings.unisex_female_weight), role, START_YEAR - age)
    return Life(rates, float(age))


def main() -> None:
    settings = settings_for({})
    basis = ValuationBasis(float(settings.interest_rate), float(rules_data().cola_rate))
    rows = []
    for years in (5, 10, 15, 20):
        rows += [f"C{years},{age},,{term_certain_factor(life('member', age), basis, years):.4f}" for age in MEMBER_AGES]
    for code, share in (("D", 0.5), ("E", 1.0)):
        for age in MEMBER_AGES:
            member = life("member", age)
            for other in BENEFICIARY_AGES:
                factor = joint_and_survivor_factor(member, life("beneficiary", other), basis, share)
                rows.append(f"{code},{age},{other},{factor:.4f}")
    TARGET.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(rows)} rows)")


if __name__ == "__main__":
    main()
