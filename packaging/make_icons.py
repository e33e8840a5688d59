"""Draw the program's icon once and save it as PNG (window, Linux), ICO (Windows) and ICNS (macOS).

    .venv/bin/python packaging/make_icons.py

The files are committed under kontopronto_desktop/resources/icons/ (package data, so the wheel,
the window and the PyInstaller bundle all use the same ones); run this only to change the design.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parents[1] / "kontopronto_desktop" / "resources" / "icons"
SIZE = 1024


def draw() -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(48, 48, SIZE - 96, SIZE - 96), 180, 180)
    painter.fillPath(tile, QColor("#1f5f8b"))  # a ledger blue
    painter.setPen(QColor("#ffffff"))
    font = QFont("DejaVu Sans", 1)
    font.setPixelSize(440)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 40, SIZE, SIZE - 260), Qt.AlignmentFlag.AlignCenter, "KP")
    painter.fillRect(QRectF(230, 700, SIZE - 460, 36), QColor("#f2c14e"))  # the bottom line of a sum
    painter.fillRect(QRectF(230, 760, SIZE - 460, 36), QColor("#f2c14e"))
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    OUT.mkdir(parents=True, exist_ok=True)
    big = OUT / "kontopronto-1024.png"
    draw().save(str(big))
    with Image.open(big) as image:
        image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "kontopronto.png")
        image.save(OUT / "kontopronto.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
        image.save(OUT / "kontopronto.icns")
    big.unlink()
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
