"""Strip debug symbols from libpython, lib-dynload and the Python extension modules of a one-folder
bundle, and nothing else (stack-notes.md §5: stripping numpy.libs breaks numpy's OpenBLAS, so the
wheel-bundled libraries under *.libs/ and PySide6/Qt/lib/ are left alone). Skipped where `strip` is
not installed (Windows, or a machine without binutils)."""

import shutil
import subprocess
import sys
from pathlib import Path

KEEP = ("numpy.libs", "pillow.libs", "Qt/lib", "Qt/plugins")


def _size(folder: Path) -> int:
    """Bytes on disk, counting each file once (symlinks are not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    folder = Path(sys.argv[1])
    tool = shutil.which("strip")
    if tool is None or not sys.platform.startswith("linux"):
        print("strip_bundle: no GNU strip here; the bundle is left as built")
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
    after = _size(folder)
    print(f"strip_bundle: {len(targets)} files, {before / 2**20:.0f} -> {after / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
