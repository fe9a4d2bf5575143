"""Saving and opening case files never surprises the member (issue 12): no temporary file left behind,
permissions kept, a read-only file or a link replaced only after asking, and an unwritable data folder
is a message, not a traceback."""

import json
import os
import stat
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from scers_desktop.engine import parse_scenario
from scers_desktop.engine.limits import MAX_DEPTH
from scers_desktop.session.casefile import (
    STALE_SECONDS,
    NeedsConfirmation,
    Recovery,
    draft_from_json,
    draft_to_json,
    remove_stale_temporaries,
    write_atomically,
)
from scers_desktop.session.draft import draft_from_scenario
from scers_desktop.ui.main_window import MainWindow
from tests.helpers import TODAY

CASES = Path(__file__).parent.parent / "cases"
EXAMPLE = CASES / "scenarios" / "handbook_plan1_example2.scers.json"


def test_a_failed_save_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "case.scers.json"
    target.write_text("old")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, "new")
    assert [p.name for p in tmp_path.iterdir()] == ["case.scers.json"]
    assert target.read_text() == "old"


def test_temporaries_of_killed_saves_are_removed_but_not_a_running_one(tmp_path: Path) -> None:
    old = time.time() - STALE_SECONDS - 60
    stale = [tmp_path / ".case.scers.json.abc123.scers-tmp", tmp_path / ".case.scers.json.x7_k2.tmp"]
    for leftover in stale:
        leftover.write_text("{...the whole case...}")
        os.utime(leftover, (old, old))
    running = tmp_path / ".other.scers.json.def456.scers-tmp"
    running.write_text("being written")
    unrelated = tmp_path / ".notes.txt.tmp"
    unrelated.write_text("not ours")
    os.utime(unrelated, (old, old))
    assert remove_stale_temporaries(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([running.name, unrelated.name])


def test_a_saved_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "case.scers.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text() == "new"


def test_a_read_only_file_is_replaced_only_when_confirmed(tmp_path: Path) -> None:
    target = tmp_path / "case.scers.json"
    target.write_text("old")
    target.chmod(0o444)
    with pytest.raises(NeedsConfirmation, match=r"case\.scers\.json is read-only"):
        write_atomically(target, "new")
    assert target.read_text() == "old"
    write_atomically(target, "new", confirmed=True)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


def test_a_link_is_kept_and_its_target_replaced_only_when_confirmed(tmp_path: Path) -> None:
    real = tmp_path / "real.scers.json"
    real.write_text("old")
    link = tmp_path / "link.scers.json"
    link.symlink_to(real)
    with pytest.raises(NeedsConfirmation, match="is a link to"):
        write_atomically(link, "new")
    write_atomically(link, "new", confirmed=True)
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_a_deeply_nested_recovery_draft_is_dropped_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nested too deeply"):
        draft_from_json("[" * 20_000 + "]" * 20_000)
    entry = {"case_path": None, "draft": '{"carried": ' + '{"a": ' * 20_000 + "1" + "}" * 20_001}
    (tmp_path / "unsaved-work.json").write_text(json.dumps({"scenarios": [entry]}))
    assert Recovery(tmp_path).pending() == []
    assert not (tmp_path / "unsaved-work.json").exists()


def test_the_deepest_extra_a_file_may_hold_round_trips_through_the_draft() -> None:
    raw = json.loads(EXAMPLE.read_text())
    nested: dict[str, object] = {}
    node = nested
    for _ in range(MAX_DEPTH - 2):
        child: dict[str, object] = {}
        node["a"] = child
        node = child
    raw["extra"] = nested
    draft = draft_from_scenario(parse_scenario(raw, today=TODAY))
    assert draft_from_json(draft_to_json(draft.copy())) == draft


def test_open_with_an_unwritable_data_folder_is_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unwritable = tmp_path / "appdata"
    unwritable.write_text("a file where the folder should be: no one can write into it, not even root")
    window = MainWindow(unwritable, recover=False)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert window.open_path(EXAMPLE)
    assert window.session.draft.birth_date
    assert len(shown) == 1
    assert "cannot write to its data folder" in shown[0]
    window.session.draft.label = "changed"
    window.session.slot.saved = ""
    window._keep_recovery()  # the timer's job: said once already, so no second message
    assert len(shown) == 1


def test_saving_over_a_read_only_case_asks_first(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(tmp_path / "appdata", recover=False)
    qtbot.addWidget(window)
    target = tmp_path / "case.scers.json"
    target.write_text(EXAMPLE.read_text())
    target.chmod(0o444)
    assert window.open_path(target)
    window.view.recompute()
    asked: list[str] = []

    def answer(no_or_yes: QMessageBox.StandardButton) -> None:
        monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or no_or_yes)

    answer(QMessageBox.StandardButton.No)
    before = target.read_text()
    assert not window.save()
    assert target.read_text() == before
    assert "case.scers.json is read-only. Replace it with this case?" in asked[0]
    answer(QMessageBox.StandardButton.Yes)
    assert window.save()
    assert len(asked) == 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
