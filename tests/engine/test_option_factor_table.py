"""SCERS's own option factors from a CSV table (issue 15): good tables are used, said so, and fall back
with a warning outside their ages; bad tables are refused whole with the line and column named."""

from decimal import Decimal
from pathlib import Path

import pytest

from scers_desktop.engine import estimate
from scers_desktop.engine.estimates import rounded
from scers_desktop.engine.limits import MAX_FILE_BYTES
from scers_desktop.engine.option_factor_table import OptionFactorError, load_option_factors, parse_option_factors
from scers_desktop.present import messages
from scers_desktop.present.curve import curve_of
from scers_desktop.present.summary import summarize
from tests.helpers import TODAY, history_scenario, quick_scenario

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "option-factors.EXAMPLE.csv"
HEADER = "option,member_age,beneficiary_age,factor\n"
GOOD = (
    "# title: Test factors\n# effective: 2026-01-01\n"
    + HEADER
    + "C10,61,,0.9700\nC10,62,,0.9650\nC10,63,,0.9600\n"
    + "".join(f"E,{m},{b},0.8{m - 60}{b - 58}\n" for m in (61, 62, 63) for b in (58, 59))
)


def _table(text: str = GOOD, name: str = "test.csv"):  # type: ignore[no-untyped-def]
    return parse_option_factors(text, name)


def test_a_good_table_is_read_with_its_title_and_effective_date() -> None:
    table = _table()
    assert (table.name, table.title, table.effective) == ("test.csv", "Test factors", "2026-01-01")
    assert table.codes == {"C10", "E"}
    assert table.factor("C10", 62, None) == Decimal("0.9650")
    assert table.factor("E", 62, 59) == Decimal("0.821")
    assert table.factor("C10", 64, None) is None
    assert table.ages("E") == ((61, 63), (58, 59))


def _spouse_case(**extra: object):  # type: ignore[no-untyped-def]
    # Quick case: 62 on 2030-07-01, 30 years at $8,000: $4,800.00 unmodified; spouse 59 then.
    return quick_scenario(
        "1", 62, "30", "8000", beneficiary={"birth_date": "1971-01-01", "relationship": "spouse"}, **extra
    )


def test_each_option_the_table_covers_is_the_unmodified_benefit_times_its_factor() -> None:
    result = estimate(_spouse_case(), as_of=TODAY, option_factors=_table())
    c10, e, c5 = result.option("C10"), result.option("E"), result.option("C5")
    assert c10 is not None and e is not None and c5 is not None
    # $4,800.00 x 0.9650 = $4,632.00; $4,800.00 x 0.821 = $3,940.80 (member age 62, spouse 59).
    assert rounded(c10.member_monthly) == Decimal("4632.00") and c10.factor_source == "table"
    assert rounded(e.member_monthly) == Decimal("3940.80") and rounded(e.survivor_monthly) == Decimal("3940.80")
    # C5 is not in the table: the engine's own valuation, the same as without a table.
    plain = estimate(_spouse_case(), as_of=TODAY).option("C5")
    assert c5.factor_source == "computed" and plain is not None and c5.member_monthly == plain.member_monthly
    words = messages.warnings(result)
    assert any("Option factors from the option factor table \u201cTest factors\u201d (test.csv)" in w for w in words)
    assert any(w.startswith("Options and ages the option factor table does not cover") for w in words)
    assert not any(w.startswith("Option amounts are approximate") for w in words)


def test_an_age_outside_the_table_falls_back_with_a_warning() -> None:
    # Member 65: the table's C10 stops at 63.
    scenario = quick_scenario("1", 65, "30", "8000")
    result = estimate(scenario, as_of=TODAY, option_factors=_table())
    c10 = result.option("C10")
    plain = estimate(scenario, as_of=TODAY).option("C10")
    assert c10 is not None and plain is not None
    assert c10.factor_source == "outside_table" and c10.member_monthly == plain.member_monthly
    assert any(
        "has Option C10 only for member ages 61\u201363, not for your age 65; Option C10 uses the approximate" in w
        for w in messages.warnings(result)
    )


