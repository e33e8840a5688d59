"""Opening a section imports only what the page shows: the PDF merger (pypdf) and the Nets/SFTP
channel libraries (netsgiro, paramiko) load when a file is merged or sent, not with the page.

Why: each import is paid on the GUI thread the first time a section is opened (issue 19: pypdf
alone was 0.14 s of Medlemmer's first open, netsgiro and the channels 0.2 s of Purring's).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import kontopronto_desktop.ui.members.page
import kontopronto_desktop.ui.invoices.page
import kontopronto_desktop.ui.reminders.page
import kontopronto_desktop.core.invoicing.print_batch
import kontopronto_desktop.core.collection.email
print(json.dumps(sorted(m for m in ("pypdf", "netsgiro", "paramiko") if m in sys.modules)))
"""


def test_pages_do_not_import_the_pdf_merger_or_the_channel_libraries() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
