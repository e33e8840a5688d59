"""Screenshots for the README: the demo organisation in a temporary folder, the real main window
offscreen at 1366×768 in Norwegian, one PNG per section in docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--members 60] [--out docs/screenshots]

Made-up people only (core/demo.py); nothing outside the temp folder and the output folder is
touched (own settings file, no keyring). PNGs are palette-quantised so they stay small.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1366, 768


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=60)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kontopronto-skjermbilder-") as tmp:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        os.environ["KONTOPRONTO_SETTINGS"] = str(Path(tmp) / "innstillinger.ini")
        sys.path.insert(0, str(ROOT))
        from PIL import Image
        from PySide6.QtWidgets import QApplication

        from kontopronto_desktop.core import demo
        from kontopronto_desktop.core.store import create_store
        from kontopronto_desktop.ui import i18n, main_window

        app = QApplication.instance() or QApplication([])
        i18n.apply_locale(app, "nb")
        store, _recovery = create_store(Path(tmp) / "demo.kpdb", "demo-passord-skjermbilder", user="Kari Nordmann")
        with store.session() as session:
            demo.create_demo(session, members=args.members)
        demo.create_demo_activity(store.session)
        window = main_window.MainWindow(store)
        window.resize(WIDTH, HEIGHT)
        window.show()
        args.out.mkdir(parents=True, exist_ok=True)
        for number, key in enumerate(window.visible_sections(), 1):
            window.show_section(key)
            deadline = time.monotonic() + 1.5  # debounced searches and lazy tabs settle
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            target = args.out / f"{number:02d}-{key}.png"
            raw = Path(tmp) / "raw.png"
            window.grab().save(str(raw))
            with Image.open(raw) as image:
                image.convert("RGB").quantize(colors=256).save(target, optimize=True)
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
                  f"{target.stat().st_size // 1024} KiB")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
