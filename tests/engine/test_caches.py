"""The engine's one door to empty its memo caches."""

from scers_desktop.app import sample_case
from scers_desktop.engine import clear_caches, estimate, load_scenario
from scers_desktop.engine.caches import _engine_caches
from tests.helpers import TODAY


def test_clear_caches_empties_every_memo_cache_after_an_estimate() -> None:
    estimate(load_scenario(sample_case(), today=TODAY), as_of=TODAY)
    assert clear_caches() > 0
    assert all(memo.cache_info().currsize == 0 for memo in _engine_caches())  # type: ignore[attr-defined]
