"""Real scenario-format/1 files keep loading, and saving a scenario loses nothing."""

from pathlib import Path

import pytest

from scers_desktop.engine import dump_scenario, estimate, load_scenario
from scers_desktop.engine.scenario_file import parse_scenario_text
from tests.helpers import TODAY

SCENARIOS = sorted((Path(__file__).parent.parent / "cases" / "scenarios").glob("*.scers.json"))


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_format_1_files_load_and_estimate(path: Path) -> None:
    result = estimate(load_scenario(path, today=TODAY), as_of=TODAY)
    assert result.rules_version.startswith("SCERS rules")


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_save_and_reload_is_the_same_scenario(path: Path) -> None:
    scenario = load_scenario(path, today=TODAY)
    again = parse_scenario_text(dump_scenario(scenario), today=TODAY)
    assert again == scenario
    assert estimate(again, as_of=TODAY).unmodified_monthly == estimate(scenario, as_of=TODAY).unmodified_monthly
