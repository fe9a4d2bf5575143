"""Strip debug symbols from libpython, lib-dynload and the Python extension modules of a one-folder
bundle, and nothing else (stack-notes.md §5: stripping numpy.libs breaks numpy's OpenBLAS, so the
wheel-bundled libraries under *.libs/ and PySide6/Qt/lib/ are left alone). Then rebuild Qt's ICU data
library with only the data Qt reads (31 -> 3 MiB). Skipped where binutils (`strip`, `as`, `ld`) are
not installed (Windows, or a machine without binutils)."""

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP = ("numpy.libs", "pillow.libs", "Qt/lib", "Qt/plugins")


# ICU data (stack-notes.md §5: QtCore needs ICU). Of the 31 MiB, QtCore 6.11 reads only what its ICU
# calls need: collation (ucol_*), case mapping (u_strTo*), time zone names (ucal_*) and the converter
# aliases (ucnv_*). The converter tables go: they serve only legacy codecs such as windows-1252
# (QStringConverter.availableCodecs() lists 32 instead of 233), and the app reads and writes UTF-8,
# which Qt and ICU have built in. Break iterators, transliterators, number spell-out, units,
# currencies, language and region names are never read, and the UI is English: the other locales'
# bundles go too.
ICU_UNUSED_TREES = {"brkitr", "translit", "rbnf", "unit", "curr", "lang", "region"}
ICU_LOCALES = {"root", "en", "en_US", "res_index"}
LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_\w+)?\.res")


def _icu_item_kept(name: str) -> bool:
    """Whether an item of ICU's common data (such as ``icudt73l/coll/de.res``) stays."""
    tree, _, leaf = name.partition("/")[2].rpartition("/")
    if tree in ICU_UNUSED_TREES or leaf.endswith(".cnv"):
        return False
    return not LOCALE_BUNDLE.fullmatch(leaf) or leaf.removesuffix(".res") in ICU_LOCALES


def _icu_common_data(library: Path) -> tuple[str, bytes]:
    """The data symbol's name (``icudt73_dat``) and its bytes, read from the ICU data library."""
    symbols = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    fields = next(line.split() for line in symbols.splitlines() if re.search(r"\bicudt\d+_dat$", line))
    address, size, symbol = int(fields[0], 16), int(fields[-2], 16), fields[-1]
    headers = subprocess.run(["objdump", "-h", str(library)], capture_output=True, text=True, check=True).stdout
    for line in headers.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[0].isdigit():
            length, start, offset = int(parts[2], 16), int(parts[3], 16), int(parts[5], 16)
            if start <= address < start + length:
                with library.open("rb") as file:
                    file.seek(address - start + offset)
                    return symbol, file.read(size)
    raise ValueError(f"{library}: {symbol} is in no section")


def _icu_filtered(data: bytes) -> bytes:
    """ICU common data ("CmnD": header, table of contents sorted by name, items) with fewer items."""
    header = struct.unpack_from("<H", data)[0]
    count = struct.unpack_from("<I", data, header)[0]
    entries = [struct.unpack_from("<II", data, header + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(data) - header]
    items = []
    for (name_at, offset), end in zip(entries, ends, strict=True):
        name = data[header + name_at : data.index(b"\0", header + name_at)]
        if _icu_item_kept(name.decode()):
            items.append((name, data[header + offset : header + end]))
    names = b"".join(name + b"\0" for name, _ in items)
    table = 4 + 8 * len(items)
    offset = -(-(table + len(names)) // 16) * 16
    toc, body, name_at = [struct.pack("<I", len(items))], [], table
    for name, item in items:
        toc.append(struct.pack("<II", name_at, offset))
        name_at += len(name) + 1
        padded = item + b"\0" * (-len(item) % 16)
        body.append(padded)
        offset += len(padded)
    contents = b"".join(toc) + names
    return data[:header] + contents + b"\0" * (-len(contents) % 16) + b"".join(body)


def slim_icu_data(folder: Path) -> None:
    """Rebuild the bundle's ICU data library with only the items Qt reads (assembled with binutils)."""
    for library in folder.rglob("libicudata.so.*"):
        if library.is_symlink():
            continue
        symbol, data = _icu_common_data(library)
        with tempfile.TemporaryDirectory() as work:
            blob, source, obj, out = (Path(work) / name for name in ("icu.dat", "icu.s", "icu.o", "icu.so"))
            blob.write_bytes(_icu_filtered(data))
            source.write_text(
                f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n"
                f'.incbin "{blob}"\n.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n'
            )
            subprocess.run(["as", "-o", str(obj), str(source)], check=True)
            subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(out), str(obj)], check=True)
            shutil.copyfile(out, library)


def _size(folder: Path) -> int:
    """Bytes on disk, counting each file once (symlinks are not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    folder = Path(sys.argv[1])
    tool = shutil.which("strip")
    if tool is None or not sys.platform.startswith("linux") or not (shutil.which("as") and shutil.which("ld")):
        print("strip_bundle: no binutils (strip, as, ld) here; the bundle is left as built")
        return 0
    before = _size(folder)
    targets = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not p.is_symlink()
        and (p.name.startswith("libpython") or p.suffix == ".so" or ".so." in p.name)
        and not any(part in p.as_posix() for part in KEEP)
    ]
    for target in targets:
        subprocess.run([tool, "--strip-unneeded", str(target)], check=False, capture_output=True)
    slim_icu_data(folder)
    after = _size(folder)
    print(f"strip_bundle: {len(targets)} stripped, ICU data slimmed: {before / 2**20:.0f} -> {after / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
