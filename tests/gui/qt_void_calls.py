"""Child process for test_qt_refcount: one million void Qt calls, then the change in None's count.

Run as a script (``python qt_void_calls.py [CALLS]``) so that a broken PySide6/Python pair aborts
this process, not the test run. Prints ``before after`` for ``sys.getrefcount(None)``.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


def main(total: int) -> None:
    app = QApplication.instance() or QApplication([])
    label = QLabel()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    timer = QTimer()
    timer.setInterval(60_000)
    color = QColor(10, 20, 30)
    point, rect = QPointF(1.0, 2.0), QRectF(0.0, 0.0, 10.0, 10.0)
    kinds = 6
    rounds = total // kinds
    before = sys.getrefcount(None)
    for i in range(rounds):
        label.setEnabled(True)                # widget setter
        label.setText("Kontingent")           # widget setter with an argument
        painter.setPen(color)                 # QPainter state
        painter.drawLine(point, point)        # QPainter drawing on a QImage
        painter.fillRect(rect, color)
        timer.start()                         # QTimer.start
        if i % 16 == 0:                       # processEvents is slower; still 1/16 of the rounds
            QCoreApplication.processEvents()
    painter.end()
    after = sys.getrefcount(None)
    print(before, after, flush=True)
    del app


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
