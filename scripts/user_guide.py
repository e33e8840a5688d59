"""Copy README.md's «Brukerveiledning» section into the package (kontopronto_desktop/resources/brukerveiledning.md).

Run after editing the guide in the README: `.venv/bin/python scripts/user_guide.py`.
tests/gui/test_help_menu_gui.py fails while the two differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kontopronto_desktop.ui.help.guide import GUIDE_FILE, guide_section  # noqa: E402


def main() -> None:
    target = ROOT / "kontopronto_desktop" / "resources" / GUIDE_FILE
    target.write_text(guide_section((ROOT / "README.md").read_text(encoding="utf-8")), encoding="utf-8")
    print(target)


if __name__ == "__main__":
    main()
