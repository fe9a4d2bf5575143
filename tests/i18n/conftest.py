"""The translation tests read the compiled catalogs: ``make test`` builds them first (``make catalogs``);
a run of pytest alone compiles any that are missing or older than their .po file."""

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from scers_desktop.present import i18n

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def tool(name: str) -> Any:
    """The module of ``tools/<name>.py`` (the tools are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    if str(TOOLS) not in sys.path:  # the tools import their shared catalog_io
        sys.path.append(str(TOOLS))
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def _compiled_catalogs() -> None:
    sources = sorted(i18n.LOCALE_DIR.glob("*/LC_MESSAGES/messages.po"))
    compiled = [po.with_suffix(".mo") for po in sources]
    if all(mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime for po, mo in zip(sources, compiled, strict=True)):
        return
    tool("compile_catalogs").main()
