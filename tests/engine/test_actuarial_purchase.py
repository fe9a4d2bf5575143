"""Golden cases: the actuarial cost of prior military service prices the two paths the member would take.

Handbook 2023 'Military Leave': "If you served on active duty before being employed by the City, you may
purchase up to five (5) years of creditable service upon your retirement or resignation ... This
buyback is calculated at the actuarial cost". The actuarial cost of service is what it adds to the value
of the benefits: the value at retirement of the benefit with the purchase, less the value of what the
member would take without it (plan-rules.md §1.10). Without it a member who is not yet eligible does not
get nothing: a vested member leaving with 5 or more years has a deferred benefit from the first date the
plan's rules allow (Handbook 2023 App. A: 5-9 years at 62), and one who is not vested gets a refund of
contributions. Values here are this engine's own basis (its interest and mortality settings; SCERS
publishes no factors), so the test states the path by hand and takes the annuity values from the
engine's annuity formulas.

Case 1, a Plan 1 member born 1969-01-01, City service 2018-01-01 to 2025-12-31 (8 years) on a flat
$8,000.00 a month, buying 3 years of prior military service, pension from 2026-01-01 at age 57:

- with the purchase: 11 years at 57, factor 1.52% (App. A row 10-19), 11 x 1.52% x 8,000.00 = 1,337.60 a
  month from 2026-01-01;
- without it: 8 years, not eligible at 57; eligible on 2031-01-01 at 62 (5-9 years at 62), factor 1.82%:
  8 x 1.82% x 8,000.00 = 1,164.80 a month, deferred 60 months;
- cost on 2026-01-01 = 1,337.60 x ä(57) - 1,164.80 x (deferred 60 months) ä. Taking the path without as
  $0 (the old figure) gave 1,337.60 x ä(57), more than twice as much;
- paid back once the extra payments reach the cost: 1,337.60 a month until 2031, then 172.80 a month.

Case 2, not vested without the purchase: born 1964-01-01, 4 years (2022-2025), 3 years bought, pension
at 62 from 2026-01-01 with a $15,000.00 balance on 2025-12-31: without the purchase only the refund of
$15,000.00 is payable, so the cost is the value of the benefit with it less $15,000.00.
"""

from datetime import date
from decimal import Decimal
from typing import Any

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.actuarial import deferred_start_annuity_due, life_annuity_due
from scers_desktop.engine.assumptions import settings_for
from scers_desktop.engine.kinds import member_life, valuation_basis
from scers_desktop.engine.plan_data import rules_data
from tests.helpers import TODAY

RETIREMENT = date(2026, 1, 1)


def _military(birth: str, start: str, balance: str | None = None) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "format": "scers-scenario/1",
        "member": {"birth_date": birth, "plan": "1"},
        "retirement": {"date": RETIREMENT.isoformat()},
        "employment": [{"start": start, "end": "2025-12-31", "fte": 1}],
        "purchases": [{"kind": "military_prior", "service_years": 3}],
        "salary": {"history": [{"from": start, "monthly": 8000}], "growth_rate": 0},
    }
    if balance is not None:
        raw["contributions"] = {"balance": balance, "as_of": "2025-12-31"}
    return raw


def test_the_cost_is_the_benefit_less_the_deferred_benefit_without_the_purchase() -> None:
    scenario = parse_scenario(_military("1969-01-01", "2018-01-01"), today=TODAY)
    result = estimate(scenario, as_of=RETIREMENT)
    assert result.unmodified_monthly == Decimal("1337.60")
    (bought,) = result.purchases
    assert bought.earliest_eligible_without == date(2031, 1, 1)
    basis = valuation_basis(settings_for({}), rules_data())
    life = member_life(scenario, settings_for({}), RETIREMENT)
    now = Decimal(repr(life_annuity_due(life, basis.interest, basis.cola)))
    deferred = Decimal(repr(deferred_start_annuity_due(life, basis.interest, basis.cola, 60)))
    assert bought.cost == Decimal("1337.60") * now - Decimal("1164.80") * deferred
    assert "a deferred benefit of $1,164.80 a month from 2031-01-01" in bought.how
    assert bought.cost < Decimal("1337.60") * now / 2  # the old figure took the path without as $0
    # Paid back: 1,337.60 a month for the 60 months to 2031 (80,256.00), then only the 172.80 difference.
    rest = (bought.cost - Decimal("1337.60") * 60) / (Decimal("1337.60") - Decimal("1164.80"))
    assert bought.payback_age == 57 + (60 + rest) / 12


def test_the_cost_is_discounted_to_an_earlier_purchase_date() -> None:
    scenario = parse_scenario(_military("1969-01-01", "2018-01-01"), today=TODAY)
    at_retirement = estimate(scenario, as_of=RETIREMENT).purchases[0].cost
    a_year_before = estimate(scenario, as_of=date(2025, 1, 1)).purchases[0].cost
    assert at_retirement is not None and a_year_before is not None
    assert abs(a_year_before * Decimal("1.0675") - at_retirement) < Decimal("0.0001")


def test_without_the_purchase_a_member_not_vested_gets_a_refund() -> None:
    scenario = parse_scenario(_military("1964-01-01", "2022-01-01", balance="15000.00"), today=TODAY)
    result = estimate(scenario, as_of=RETIREMENT)
    assert result.unmodified_monthly is not None and result.annuity_factor is not None
    (bought,) = result.purchases
    assert "a refund of your contributions, $15,000.00" in bought.how
    assert bought.cost == result.unmodified_monthly * Decimal(repr(result.annuity_factor)) - Decimal("15000.00")
