"""Set-up names the missing system package in one line instead of letting Qt crash."""

import ctypes.util
import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "tools" / "check_system.py"


def load_check() -> object:
    spec = importlib.util.spec_from_file_location("check_system", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_missing_library_is_named_by_its_package_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    check = load_check()
    real = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name in ("EGL", "xcb-icccm") else real(name))
    monkeypatch.setattr("sys.argv", ["check_system.py", "--display"])
    assert check.main() == 1  # type: ignore[attr-defined]
    out = capsys.readouterr().out.strip().splitlines()
    assert out == ["Missing system packages; install them first: sudo apt-get install -y libegl1 libxcb-icccm4"]


def test_without_a_display_the_x_libraries_are_not_required(monkeypatch: pytest.MonkeyPatch) -> None:
    check = load_check()
    real = ctypes.util.find_library
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name.startswith("xcb") else real(name))
    assert check.missing_packages(for_display=False) == []  # type: ignore[attr-defined]
