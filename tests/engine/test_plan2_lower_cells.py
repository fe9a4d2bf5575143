"""Golden cases: which printed Plan 2 cells the estimate warns about (Handbook 2023 Appendix B).

More service should never give a lower factor at the same age. The rows below are copied from the
Appendix B text, ages 60, 61 and 62. Against row 13 (1.05, 1.19, 1.33), the cells that are lower are
14/60 (0.98), 14/61 (1.05), 15/61 (1.12), 14/62 (1.12), 15/62 (1.19) and 16/62 (1.26): six of the
eighteen cells in rows 14-19. Rows 15-19 at 60 and 16-19 at 61 and 17-19 at 62 are equal to or above row 13.
"""

from decimal import Decimal

from scers_desktop.engine import estimate
from scers_desktop.engine.model import Plan
from scers_desktop.engine.plan_data import rules_data
from scers_desktop.present import messages
from tests.helpers import TODAY, quick_scenario

APPENDIX_B_AT_60_61_62 = {
    19: ("1.33", "1.40", "1.47"),
    18: ("1.26", "1.33", "1.40"),
    17: ("1.19", "1.26", "1.33"),
    16: ("1.12", "1.19", "1.26"),
    15: ("1.05", "1.12", "1.19"),
    14: ("0.98", "1.05", "1.12"),
    13: ("1.05", "1.19", "1.33"),
}
SIX_LOWER_CELLS = {(14, 60), (14, 61), (15, 61), (14, 62), (15, 62), (16, 62)}
WARNING = "lower than the one for fewer years of service"


def test_the_handbook_rows_give_the_six_cells() -> None:
    row_13 = APPENDIX_B_AT_60_61_62[13]
    lower = {
        (years, age)
        for years, cells in APPENDIX_B_AT_60_61_62.items()
        for age, cell, above in zip((60, 61, 62), cells, row_13, strict=True)
        if Decimal(cell) < Decimal(above)
    }
    assert lower == SIX_LOWER_CELLS


def test_the_engine_flags_exactly_those_cells_in_the_whole_table() -> None:
    table = rules_data().plans[Plan.TWO].factors
    flagged = {
        (years, age) for years in range(0, 40) for age in range(50, 70) if table.flag_for(years, age) is not None
    }
    assert flagged == SIX_LOWER_CELLS
    for years, cells in APPENDIX_B_AT_60_61_62.items():
        row = table.row_for(years)
        assert row is not None
        assert tuple(str(table.cell(row, age)) for age in (60, 61, 62)) == cells


def test_plan_1_has_no_flagged_cells() -> None:
    assert rules_data().plans[Plan.ONE].factors.flagged == ()


def test_the_estimate_warns_only_on_the_six_cells() -> None:
    for years in range(14, 20):
        for age in (60, 61, 62):
            result = estimate(quick_scenario("2", age, str(years), "3000"), as_of=TODAY)
            warned = any(WARNING in w for w in messages.warnings(result))
            assert warned == ((years, age) in SIX_LOWER_CELLS), (years, age)
