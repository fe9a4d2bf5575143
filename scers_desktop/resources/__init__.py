"""Package data for the app: the sample case, fonts and the icon.

The fonts are stored xz-compressed (``fonts/<name>.ttf.xz``: 2.6 MiB of TrueType in 1.1 MiB, which keeps
the frozen bundle within its 150 MiB goal) and read into memory by :func:`font_bytes`; reportlab and Qt
take a font from bytes as well as from a file.
"""

import lzma
from functools import cache
from importlib import resources


@cache
def font_bytes(file: str) -> bytes:
    """The TrueType data of a shipped font, ``file`` its name without ``.xz`` ("DejaVuSans.ttf")."""
    return lzma.decompress(resources.files(__name__).joinpath("fonts", f"{file}.xz").read_bytes())
