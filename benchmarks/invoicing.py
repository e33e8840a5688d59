"""Batch invoicing (fakturakjøring) with and without PDFs, against reportlab's own floor.

    .venv/bin/python benchmarks/invoicing.py [--members 10000] [--only-now]

1. Creates an encrypted demo store with N members (standard products as in the demo), twice.
2. Before/after the document archive, in the same process: (a) ``run_batch`` without archiving,
   then ``render_invoice`` per invoice written to one file each (the flow before the archive);
   (b) ``run_batch`` as it is (draws and archives every PDF in the run's transaction), then the
   files written from the archive (what ``export_batch`` does, without the merged file). The
   archive may cost at most 10 % of (a).
3. Baseline in the same run: reportlab drawing the same number of pages with a fixed minimal
   invoice layout (a dozen strings, one line, no data access) -> pages/s. The ratio of our PDF
   time to the baseline is the overhead of our layout and data over reportlab itself.
4. Times the merge of all PDFs into one print file (pypdf), reported separately.
5. Drawing alone (issue 19 item 4, goal <= 2x): ``render_invoice`` of up to --sample invoices
   against ``minimal_page`` for as many pages, alternated in chunks of 25, for --rounds rounds;
   the median of the per-round ratios, so load from other processes hits both sides alike.

``--only-now`` (for 100,000 members on a busy machine): only today's run (b), its baseline and step 5;
no run without the archive and no merge, which together take more than half the time.
"""

from __future__ import annotations

import argparse
import io
import statistics
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
from kontopronto_desktop.core.invoicing import archive as archive_mod  # noqa: E402
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


def render_ratio(views: list[invoices.InvoiceView], seller: pdf.Seller, rounds: int) -> list[float]:
    """Per round: time of drawing the invoices / time of as many minimal pages.

    Alternates in chunks of 25 so that load from other processes falls on both sides alike.
    """
    ratios = []
    for _ in range(rounds):
        ours = base = 0.0
        for start in range(0, len(views), 25):
            chunk = views[start:start + 25]
            t0 = time.perf_counter()
            for view in chunk:
                pdf.render_invoice(view, seller)
            t1 = time.perf_counter()
            for i in range(len(chunk)):
                minimal_page(start + i)
            ours, base = ours + t1 - t0, base + time.perf_counter() - t1
        ratios.append(ours / base)
    return ratios


