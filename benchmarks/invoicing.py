"""Batch invoicing (fakturakjøring) with and without PDFs, against reportlab's own floor.

    .venv/bin/python benchmarks/invoicing.py [--members 10000]

1. Creates an encrypted demo store with N members (standard products as in the demo).
2. Times ``run_batch`` alone: N invoices numbered, with KID, in one transaction -> invoices/s.
3. Times the PDFs for the whole batch: ``render_invoice`` per invoice written to one file each
   (what ``export_batch`` does, without the merged file) -> invoices/s for run + PDFs.
4. Baseline in the same run: reportlab drawing the same number of pages with a fixed minimal
   invoice layout (a dozen strings, one line, no data access) -> pages/s. The ratio of our PDF
   time to the baseline is the overhead of our layout and data over reportlab itself.
5. Times the merge of all PDFs into one print file (pypdf), reported separately.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import demo  # noqa: E402
from kontopronto_desktop.core.invoicing import batch, invoices, pdf  # noqa: E402
from kontopronto_desktop.core.store import create_store  # noqa: E402

PASSPHRASE = "benchmark-passord"


def minimal_page(i: int) -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(400, 800, "FAKTURA")
    c.setFont("Helvetica", 10)
    for n, text in enumerate(("Fjellheim Idrettslag", "Org.nr. 974 760 673", f"Fakturanr. {i}",
                              "Fakturadato 01.03.2026", "Forfall 15.03.2026", f"KID 0{i:08d}",
                              "Medlemskontingent 1 x 450,00", "Å betale kr 450,00", "Konto 1503.62.19782",
                              "Ola Nordmann", "Storgata 1", "0155 Oslo")):
        c.drawString(60, 740 - n * 16, text)
    c.line(60, 500, 535, 500)
    c.showPage()
    c.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = create_store(Path(tmp) / "bench.kpdb", PASSPHRASE, user="benchmark")
        with store.session() as s:
            demo.create_demo(s, members=args.members)
        t0 = time.perf_counter()
        with store.session() as s:
            result = batch.run_batch(s, date(2026, 3, 1))
        t_run = time.perf_counter() - t0
        n = result.count

        out = Path(tmp) / "pdf"
        out.mkdir()
        t0 = time.perf_counter()
        with store.session() as s:
            views = invoices.list_invoices(s, batch_id=result.batch_id, with_lines=True)
            seller = pdf.seller_of(s)
        datas = []
        for view in views:
            data = pdf.render_invoice(view, seller)
            (out / pdf.file_name(view)).write_bytes(data)
            datas.append(data)
        t_pdf = time.perf_counter() - t0

        t0 = time.perf_counter()
        for i in range(n):
            minimal_page(i)
        t_base = time.perf_counter() - t0

        t0 = time.perf_counter()
        merged = PdfWriter()
        for data in datas:
            merged.append(io.BytesIO(data))
        with open(Path(tmp) / "alle.pdf", "wb") as fh:
            merged.write(fh)
        t_merge = time.perf_counter() - t0
        store.close()

    print(f"members / invoices            {args.members} / {n}")
    print(f"batch run alone               {t_run:8.2f} s  {n / t_run:9.0f} invoices/s")
    print(f"PDFs (render + write files)   {t_pdf:8.2f} s  {n / t_pdf:9.0f} invoices/s")
    print(f"run + PDFs                    {t_run + t_pdf:8.2f} s  {n / (t_run + t_pdf):9.0f} invoices/s")
    print(f"baseline: reportlab minimal   {t_base:8.2f} s  {n / t_base:9.0f} pages/s")
    print(f"ratio our PDFs / baseline     {t_pdf / t_base:8.2f}x")
    print(f"ratio run+PDFs / baseline     {(t_run + t_pdf) / t_base:8.2f}x")
    print(f"merge into one print PDF      {t_merge:8.2f} s  (pypdf, {n} pages)")


if __name__ == "__main__":
    main()
