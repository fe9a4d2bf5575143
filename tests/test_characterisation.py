"""The refactoring net: scers-estimate's JSON and text for every case file equal the recorded fixture.

The fixture was recorded once by ``tools/record_characterisation.py`` at a fixed date; any change of a
number, a word or a field shows here as a difference for one file.
"""

import json

import pytest

from tests.characterisation import FIXTURE, ROOT, case_files, record


def test_every_case_file_is_recorded() -> None:
    recorded = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert sorted(recorded["files"]) == case_files()


def test_the_command_line_prints_what_was_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    recorded = json.loads(FIXTURE.read_text(encoding="utf-8"))
    now = record()
    assert now["as_of"] == recorded["as_of"]
    for file, output in recorded["files"].items():
        assert now["files"][file] == output, file
