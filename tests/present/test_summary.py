"""The summary of an estimate built as data, without Qt or reportlab: service, disability, death and
not-eligible cases, and the command line's text read from it."""

import subprocess
import sys
from datetime import date

import pytest

from scers_desktop.cli import main, summary_text
from scers_desktop.engine import Estimate, estimate, parse_scenario
from scers_desktop.engine.options import STANDARD
from scers_desktop.present import messages
from scers_desktop.present.curve import PLOT_AGES, curve_of
from scers_desktop.present.summary import NO_ESTIMATE, EstimateSummary, disclaimer, summarize
from tests.engine.test_unpayable_amounts import large_balance, large_deductions
from tests.helpers import CASE_FILES, SAMPLE_FILE, presentation_cases

CASES = presentation_cases()
MADE_ON = date(2026, 11, 24)


def summary_of(name: str, made_on: date = MADE_ON) -> EstimateSummary:
    result = estimate(parse_scenario(CASES[name], today=MADE_ON), as_of=MADE_ON)
    return summarize(result, curve_of(result, made_on), made_on=made_on)


def test_a_service_retirement_reads_as_the_screen_pdf_and_cli_show_it() -> None:
    summary = summary_of("sample")
    result = summary.estimate
    assert summary.eligible
    # The chosen option (E) is the headline; the unmodified benefit stays as the labelled reference.
    assert summary.headline == "$4,297.34 a month; after your death $4,297.34 to your spouse or partner"
    assert summary.headline_detail.startswith(
        "Option E: all to spouse/partner, from May 1, 2030, at age 62, with 30.90"
    )
    assert summary.headline_detail.endswith("Unmodified (straight) benefit, for reference: $4,800.70 a month.")
    assert "Rules:" not in summary.headline_detail
    assert summary.benefit[0] == (
        "Your chosen payment, Option E: $4,297.34 a month; after your death $4,297.34 a month to your spouse or "
        "partner (for their life). Unmodified (straight) benefit, for reference: $4,800.70 a month."
    )
    assert [row.code for row in summary.options.standard] == list(STANDARD)
    assert summary.options.selected == "E"
    chosen = summary.options.printed[summary.options.printed_chosen or 0]
    assert chosen.name == "E: all to spouse/partner"
    assert summary.options.meaning.startswith("E: all to spouse/partner: Less for life")
    # Made on November 24, 2026 at 58: the chart and the tables start at the next birthday, 59 (no past date).
    assert summary.ages is not None and len(summary.ages.rows) == PLOT_AGES.stop - 59
    assert summary.ages.printed[0][:2] == ("59", "April 12, 2027")
    assert summary.ages.printed[summary.ages.printed_chosen or 0][0] == "62"
    assert len(summary.cola) == 10 and summary.cola[0][1] == "62"
    assert summary.purchases and summary.purchase_methods
    assert summary.disclaimer == disclaimer()
    assert summary.lines[0] == "  Retiring May 1, 2030 at age 62, with 30.90 years of service"
    assert summary.lines[-1] == f"  Unofficial estimate — SCERS is not bound by it. Rules: {result.rules_version}"
    assert summary.next_steps[0].startswith("1. Ask SCERS for an official estimate")


def test_a_disability_estimate_says_so() -> None:
    for name in ("every_field", "disability_plan2"):
        summary = summary_of(name)
        assert summary.eligible
        assert summary.headline_detail.startswith("Disability retirement benefit"), name
        assert any(line.startswith("Disability retirement: ") for line in summary.benefit), name
        assert summary.lines[0].startswith("  Disability retirement on"), name


def test_a_death_estimate_leads_with_the_survivor() -> None:
    summary = summary_of("death")
    survivor = next(o.survivor_monthly for o in summary.estimate.options if o.survivor_monthly is not None)
    assert summary.headline == f"${survivor:,.2f} a month for your spouse or partner"
    assert summary.headline_detail.startswith("If you died on May 1, 2030 at age 62")
    assert any(line.startswith("If you died on May 1, 2030") for line in summary.benefit)
    assert summary.options.printed == summary.options.every  # every choice is printed, in the engine's order
    assert summary.lines[1].startswith("  Your spouse or partner could receive")


def test_a_member_not_yet_eligible_gets_the_reason_and_the_earliest_date() -> None:
    summary = summary_of("not_eligible")
    assert not summary.eligible
    assert summary.headline == "Not eligible to retire on this date"
    assert summary.headline_detail == messages.reason(summary.estimate)
    assert summary.benefit == (
        f"Not eligible on July 1, 2030. {messages.reason(summary.estimate)}",
        "Earliest date you could retire on the same service path: July 1, 2032.",
    )
    assert summary.lines[1] == f"  {messages.reason(summary.estimate)}"
    assert NO_ESTIMATE[0] == "Your estimate will appear here"


def test_the_date_made_on_is_passed_in() -> None:
    assert "within five years of this retirement date" in summary_of("sample", date(2026, 1, 1)).next_steps[0]
    assert "when you are within five years of retiring" in summary_of("sample", date(2020, 1, 1)).next_steps[0]
    assert summary_of("sample", date(2026, 1, 2)).subtitle(personal=True).startswith("Made January 2, 2026 with")


def test_personal_lines_are_left_out_when_asked() -> None:
    summary = summary_of("full_member")
    assert "Birth date: April 12, 1968." in summary.situation_lines(personal=True)
    assert "Member: Pat Example." in summary.situation_lines(personal=True)
    public = " ".join(summary.situation_lines(personal=False)) + summary.subtitle(personal=False)
    assert "Pat Example" not in public and "1968" not in public


def test_the_cli_text_is_the_summary_s_lines(capsys: pytest.CaptureFixture[str]) -> None:
    file = str(CASE_FILES / "handbook_plan2_example3.scers.json")
    assert main([file]) == 0
    printed = capsys.readouterr().out.rstrip("\n").splitlines()
    result: Estimate = estimate(parse_scenario(CASES["handbook_plan2_example3"], today=MADE_ON), as_of=MADE_ON)
    summary = summarize(result, None, made_on=date.today())
    assert printed[0].startswith(f"{file}: SCERS Plan 2")
    assert printed[1:] == list(summary.lines)
    assert summary_text(file, summary).splitlines() == printed


def test_the_summary_needs_neither_qt_nor_reportlab() -> None:
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from scers_desktop.engine import estimate, load_scenario\n"
        "from scers_desktop.present.curve import curve_of\n"
        "from scers_desktop.present.summary import summarize\n"
        f"result = estimate(load_scenario({str(SAMPLE_FILE)!r}, today=date(2026, 11, 24)), as_of=date(2026, 11, 24))\n"
        "summarize(result, curve_of(result, date(2026, 11, 24)), made_on=date(2026, 11, 24))\n"
        "loaded = [m for m in ('PySide6', 'pyqtgraph', 'reportlab') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_amount_that_cannot_be_paid_is_no_money_and_says_why() -> None:
    option_a = next(
        row for row in summarize(large_balance(), None, made_on=MADE_ON).options.standard if row.code == "A"
    )
    assert option_a.member == option_a.member_monthly == "—"
    assert "more than this option can refund" in option_a.note
    assert option_a.meaning.startswith("Not shown: this option cannot be paid on these figures")
    pay = summarize(large_deductions(), None, made_on=MADE_ON).net_pay
    assert pay is not None
    assert pay.rows[-1] == ("Net monthly pay", "not shown")
    assert pay.notes[0].startswith("No net pay is shown: the medical and dental deductions entered ($900.00")
    assert ". No net pay: the medical and dental deductions entered" in pay.sentence
    assert "= −" not in pay.sentence