def _run_and_pdfs(tmp: Path, members: int, archive: bool, keep: list[object] | None = None,
                  sample: int = 0) -> tuple[int, float, float, list[bytes]]:
    """A fresh demo store, one batch run, one PDF file per invoice; returns (n, t_run, t_pdf, pdfs).

    ``archive`` False is the flow before the document archive (run, then draw every PDF);
    True is today's (the run draws and archives every PDF, the export reads the archive).
    """
    store, _ = create_store(tmp / f"bench-{archive}.kpdb", PASSPHRASE, user="benchmark")
    with store.session() as s:
        demo.create_demo(s, members=members)
    saved = batch.archive_issued
    if not archive:
        batch.archive_issued = lambda *_a, **_k: {}  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        with store.session() as s:
            result = batch.run_batch(s, date(2026, 3, 1))
        t_run = time.perf_counter() - t0
    finally:
        batch.archive_issued = saved  # type: ignore[assignment]
    out = tmp / f"pdf-{archive}"
    out.mkdir()
    t0 = time.perf_counter()
    datas = []
    with store.session() as s:
        views = invoices.list_invoices(s, batch_id=result.batch_id, with_lines=not archive)
        if archive:
            for start in range(0, len(views), 500):
                part = views[start:start + 500]
                pdfs = archive_mod.issued_pdfs(s, [v.id for v in part])
                for view in part:
                    (out / pdf.file_name(view)).write_bytes(pdfs[view.id])
                    datas.append(pdfs[view.id])
            if keep is not None:  # --only-now: step 5 draws a sample of this run's invoices
                keep[:] = [invoices.list_invoices(s, batch_id=result.batch_id, limit=sample, with_lines=True),
                           pdf.seller_of(s)]
        else:
            seller = pdf.seller_of(s)
            if keep is not None:
                keep[:] = [views, seller]
            for view in views:
                data = pdf.render_invoice(view, seller)
                (out / pdf.file_name(view)).write_bytes(data)
                datas.append(data)
    t_pdf = time.perf_counter() - t0
    store.close()
    return result.count, t_run, t_pdf, datas


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=1000, help="invoices drawn per round in step 5")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only-now", action="store_true", help="only the run with the archive, its baseline and step 5")
    args = parser.parse_args()
    kept: list[object] = []
    if args.only_now:
        only_now(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        n, b_run, b_pdf, _ = _run_and_pdfs(Path(tmp), args.members, archive=False, keep=kept)
        n2, t_run, t_pdf, datas = _run_and_pdfs(Path(tmp), args.members, archive=True)
        assert n2 == n

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

        views, seller = kept
        ratios = render_ratio(views[:args.sample], seller, args.rounds)  # type: ignore[index, arg-type]

    size = sum(len(d) for d in datas)
    print(f"members / invoices            {args.members} / {n}")
    print(f"without archive (before)      run {b_run:6.2f} s + PDFs {b_pdf:6.2f} s = {b_run + b_pdf:7.2f} s"
          f"  {n / (b_run + b_pdf):7.0f} invoices/s")
    print(f"with archive (now)            run {t_run:6.2f} s + PDFs {t_pdf:6.2f} s = {t_run + t_pdf:7.2f} s"
          f"  {n / (t_run + t_pdf):7.0f} invoices/s")
    print(f"archive cost                  {(t_run + t_pdf) / (b_run + b_pdf) - 1:+8.1%}  (limit +10 %); "
          f"{size / 1e6:.1f} MB of PDFs archived, {size / n / 1e3:.1f} kB each")
    print(f"baseline: reportlab minimal   {t_base:8.2f} s  {n / t_base:9.0f} pages/s")
    print(f"ratio our PDFs / baseline     {(t_run + t_pdf - b_run) / t_base:8.2f}x  (PDF part of the run + export)")
    print(f"ratio run+PDFs / baseline     {(t_run + t_pdf) / t_base:8.2f}x")
    print(f"merge into one print PDF      {t_merge:8.2f} s  (pypdf, {n} pages)")
    print(f"drawing alone / minimal page  {statistics.median(ratios):8.2f}x  (goal <= 2x; median of {len(ratios)} "
          f"rounds of {min(n, args.sample)}: {' '.join(f'{r:.2f}' for r in sorted(ratios))})")


def only_now(args: argparse.Namespace) -> None:
    kept: list[object] = []
    with tempfile.TemporaryDirectory() as tmp:
        n, t_run, t_pdf, _datas = _run_and_pdfs(Path(tmp), args.members, archive=True, keep=kept, sample=args.sample)
        t0 = time.perf_counter()
        for i in range(n):
            minimal_page(i)
        t_base = time.perf_counter() - t0
        views, seller = kept
        ratios = render_ratio(views, seller, args.rounds)  # type: ignore[arg-type]
    print(f"members / invoices            {args.members} / {n}  (--only-now)")
    print(f"with archive (now)            run {t_run:6.2f} s + PDFs {t_pdf:6.2f} s = {t_run + t_pdf:7.2f} s"
          f"  {n / (t_run + t_pdf):7.0f} invoices/s")
    print(f"baseline: reportlab minimal   {t_base:8.2f} s  {n / t_base:9.0f} pages/s")
    print(f"ratio run+PDFs / baseline     {(t_run + t_pdf) / t_base:8.2f}x")
    print(f"drawing alone / minimal page  {statistics.median(ratios):8.2f}x  (goal <= 2x; median of {len(ratios)} "
          f"rounds of {len(views)}: {' '.join(f'{r:.2f}' for r in sorted(ratios))})")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
