"""The readings of open handbook choices (issue 15) a scenario uses, read from and written to its draft.

A reading is a scenario ``assumptions`` key (``scers_desktop.engine.assumptions``, ``reading = true`` in
``assumptions.toml``). The app's settings change it for the scenario on screen; it is saved in the case
file with the rest of ``assumptions`` (which the wizard otherwise carries untouched). Choosing the
default removes the key, so a file says only what differs from the published defaults.
"""

from typing import Any

from scers_desktop.engine.assumptions import reading_keys, setting_specs
from scers_desktop.session.draft import Draft


def _assumptions(draft: Draft) -> dict[str, Any]:
    found = draft.carried.get("assumptions")
    return found if isinstance(found, dict) else {}


def chosen_reading(draft: Draft, key: str) -> str:
    """The value of reading ``key`` the draft uses: its own when it is one of the choices, else the default."""
    spec = setting_specs()[key]
    value = _assumptions(draft).get(key)
    return value if isinstance(value, str) and value in spec.choices else str(spec.default)


def choose_reading(draft: Draft, key: str, value: str) -> None:
    """Use ``value`` for reading ``key`` in the draft (ValueError for a key or value that is not offered)."""
    spec = setting_specs()[key]
    if key not in reading_keys() or value not in spec.choices:
        raise ValueError(f"{key} = {value!r} is not a reading the app offers")
    assumptions = dict(_assumptions(draft))
    if value == spec.default:
        assumptions.pop(key, None)
    else:
        assumptions[key] = value
    if assumptions:
        draft.carried["assumptions"] = assumptions
    else:
        draft.carried.pop("assumptions", None)
