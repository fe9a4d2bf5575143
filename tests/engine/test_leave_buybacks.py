"""Golden cases: buying back a leave, one model and one cost (Handbook 2023 p. 11, Handbook 2011 items 4-7).

Which leaves: "There are three types of leaves in this category: Family Medical Leave; Leaves of absence
for medical reasons ...; and Time loss due to an industrial injury ... you have the option to buy back
the service credit lost" (2023 'Medical Leaves and Industrial Injury Time Loss'), and military leave
('Military Leave'). "Any unpaid leave during your career is not counted towards retirement credit"
(2011 'Retirement Service Calculation Method'): a plain unpaid leave ticked Bought back is not credited,
and a warning names it.

One model: a leave is bought back by ticking it Bought back; the engine credits it and prices it. A leave
purchase row beside a ticked leave of its kind is refused (it once credited the same leave twice:
30.2466 years).

The cost: "calculated based on your pay rate at the time of your leave and interest is applied at the
assumed rate of investment return (currently 6.75% per year). Because of the interest charge, the cost
will increase the longer you delay the purchase." Worked by hand for a Plan 1 member (10.03%, 2023
App. C) on family medical leave for all of 2019 (365 days = 12 months) on $6,000.00 a month (raised to
$8,000.00 in 2024, which does not matter: the pay at the time of the leave counts):

- contributions missed: 10.03% x 6,000.00 x 12 = 7,221.60;
- bought on 2021-01-01, one year after the return on 2020-01-01: 7,221.60 x 1.0675 = 7,709.06;
- bought on 2026-01-01, six years after: 7,221.60 x 1.0675^6 = 7,221.60 x 1.4798146 = 10,686.63.
"""

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.errors import ScenarioError
from scers_desktop.engine.findings import Code
from scers_desktop.engine.money import to_cents
from tests.helpers import TODAY


def _on_leave(kind: str, purchased: bool = True, purchases: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "format": "scers-scenario/1",
        "member": {"birth_date": "1970-01-01", "plan": "1"},
        "retirement": {"date": "2035-01-01"},
        "employment": [{"start": "2015-01-01", "end": None, "fte": 1}],
        "leaves": [{"start": "2019-01-01", "end": "2019-12-31", "kind": kind, "purchased": purchased}],
        "purchases": purchases or [],
        "salary": {"history": [{"from": "2015-01-01", "monthly": 6000}, {"from": "2024-01-01", "monthly": 8000}]},
    }


@pytest.mark.parametrize(("bought_on", "cost"), [(date(2021, 1, 1), "7709.06"), (date(2026, 1, 1), "10686.63")])
def test_a_leave_costs_the_pay_of_its_time_with_interest_to_the_purchase(bought_on: date, cost: str) -> None:
    result = estimate(parse_scenario(_on_leave("fmla"), today=TODAY), as_of=bought_on)
    (bought,) = result.purchases
    assert bought.leave_number == 1 and bought.kind == "leave"
    assert bought.service_years == 1
    assert bought.cost is not None and to_cents(bought.cost) == Decimal(cost)
    assert bought.cost_as_of == bought_on


def test_the_longer_the_wait_the_higher_the_cost() -> None:
    scenario = parse_scenario(_on_leave("medical"), today=TODAY)
    costs = [estimate(scenario, as_of=date(year, 1, 1)).purchases[0].cost for year in (2020, 2021, 2026)]
    assert costs[0] is not None and to_cents(costs[0]) == Decimal("7221.60")  # bought on return: no interest
    assert costs[0] < costs[1] < costs[2]  # type: ignore[operator]


def test_a_bought_back_leave_is_credited_once() -> None:
    result = estimate(parse_scenario(_on_leave("industrial_injury"), today=TODAY), as_of=TODAY, details=False)
    assert result.service.leave_years_not_credited == 0
    assert result.service.purchased_leave_years == 1
    assert result.service.total_years == 20  # 2015-01-01 to 2034-12-31, all credited


def test_a_plain_unpaid_leave_cannot_be_bought_back() -> None:
    result = estimate(parse_scenario(_on_leave("unpaid"), today=TODAY), as_of=TODAY)
    assert result.service.total_years == 19
    assert result.service.leave_years_not_credited == 1
    warning = next(w for w in result.warnings if w.code is Code.LEAVE_NOT_BUYABLE)
    assert warning["number"] == 1
    assert result.purchases == ()


def test_a_leave_purchase_row_beside_a_ticked_leave_is_refused() -> None:
    raw = _on_leave("fmla", purchases=[{"kind": "leave", "service_years": 1}])
    with pytest.raises(ScenarioError) as refused:
        parse_scenario(raw, today=TODAY)
    assert "purchases[0].kind" in str(refused.value)
    assert "leave 1 is already ticked Bought back" in str(refused.value)


def test_a_leave_purchase_row_alone_is_still_one_purchase() -> None:
    raw = _on_leave("fmla", purchased=False, purchases=[{"kind": "leave", "service_years": 1}])
    result = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    assert result.service.total_years == 20
    (row,) = result.purchases
    assert row.leave_number is None


def test_past_a_dozen_leaves_each_is_priced_but_not_estimated_again() -> None:
    raw = _on_leave("fmla")
    raw["leaves"] = [
        {"start": f"{year}-03-01", "end": f"{year}-03-10", "kind": "fmla", "purchased": True}
        for year in range(2015, 2028)
    ]
    many = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    assert len(many.purchases) == 13
    assert all(p.cost is not None and p.monthly_increase is None and p.note for p in many.purchases)
    raw["leaves"] = raw["leaves"][:12]
    few = estimate(parse_scenario(raw, today=TODAY), as_of=TODAY)
    assert all(p.monthly_increase is not None for p in few.purchases)
