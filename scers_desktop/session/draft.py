"""The wizard's draft: what the user has typed, kept as text so nothing they enter is ever lost.

A :class:`Draft` holds every field as the user typed it. :meth:`Draft.to_raw` turns it into a
scenario object (scenario-format.md) for the engine's loader, which reports problems by field path;
:func:`draft_from_scenario` fills a draft from an opened case file. Fields the wizard does not edit
(assumptions, portability, net pay, extra ...) ride along untouched, so a round trip loses nothing.
Qt-free: tested without a window.
"""

import copy
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from scers_desktop.engine.model import FORMAT, Scenario
from scers_desktop.engine.scenario_writer import scenario_to_dict


@dataclass
class EmploymentRow:
    """A period of City service as typed: start, end (blank = still working), FTE percent, and whether it
    is temporary work on premium pay in lieu of benefits (hours x 1.135)."""

    start: str = ""
    end: str = ""
    fte_percent: str = "100"
    temporary: bool = False


@dataclass
class LeaveRow:
    """A leave as typed."""

    start: str = ""
    end: str = ""
    kind: str = "unpaid"
    purchased: bool = False


@dataclass
class PurchaseRow:
    """A buyback or redeposit as typed."""

    kind: str = "redeposit"
    service_years: str = ""
    withdrawn_amount: str = ""
    withdrawal_date: str = ""
    repaid_date: str = ""


@dataclass
class SalaryRow:
    """A monthly pay rate from a date."""

    start: str = ""
    monthly: str = ""


@dataclass
class Draft:
    """Everything the wizard edits, as text, plus the parts of a case file it carries unchanged."""

    label: str = ""
    name: str = ""
    birth_date: str = ""
    plan: str = ""
    membership_date: str = ""
    sex: str = ""
    quick: bool = False
    quick_service_years: str = ""
    quick_fas: str = ""
    employment: list[EmploymentRow] = field(default_factory=list)
    leaves: list[LeaveRow] = field(default_factory=list)
    purchases: list[PurchaseRow] = field(default_factory=list)
    salary: list[SalaryRow] = field(default_factory=list)
    growth_percent: str = ""
    wants_survivor: str = "unsure"
    beneficiary_birth_date: str = ""
    relationship: str = ""
    beneficiary_sex: str = ""
    balance: str = ""
    balance_as_of: str = ""
    social_security_monthly: str = ""
    retirement_date: str = ""
    separation_date: str = ""
    selected_option: str = "Unmodified"
    carried: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> "Draft":
        """A deep copy (rows included), for "duplicate this scenario"."""
        return copy.deepcopy(self)

    def to_raw(self) -> dict[str, Any]:
        """The scenario object the engine's loader reads; blank fields are left out."""
        raw: dict[str, Any] = {"format": FORMAT}
        if self.label.strip():
            raw["label"] = self.label.strip()
        member = _clean(
            {
                "birth_date": self.birth_date,
                "plan": self.plan,
                "membership_date": self.membership_date,
                "name": self.name,
                "sex": self.sex,
            }
        )
        raw["member"] = member
        raw["retirement"] = _clean({"date": self.retirement_date, "separation_date": self.separation_date})
        if self.quick:
            raw["quick"] = _clean(
                {"service_years": self.quick_service_years, "final_average_salary_monthly": _money(self.quick_fas)}
            )
        else:
            raw.update(self._history())
        if self.wants_survivor != "no" and (self.beneficiary_birth_date.strip() or self.relationship):
            raw["beneficiary"] = _clean(
                {
                    "birth_date": self.beneficiary_birth_date,
                    "relationship": self.relationship,
                    "sex": self.beneficiary_sex,
                }
            )
        if self.balance.strip() or self.balance_as_of.strip():
            raw["contributions"] = _clean({"balance": _money(self.balance), "as_of": self.balance_as_of})
        if self.social_security_monthly.strip():
            raw["social_security"] = {"monthly_at_ss_age": _money(self.social_security_monthly)}
        if self.selected_option and self.selected_option != "Unmodified":
            raw["selected_option"] = self.selected_option
        raw.update(self.carried)
        return raw

    def typed_dates(self) -> dict[str, str]:
        """The dates typed in another way than the scenario file writes them ('13/45/2020'), by field
        path, so a problem can quote them as typed rather than as they were rewritten ('2020-13-45')."""
        dates = {
            "member.birth_date": self.birth_date,
            "member.membership_date": self.membership_date,
            "retirement.date": self.retirement_date,
            "retirement.separation_date": self.separation_date,
            "beneficiary.birth_date": self.beneficiary_birth_date,
            "contributions.as_of": self.balance_as_of,
        }
        for name, rows, fields in (
            ("employment", self.employment, ("start", "end")),
            ("leaves", self.leaves, ("start", "end")),
            ("purchases", self.purchases, ("withdrawal_date", "repaid_date")),
        ):
            for i, row in enumerate(rows):
                dates.update({f"{name}[{i}].{f}": getattr(row, f) for f in fields})
        dates.update({f"salary.history[{i}].from": row.start for i, row in enumerate(self.salary)})
        return {path: text.strip() for path, text in dates.items() if normalize_date(text) != text.strip()}

    def _history(self) -> dict[str, Any]:
        """The employment, leaves, buybacks and salary parts of the scenario object (the history path)."""
        raw: dict[str, Any] = {}
        raw["employment"] = [
            {
                "start": normalize_date(r.start) or None,
                "end": normalize_date(r.end) or None,
                "fte": _percent(r.fte_percent) if r.fte_percent.strip() else None,
            }
            | ({"temporary_premium_pay": True} if r.temporary else {})
            for r in self.employment
        ]
        if self.leaves:
            raw["leaves"] = [
                {
                    "start": normalize_date(r.start) or None,
                    "end": normalize_date(r.end) or None,
                    "kind": r.kind,
                    "purchased": r.purchased,
                }
                for r in self.leaves
            ]
        if self.purchases:
            raw["purchases"] = [
                _clean(
                    {
                        "kind": r.kind,
                        "service_years": r.service_years,
                        "withdrawn_amount": _money(r.withdrawn_amount),
                        "withdrawal_date": r.withdrawal_date,
                        "repaid_date": r.repaid_date,
                    }
                )
                for r in self.purchases
            ]
        salary: dict[str, Any] = {
            "history": [
                {"from": normalize_date(r.start) or None, "monthly": _money(r.monthly) or None} for r in self.salary
            ]
        }
        if self.growth_percent.strip():
            salary["growth_rate"] = _percent(self.growth_percent)
        raw["salary"] = salary
        return raw


