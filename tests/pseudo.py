"""The pseudo-locale ``qps``: every string of messages.pot wrapped, accented and lengthened (issue 17).

Generated from the template at test time (never committed): each translation is ``⟦`` + the English
with its letters accented + about 35 % more + ``⟧``, placeholders (``{name}``, ``%s``) kept as they
are, e.g. ``⟦Ŝéŕvîçé ĥîšţöŕý~~~~⟧``. A string a person reads that is not wrapped shows as plain
ASCII words outside the markers. Dates and amounts keep English forms (Babel ``en_US``).
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from scers_desktop.present import i18n

POT = Path(i18n.LOCALE_DIR) / "messages.pot"
CODE = "qps"
OPEN, CLOSE = "⟦", "⟧"
ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
PLACEHOLDER = re.compile(r"(\{[^{}]*\}|%(?:\([^)]*\))?[-#0+]*\d*(?:\.\d+)?[sdifrxXeEgGc%])")


def pseudo(text: str) -> str:
    """``⟦`` + ``text`` accented outside its placeholders, ~35 % longer + ``⟧``."""
    pieces = PLACEHOLDER.split(text)
    accented = "".join(piece if index % 2 else piece.translate(ACCENTS) for index, piece in enumerate(pieces))
    pad = "~" * max(1, round(len(text) * 0.35))
    # In word-long pieces, as a longer language's words are: one unbreakable run would not wrap.
    return f"{OPEN}{accented}{' '.join(pad[i : i + 8] for i in range(0, len(pad), 8))}{CLOSE}"


def compile_pseudo(directory: Path) -> Path:
    """Write the pseudo catalog's ``.mo`` under ``directory`` and return its path."""
    with POT.open("rb") as handle:
        template = read_po(handle)
    catalog = Catalog(locale="en_US")
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, str):
            catalog.add(message.id, pseudo(message.id))
        else:
            catalog.add(message.id, tuple(pseudo(form) for form in message.id))
    target = directory / "qps" / "LC_MESSAGES" / "messages.mo"
    target.parent.mkdir(parents=True)
    with target.open("wb") as handle:
        write_mo(handle, catalog)
    return target


@contextmanager
def speaking_pseudo(directory: Path) -> Iterator[None]:
    """Speak ``qps`` inside the block (compiled into ``directory``)."""
    i18n.register(CODE, compile_pseudo(directory))
    with i18n.speaking(CODE):
        yield