def test_the_table_carries_into_g_combinations_and_the_benefit_by_age_curve() -> None:
    fields = {"contributions": {"balance": 150000, "as_of": "2025-12-31"}, "selected_option": "C10"}
    scenario = history_scenario(**fields)
    table = _table(HEADER + "".join(f"C10,{age},,0.5\n" for age in range(50, 80)))
    result = estimate(scenario, as_of=TODAY, option_factors=table)
    c10g = result.option("C10+G50")
    assert c10g is not None and c10g.factor_source == "table"
    curve = curve_of(result, TODAY)
    unmodified = [u for u in curve.unmodified if u is not None]
    option = [o for o in curve.option if o is not None]
    assert option and all(o == pytest.approx(u * 0.5, abs=0.01) for o, u in zip(option, unmodified, strict=False))


def test_the_example_table_loads_and_says_it_is_not_scers() -> None:
    table = load_option_factors(EXAMPLE)
    assert table.title is not None and "EXAMPLE ONLY" in table.title and "not SCERS" in table.title
    assert table.codes == {"C5", "C10", "C15", "C20", "D", "E"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("opt,member_age,beneficiary_age,factor\nC10,62,,0.9\n", "t.csv line 1: the first row must name the columns"),
        (HEADER + "C10,62,0.9\n", "t.csv line 2: has 3 columns; every row has 4"),
        (HEADER + "C10,62,,0.9,extra\n", "t.csv line 2: has 5 columns"),
        (HEADER + "C10,sixty,,0.9\n", "t.csv line 2, column member_age: 'sixty' is not a completed age"),
        (HEADER + "C10,62.5,,0.9\n", "t.csv line 2, column member_age: '62.5' is not a completed age"),
        (HEADER + "C10,-1,,0.9\n", "column member_age: '-1' is not a completed age"),
        (HEADER + "C10,999,,0.9\n", "column member_age: '999' is not a completed age"),
        (HEADER + "C10,62,,ninety\n", "t.csv line 2, column factor: 'ninety' is not a number"),
        (HEADER + "C10,62,,-0.5\n", "t.csv line 2, column factor: -0.5 is outside (0, 1]"),
        (HEADER + "C10,62,,0\n", "column factor: 0 is outside (0, 1]"),
        (HEADER + "C10,62,,1.0001\n", "column factor: 1.0001 is outside (0, 1]"),
        (HEADER + "C10,62,,1e400\n", "t.csv line 2, column factor: '1e400' is too large"),
        (HEADER + "C10,62,,NaN\n", "t.csv line 2, column factor: must be a finite number"),
        (HEADER + "C10,62,,\n", "t.csv line 2, column factor: '' is not a number"),
        (
            HEADER + "C10,62,,0.9\nC10,62,,0.8\n",
            "t.csv line 3: repeats the row for option C10, member age 62 (first on line 2)",
        ),
        (HEADER + "X9,62,,0.9\n", "t.csv line 2, column option: unknown option 'X9' (known: A, B, C5"),
        (HEADER + "Unmodified,62,,1\n", "column option: unknown option 'Unmodified'"),
        (HEADER + "C10,62,60,0.9\n", "t.csv line 2, column beneficiary_age: must be empty for option C10"),
        (HEADER + "E,62,,0.9\n", "t.csv line 2, column beneficiary_age: option E needs the beneficiary's age"),
        (
            HEADER + "C10,61,,0.9\nC10,63,,0.9\n",
            "t.csv: option C10 has no row for member age 62 (its member ages run 61 to 63",
        ),
        (
            HEADER + "E,61,58,0.9\nE,61,59,0.9\nE,62,58,0.9\n",
            "t.csv: option E, member age 62 has no row for beneficiary age 59",
        ),
        (HEADER, "t.csv: has no factor rows"),
        ("", "t.csv: has no factor rows"),
        ("# only a comment\n", "t.csv: has no factor rows"),
        (HEADER + 'C10,"62,,0.9\n', "t.csv line 2: is not a CSV row"),
        ("# title: " + "x" * 300 + "\n" + HEADER, "t.csv line 1: the title is longer than 200 characters"),
    ],
)
def test_a_bad_table_is_refused_naming_the_line_and_column(text: str, message: str) -> None:
    with pytest.raises(OptionFactorError) as caught:
        parse_option_factors(text, "t.csv")
    assert message in str(caught.value)


