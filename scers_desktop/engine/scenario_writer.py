"""Writing a scenario back as a ``*.scers.json`` file (scenario-format.md §1): the keys in the file's
order, optional fields left out when empty, numbers exact (a whole number stays whole)."""

import json
from datetime import date
from decimal import Decimal
from typing import Any

from scers_desktop.engine.model import FORMAT, EstimateType, Scenario

__all__ = ["dump_scenario", "scenario_to_dict"]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _num(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _prune(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None}


def _member(s: Scenario) -> dict[str, Any]:
    m = s.member
    return _prune(
        {
            "birth_date": _iso(m.birth_date),
            "plan": m.plan if m.plan_given else None,
            "membership_date": _iso(m.membership_date),
            "name": m.name,
            "sex": m.sex,
        }
    )


def _kind(s: Scenario, out: dict[str, Any]) -> None:
    """The kind of estimate, the disability, the net-pay deductions and the option chosen."""
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


def _service(s: Scenario, out: dict[str, Any]) -> None:
    """The quick figures, employment, leaves and purchases."""
    if s.quick:
        out["quick"] = {
            "service_years": _num(s.quick.service_years),
            "final_average_salary_monthly": _num(s.quick.final_average_salary_monthly),
        }
    if s.employment:
        out["employment"] = [
            {"start": _iso(p.start), "end": _iso(p.end), "fte": _num(p.fte)}
            | ({"temporary_premium_pay": True} if p.temporary_premium_pay else {})
            for p in s.employment
        ]
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


def _money_and_people(s: Scenario, out: dict[str, Any]) -> None:
    """Pay, contributions, the beneficiary, Social Security and portability."""
    if s.salary:
        out["salary"] = _prune(
            {
                "history": [{"from": _iso(x.start), "monthly": _num(x.monthly)} for x in s.salary.history],
                "growth_rate": _num(s.salary.growth_rate),
            }
        )
    if s.contributions:
        out["contributions"] = {"balance": _num(s.contributions.balance), "as_of": _iso(s.contributions.as_of)}
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


def scenario_to_dict(s: Scenario) -> dict[str, Any]:
    """The scenario as a JSON-ready object in the file format (optional fields left out when empty)."""
    out: dict[str, Any] = {"format": FORMAT, "label": s.label, "member": _member(s)}
    out["retirement"] = _prune({"date": _iso(s.retirement.date), "separation_date": _iso(s.retirement.separation_date)})
    _kind(s, out)
    _service(s, out)
    _money_and_people(s, out)
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
