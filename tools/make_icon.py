"""Draw the application icon (resources/icon.png, 256 x 256) with Pillow: a navy tile, a rising line
and the letter S. Run from the repository root: python tools/make_icon.py"""

import io
import lzma
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = 256
NAVY, WHITE, GOLD = (31, 78, 121, 255), (255, 255, 255, 255), (255, 196, 0, 255)
FONT = Path(__file__).parent.parent / "scers_desktop" / "resources" / "fonts" / "DejaVuSans-Bold.ttf.xz"


def main() -> None:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=NAVY)
    draw.line([(40, 196), (96, 170), (148, 150), (216, 70)], fill=GOLD, width=14, joint="curve")
    draw.text(
        (SIZE // 2, 112),
        "S",
        font=ImageFont.truetype(io.BytesIO(lzma.decompress(FONT.read_bytes())), 150),
        fill=WHITE,
        anchor="mm",
    )
    out = Path(__file__).parent.parent / "scers_desktop" / "resources" / "icon.png"
    image.save(out)
    print(out)


if __name__ == "__main__":
    main()