def test_a_control_character_in_a_cell_is_shown_escaped() -> None:
    with pytest.raises(OptionFactorError) as caught:
        parse_option_factors(HEADER + "C10\x1b[31m,62,,0.9\n", "t.csv")
    assert "\x1b" not in str(caught.value) and "\\x1b" in str(caught.value)


def test_a_file_over_2_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_text(HEADER + "C10,62,,0.9\n" * (MAX_FILE_BYTES // 10), encoding="utf-8")
    with pytest.raises(OptionFactorError, match=r"big.csv: is larger than 2 MB; no option factor table is that big"):
        load_option_factors(big)


def test_a_file_that_is_not_utf8_text_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "latin.csv"
    bad.write_bytes(HEADER.encode() + b"C10,62,,0.9\nC10,63,,0.9\xff\n")
    with pytest.raises(OptionFactorError, match=r"latin.csv line 3: is not UTF-8 text"):
        load_option_factors(bad)


def test_a_nul_byte_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "nul.csv"
    bad.write_bytes(HEADER.encode() + b"C10,62,,0.9\x00\n")
    with pytest.raises(OptionFactorError, match=r"nul.csv line 2: holds a NUL byte"):
        load_option_factors(bad)


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OptionFactorError, match="is not a regular file"):
        load_option_factors(tmp_path)
    with pytest.raises(OptionFactorError, match="cannot be read"):
        load_option_factors(tmp_path / "missing.csv")


def test_a_byte_order_mark_and_windows_line_ends_are_read(tmp_path: Path) -> None:
    table_file = tmp_path / "excel.csv"
    table_file.write_bytes(b"\xef\xbb\xbf" + (HEADER + "C10,62,,0.9\n").replace("\n", "\r\n").encode())
    assert load_option_factors(table_file).factor("C10", 62, None) == Decimal("0.9")


def test_the_death_benefits_option_e_uses_the_table_at_the_ages_on_the_date_of_death() -> None:
    scenario = _spouse_case(estimate_type="death_before_retirement")
    with_table = estimate(scenario, as_of=TODAY, option_factors=_table())
    survivor = with_table.option("E")
    assert survivor is not None and survivor.factor_source == "table"
    assert with_table.unmodified_monthly is not None and survivor.survivor_monthly is not None
    assert rounded(survivor.survivor_monthly) == rounded(with_table.unmodified_monthly * Decimal("0.821"))


def test_line_numbers_count_only_line_feeds() -> None:
    # A Unicode line separator inside a row is not a new line: the error names line 3 as an editor shows it.
    with pytest.raises(OptionFactorError, match=r"t.csv line 3, column option: unknown option 'C10\\u2028X'"):
        parse_option_factors(HEADER + "C10,61,,0.9\nC10\u2028X,62,,0.9\n", "t.csv")


def test_the_printed_option_notes_name_the_table_instead_of_approximate() -> None:
    with_table = summarize(estimate(_spouse_case(), as_of=TODAY, option_factors=_table()), None, made_on=TODAY)
    without = summarize(estimate(_spouse_case(), as_of=TODAY), None, made_on=TODAY)
    assert any("option factor table (test.csv, \u201cTest factors\u201d)" in n for n in with_table.option_notes)
    assert not any(n.startswith("Option amounts are approximate") for n in with_table.option_notes)
    assert any(n.startswith("Option amounts are approximate") for n in without.option_notes)
