"""The engine's fixed wording that present/engine_words.py marks for the catalog is still what the engine
writes, and every fixed option text of the sample cases is marked (so a Spanish PDF names its options in
Spanish; issue 17)."""

from scers_desktop.engine import estimate, parse_scenario
from scers_desktop.engine.assumptions import setting_specs
from scers_desktop.engine.model import FilingStatus, LeaveKind, PurchaseKind
from scers_desktop.engine.mortality import BASES
from scers_desktop.engine.options import BALANCE_EXCEEDS_REFUND, NEEDS_BALANCE
from scers_desktop.present import i18n
from scers_desktop.present.engine_words import ENGINE_WORDS
from tests.golden_text import CASES
from tests.helpers import RECORDED_ON

#: Why an option has no amount, written inside the engine's option code (not module constants).
OPTION_REASONS = (
    "needs a Social Security estimate",
    "the Social Security estimate is larger than the benefit",
    "the lump sum would use up the whole benefit",
)


def _engine_texts() -> tuple[set[str], set[str]]:
    """Every fixed text the engine writes for the sample cases, and the option texts among them."""
    options: set[str] = set()
    texts: set[str] = {NEEDS_BALANCE, BALANCE_EXCEEDS_REFUND, *OPTION_REASONS}
    for raw in CASES.values():
        result = estimate(parse_scenario(raw, today=RECORDED_ON), as_of=RECORDED_ON)
        texts.add(result.plan.name)
        for option in result.options:
            texts |= {option.name, option.description}
            if "+" in option.code or option.code in ("F",) or option.code.startswith("G"):
                continue  # their names and descriptions carry figures (Option F's share, G's percent)
            options |= {option.name, option.description, option.survivor_note, option.missing or ""}
    for spec in setting_specs().values():
        texts.add(spec.label)
        texts |= {choice.replace("_", " ") for choice in spec.choices}
    texts |= {basis.name for basis in BASES.values()}
    for kind in (*LeaveKind, *PurchaseKind, *FilingStatus):
        texts.add(str(kind.value).replace("_", " "))
    options.discard("")
    return texts | options, options


def test_every_marked_text_is_still_written_by_the_engine() -> None:
    everything, _options = _engine_texts()
    assert set(ENGINE_WORDS) - everything == set()


def test_every_fixed_option_text_is_marked_and_in_spanish() -> None:
    _everything, options = _engine_texts()
    assert options - set(ENGINE_WORDS) == set()
    with i18n.speaking("es"):
        assert all(i18n._(text) != text for text in options if text not in ("SCERS Plan 1", "SCERS Plan 2"))
