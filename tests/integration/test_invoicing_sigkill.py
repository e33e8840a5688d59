"""A batch run killed with SIGKILL halfway leaves no partial batch, no gap, and a store that checks clean."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from kontopronto_desktop.core import demo
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.models.invoice import Invoice, InvoiceBatch, InvoiceLine
from kontopronto_desktop.core.store import Store, open_store
from tests.conftest import PASSPHRASE

CHILD = textwrap.dedent("""
    import sys, time
    from datetime import date
    from kontopronto_desktop.core.store import open_store
    from kontopronto_desktop.core.invoicing import batch

    store = open_store(sys.argv[1], passphrase=sys.argv[2], use_keyring=False)

    def progress(done, total):
        print(f"{done}/{total}", flush=True)
        time.sleep(0.2)  # slow enough that the parent can kill us in the middle

    with store.session() as session:
        batch.run_batch(session, date(2026, 4, 1), progress=progress, chunk=100)
    print("DONE", flush=True)
""")


def test_sigkill_mid_batch(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        demo.create_demo(s, members=1200)
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date(2026, 3, 1))
        invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=date(2026, 3, 1))
        lines_before = s.scalar(select(func.count()).select_from(InvoiceLine))
    path = store.path
    store.close()  # the child takes the store lock

    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, str(script), str(path), PASSPHRASE], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    seen = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            seen.append(line.strip())
            done, _, total = line.strip().partition("/")
            if total and int(done) >= int(total) // 2:
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, (seen, child.stderr.read() if child.stderr else "")
    assert "DONE" not in seen and len(seen) >= 2

    reopened = open_store(path, passphrase=PASSPHRASE, use_keyring=False)
    try:
        with reopened.session() as s:
            assert s.scalar(select(func.count()).select_from(InvoiceBatch)) == 0
            assert s.scalar(select(func.count()).select_from(Invoice)) == 2
            assert s.scalar(select(func.count()).select_from(InvoiceLine)) == lines_before
            assert check_store(s) == []
        with reopened.session() as s:
            result = batch.run_batch(s, date(2026, 4, 1))
        assert result.first_number == 3 and result.count == 1200
        with reopened.session() as s:
            assert check_store(s) == []
    finally:
        reopened.close()
