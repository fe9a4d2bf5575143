"""Dialogs in UI tests: a modal question nobody answers would hang the run, so each is answered."""

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox


@pytest.fixture(autouse=True)
def answer_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unsaved-changes questions are answered 'Discard', PIN prompts cancelled, notices dismissed."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", False))
