"""Set-up and the app name the missing system packages in one line instead of letting Qt crash.

Every probe here is a fake: no test depends on what the host has installed.
"""

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from scers_desktop import system_check
from scers_desktop.app import main as app_main
from scers_desktop.app import uses_x_display

SCRIPT = Path(__file__).parent.parent / "tools" / "check_system.py"
MESSAGE = "Missing system packages; install them first: sudo apt-get install -y libegl1 libxcb-icccm4"


def load_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_system", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def without(*names: str) -> system_check.Probe:
    """A probe that finds every library but these."""
    return lambda name: name not in names


def has_every_module(name: str) -> bool:
    return True


def test_a_missing_library_is_named_by_its_package_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    check = load_check()
    assert check.main(["--display"], without("EGL", "xcb-icccm"), has_every_module) == 1
    assert capsys.readouterr().out.splitlines() == [MESSAGE]


def test_nothing_missing_says_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert load_check().main(["--display"], without(), has_every_module) == 0
    assert capsys.readouterr().out == ""


def test_without_a_display_the_x_libraries_are_not_required() -> None:
    check = load_check()
    probe = without(*system_check.XCB_LIBRARIES)
    assert check.missing_packages(False, probe, has_every_module) == []
    assert check.missing_packages(True, probe, has_every_module) == list(system_check.XCB_LIBRARIES.values())


def test_a_python_without_venv_support_is_named_first() -> None:
    check = load_check()
    missing = check.missing_packages(False, without("GL"), lambda name: name != "ensurepip")
    assert missing[1:] == ["libgl1"]
    assert missing[0].startswith("python3.") and missing[0].endswith("-venv")


def test_set_up_and_the_app_share_one_list() -> None:
    assert load_check().system_check.XCB_LIBRARIES == system_check.XCB_LIBRARIES


def test_the_app_on_an_x_display_prints_the_same_line_before_qt_starts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert app_main([], probe=without("EGL", "xcb-icccm")) == 2
    assert capsys.readouterr().out.splitlines() == [MESSAGE]


@pytest.mark.parametrize(
    ("environment", "x_display"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_the_x_libraries_are_checked_only_for_the_xcb_plugin(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], x_display: bool
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert uses_x_display() is x_display
