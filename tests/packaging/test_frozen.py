"""The frozen app (PyInstaller one-folder): builds, finds its data and fonts, and gives the same answers.

Marked ``build``: run by `make test-build`, not by `make test`, because a build takes a minute or more.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
DIST = ROOT / "dist" / "scers-desktop"
CASES = sorted((ROOT / "tests" / "cases" / "scenarios").glob("*.scers.json"))

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def frozen() -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
         str(ROOT / "build_spec" / "scers_desktop.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip
    subprocess.run([sys.executable, str(ROOT / "tools" / "strip_bundle.py"), str(DIST)], check=True)  # as make build
    return DIST


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_frozen_estimates_match_the_source_run(frozen: Path) -> None:
    args = ["--json", *map(str, CASES)]
    source = subprocess.run(
        [sys.executable, "-m", "scers_desktop.cli", *args], capture_output=True, text=True, check=False
    )
    built = subprocess.run(
        [str(frozen / "scers-estimate"), *args], capture_output=True, text=True, env=_env(), check=False
    )
    assert built.returncode == source.returncode == 0, built.stderr
    for mine, theirs in zip(built.stdout.splitlines(), source.stdout.splitlines(), strict=True):
        a, b = json.loads(mine), json.loads(theirs)
        for item in (a, b):
            item.pop("purchases")  # purchase costs are as of today's date; compared below without it
        assert a == b


def test_frozen_snapshot_renders_every_page(frozen: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(frozen / "scers-desktop"), "--snapshot", str(tmp_path), str(CASES[0])],
        capture_output=True, text=True, env=_env(), timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list(tmp_path.glob("*.png"))) >= 9


def test_frozen_pdf_has_embedded_fonts(frozen: Path, tmp_path: Path) -> None:
    out = tmp_path / "estimate.pdf"
    done = subprocess.run(
        [str(frozen / "scers-estimate"), "--pdf", str(out), str(CASES[0])], capture_output=True, env=_env(), check=False
    )
    assert done.returncode == 0
    assert b"DejaVuSans" in out.read_bytes()
