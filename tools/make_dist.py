"""Pack dist/scers-desktop/ as dist/scers-desktop-VERSION-linux-ARCH.tar.gz with a .desktop launcher
and the icon, for members to unpack into ~/.local/opt (or /opt) and add to their menu.

Run by `make dist` after `make build`.
"""

import platform
import re
import tarfile
from pathlib import Path

ROOT = Path(__file__).parent.parent
VERSION = re.search(r'__version__ = "([^"]+)"', (ROOT / "scers_desktop" / "__init__.py").read_text()).group(1)
INSTALL = """SCERS Desktop {version}

Unpack and start:
    tar -xzf scers-desktop-{version}-*.tar.gz -C ~/.local/opt
    ~/.local/opt/scers-desktop/scers-desktop

Add it to the menu (edit the two paths in the file to where you unpacked it):
    cp ~/.local/opt/scers-desktop.desktop ~/.local/share/applications/

Needs on Debian or Ubuntu: sudo apt-get install -y libgl1 libegl1 fontconfig-config
To print on a printer it uses the system's CUPS (libcups2 and lp come with it); without CUPS,
the print dialog offers only a PDF file.
Command line: ~/.local/opt/scers-desktop/scers-estimate --json CASE.scers.json
Kiosk: see the README's kiosk section (scers-desktop --kiosk).
"""


def main() -> None:
    folder = ROOT / "dist" / "scers-desktop"
    if not (folder / "scers-desktop").exists():
        raise SystemExit("dist/scers-desktop is missing: run `make build` first")
    target = ROOT / "dist" / f"scers-desktop-{VERSION}-linux-{platform.machine()}.tar.gz"
    entry = ROOT / "resources" / "scers-desktop.desktop"
    notes = ROOT / "dist" / "INSTALL.txt"
    notes.write_text(INSTALL.format(version=VERSION), encoding="utf-8")
    with tarfile.open(target, "w:gz") as archive:
        archive.add(folder, arcname="scers-desktop")
        archive.add(entry, arcname="scers-desktop.desktop")
        archive.add(notes, arcname="INSTALL.txt")
        archive.add(ROOT / "resources" / "kiosk.example.toml", arcname="kiosk.example.toml")
    print(f"{target} ({target.stat().st_size / 2**20:.1f} MiB)")


if __name__ == "__main__":
    main()