DATE_FIELDS = ("birth_date", "membership_date", "date", "separation_date", "as_of", "withdrawal_date", "repaid_date")
US_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")


def normalize_date(text: str) -> str:
    """'4/12/1968' -> '1968-04-12' (the way many people write dates); anything else is left as typed."""
    match = US_DATE.fullmatch(text)
    if match is None:
        return text.strip()
    month, day, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (normalize_date(v) if k in DATE_FIELDS else v.strip()) if isinstance(v, str) else v
        for k, v in values.items()
        if v not in ("", None)
    }


def _money(text: str) -> str:
    """'$7,400.00' -> '7400.00': people type dollar signs and thousands separators."""
    return text.replace("$", "").replace(",", "").strip()


def _percent(text: str) -> str | Decimal:
    """'80' (percent) -> Decimal('0.8'); text that is not a number passes through for the loader to name."""
    cleaned = text.replace("%", "").strip()
    try:
        return Decimal(cleaned) / 100
    except InvalidOperation:
        return cleaned


CARRIED_KEYS = ("assumptions", "extra", "portability", "net_pay", "estimate_type", "disability")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal | float | int):
        return format(Decimal(str(value)).normalize(), "f")
    return str(value)


def _percent_text(value: Any) -> str:
    return "" if value is None else format((Decimal(str(value)) * 100).normalize(), "f")


def draft_from_scenario(scenario: Scenario) -> Draft:
    """A draft showing an opened case, with everything the wizard does not edit carried along."""
    raw = scenario_to_dict(scenario)
    member, retirement = raw["member"], raw["retirement"]
    draft = Draft(
        label=raw.get("label", ""),
        name=member.get("name", ""),
        birth_date=member.get("birth_date", ""),
        plan=member.get("plan", ""),
        membership_date=member.get("membership_date", ""),
        sex=member.get("sex", ""),
        retirement_date=retirement.get("date", ""),
        separation_date=retirement.get("separation_date", ""),
        selected_option=raw.get("selected_option", "Unmodified"),
        carried={k: raw[k] for k in CARRIED_KEYS if k in raw},
    )
    if "quick" in raw:
        draft.quick = True
        draft.quick_service_years = _text(raw["quick"]["service_years"])
        draft.quick_fas = _text(raw["quick"]["final_average_salary_monthly"])
    draft.employment = [
        EmploymentRow(p["start"], p["end"] or "", _percent_text(p["fte"]), bool(p.get("temporary_premium_pay")))
        for p in raw.get("employment", [])
    ]
    draft.leaves = [LeaveRow(x["start"], x["end"], x["kind"], x["purchased"]) for x in raw.get("leaves", [])]
    draft.purchases = [
        PurchaseRow(
            p["kind"],
            _text(p["service_years"]),
            _text(p.get("withdrawn_amount")),
            p.get("withdrawal_date", ""),
            p.get("repaid_date", ""),
        )
        for p in raw.get("purchases", [])
    ]
    if "salary" in raw:
        draft.salary = [SalaryRow(s["from"], _text(s["monthly"])) for s in raw["salary"]["history"]]
        draft.growth_percent = _percent_text(raw["salary"].get("growth_rate"))
    if "beneficiary" in raw:
        b = raw["beneficiary"]
        draft.wants_survivor = "yes"
        draft.beneficiary_birth_date, draft.relationship = b["birth_date"], b["relationship"]
        draft.beneficiary_sex = b.get("sex", "")
    if "contributions" in raw:
        draft.balance = _text(raw["contributions"]["balance"])
        draft.balance_as_of = raw["contributions"]["as_of"]
    if "social_security" in raw:
        draft.social_security_monthly = _text(raw["social_security"]["monthly_at_ss_age"])
    return draft
