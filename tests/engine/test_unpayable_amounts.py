"""An amount that cannot be paid is never money: the engine gives None and says why (issue 12).

A large contribution balance made Option A negative; deductions larger than the benefit made net pay
negative. Each front end (CLI JSON, PDF) shows the reason in words instead; the screen is tested in
tests/ui/test_unpayable_amounts.py.
"""

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from scers_desktop.cli import main
from scers_desktop.engine import Estimate, estimate, parse_scenario
from scers_desktop.engine.scenario_writer import scenario_to_dict
from scers_desktop.present import messages
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from scers_desktop.report import estimate_pdf
from tests.helpers import TODAY, quick_scenario


def large_balance() -> Estimate:
    """Plan 2, age 60, $315 a month and a $3,000,000 balance: the refund at death outweighs the benefit."""
    contributions = {"balance": 3_000_000, "as_of": "2030-06-30"}
    return estimate(quick_scenario("2", 60, "10", "3000", contributions=contributions), as_of=TODAY)


def large_deductions() -> Estimate:
    """$315 a month with $900 of medical premium entered."""
    return estimate(quick_scenario("2", 60, "10", "3000", net_pay={"medical_monthly": 900}), as_of=TODAY)


def test_option_a_is_not_priced_when_the_balance_exceeds_what_it_can_refund() -> None:
    a = large_balance().option("A")
    assert a is not None
    assert a.member_monthly is None and a.survivor_monthly is None
    assert a.missing is not None and "more than this option can refund" in a.missing


def test_options_built_on_an_unpayable_a_are_not_priced_either() -> None:
    result = large_balance()
    for code in ("A+F", "A+G50", "A+G100"):
        option = result.option(code)
        assert option is not None and option.member_monthly is None and option.missing, code


@settings(max_examples=60, deadline=None)
@given(
    age=st.integers(55, 90),
    balance=st.integers(0, 9_000_000),
    fas=st.integers(500, 20_000),
)
def test_no_option_is_ever_a_negative_amount(age: int, balance: int, fas: int) -> None:
    result = estimate(
        quick_scenario("2", age, "10", str(fas), contributions={"balance": balance, "as_of": "2030-06-30"}), as_of=TODAY
    )
    for option in result.options:
        for amount in (option.member_monthly, option.survivor_monthly, option.member_monthly_after_ss_age):
            assert amount is None or amount > 0, option.code


def test_net_pay_is_not_a_number_when_deductions_exceed_the_benefit() -> None:
    pay = large_deductions().net_pay
    assert pay is not None
    assert pay.net is None
    missing = messages.net_pay_missing(pay)
    assert missing is not None and "$900.00" in missing and "more than" in missing


def test_net_pay_of_zero_or_more_is_still_shown() -> None:
    pay = estimate(quick_scenario("2", 60, "10", "3000", net_pay={"medical_monthly": 315}), as_of=TODAY).net_pay
    assert pay is not None and pay.net == Decimal(0) and pay.missing is None


def _cli_line(result: Estimate, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    path = tmp_path / "case.scers.json"
    raw = scenario_to_dict(result.scenario)
    path.write_text(json.dumps(raw, default=float))
    parse_scenario(json.loads(path.read_text()), today=TODAY)  # the file is valid
    main(["--json", str(path)])
    line: dict[str, object] = json.loads(capsys.readouterr().out)
    return line


def test_cli_gives_null_and_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _cli_line(large_balance(), tmp_path, capsys)
    options = {o["code"]: o for o in line["options"]}  # type: ignore[attr-defined]
    assert options["A"]["member_monthly"] is None
    assert "can refund" in options["A"]["missing"]
    pay = _cli_line(large_deductions(), tmp_path, capsys)["net_pay"]
    assert isinstance(pay, dict)
    assert pay["net"] is None and "more than" in pay["missing"]


def _pdf_text(result: Estimate) -> str:
    summary = summarize(result, curve_of(result, TODAY), made_on=TODAY)
    reader = PdfReader(io.BytesIO(estimate_pdf(summary)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_pdf_says_why_instead_of_printing_a_negative_amount() -> None:
    text = _pdf_text(large_balance())
    assert "this option cannot be paid on these figures" in text
    text = _pdf_text(large_deductions())
    assert "Net monthly pay not shown No net pay is shown: the medical and dental deductions entered ($900.00" in text
