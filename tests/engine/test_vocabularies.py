"""The loader gives each vocabulary as its enum; the enums read and write the texts of the file format."""

import json
from pathlib import Path

from scers_desktop.engine import (
    EstimateType,
    FilingStatus,
    LeaveKind,
    Plan,
    PurchaseKind,
    Relationship,
    Sex,
    dump_scenario,
    load_scenario,
)
from scers_desktop.engine.model import Member, SalaryStep, Scenario, file_keys
from tests.helpers import TODAY

CASES = Path(__file__).parent.parent / "cases" / "scenarios"


def test_the_loader_produces_enums() -> None:
    scenario = load_scenario(CASES / "every_field.scers.json", today=TODAY)
    assert scenario.member.plan is Plan.ONE
    assert scenario.member.sex is Sex.MALE
    assert scenario.estimate_type is EstimateType.DISABILITY
    assert [leave.kind for leave in scenario.leaves] == [LeaveKind.MEDICAL, LeaveKind.MILITARY]
    assert [p.kind for p in scenario.purchases] == [PurchaseKind.MILITARY_PRIOR, PurchaseKind.REDEPOSIT]
    assert scenario.beneficiary is not None and scenario.beneficiary.relationship is Relationship.DOMESTIC_PARTNER
    assert scenario.net_pay is not None and scenario.net_pay.filing_status is FilingStatus.MARRIED_JOINTLY


def test_defaults_are_enums_too() -> None:
    scenario = load_scenario(CASES / "handbook_plan1_example2.scers.json", today=TODAY)
    assert scenario.estimate_type is EstimateType.SERVICE
    assert scenario.member.plan is Plan.ONE


def test_enums_compare_and_write_as_their_text() -> None:
    assert Plan.TWO == "2" and f"Plan {Plan.TWO}" == "Plan 2"
    assert json.dumps({"kind": LeaveKind.FMLA}) == '{"kind": "fmla"}'
    written = json.loads(dump_scenario(load_scenario(CASES / "every_field.scers.json", today=TODAY)))
    assert written["member"]["plan"] == "1" and written["estimate_type"] == "disability"
    assert written["beneficiary"]["relationship"] == "domestic_partner"


def test_spousal_relationships() -> None:
    assert [r for r in Relationship if r.spousal] == [Relationship.SPOUSE, Relationship.DOMESTIC_PARTNER]


def test_the_file_keys_come_from_the_model() -> None:
    assert file_keys(Scenario) == (
        "format", "label", "member", "retirement", "quick", "employment", "leaves", "purchases", "salary",
        "contributions", "beneficiary", "social_security", "portability", "assumptions", "extra", "estimate_type",
        "disability", "net_pay", "selected_option",
    )  # fmt: skip
    assert file_keys(Member) == ("birth_date", "plan", "membership_date", "name", "sex")  # plan_given is derived
    assert file_keys(SalaryStep) == ("from", "monthly")
