"""EHF documents written and validated per second, beside the PDF rate, in the same run.

    .venv/bin/python benchmarks/channels.py [--invoices 1000]

1. A fresh encrypted store with an organisation buyer and N issued invoices (three lines, three
   VAT rates each), archived as issued.
2. Baseline in the same run: rendering the same invoices' PDFs (``render_invoice``) -> docs/s.
3. EHF: ``ehf_for`` per invoice (UBL built with lxml, the archived PDF attached, the OASIS UBL
   2.1 XSD, both Schematron rule sets run with saxonche) -> docs/s, and the same without the
   attachment read and the rules (the UBL build alone) so the cost of validation is visible; the
   XSD step alone on the same documents (with the PDF attached) shows its share.
Prints the figures and the ratio EHF/PDF time. The rule sets' one-off compile time is printed
separately (it happens once per process).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import members, organisation, products  # noqa: E402
from kontopronto_desktop.core.channels import ehf, ehf_rules, ehf_service, ubl_schema  # noqa: E402
from kontopronto_desktop.core.invoicing import invoices, pdf  # noqa: E402
from kontopronto_desktop.core.store import create_store  # noqa: E402

PASSPHRASE = "benchmark-passord"
ORG = {"name": "Fjellheim IL", "orgnr": "974760673", "mva_registered": True, "account_number": "15036219782",
       "street": "Storgata 1", "postcode": "0155", "city": "Oslo", "email": "post@fjellheim.no"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    n = parser.parse_args().invoices
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = create_store(Path(tmp) / "bench.kpdb", PASSPHRASE)
        with store.session() as s:
            organisation.save_organisation(s, ORG)
            for code, price, vat in (("DRAKT", "599,99", "25"), ("KAFE", "10,05", "15"), ("KURS", "1200", "12")):
                products.create_product(s, {"code": code, "name": code.title(), "price": price, "vat_rate": vat,
                                            "period": "one_off"})
            members.create_member(s, {"customer_number": 2001, "name": "Kjøper AS", "kind": "organisation",
                                      "orgnr": "923609016", "street": "Bryggen 3", "postcode": "5003",
                                      "city": "Bergen", "payment_method": "ehf"})
        t = time.perf_counter()
        with store.session() as s:
            numbers = [invoices.new_invoice(s, 2001, [("DRAKT", 2, None), ("KAFE", 3, None), ("KURS", 1, None)]).number
                       for _ in range(n)]
        t_issue = time.perf_counter() - t

        with store.session() as s:
            views = [invoices.get_invoice(s, number) for number in numbers]
            seller = pdf.seller_of(s)
        t = time.perf_counter()
        for view in views:
            pdf.render_invoice(view, seller)
        t_pdf = time.perf_counter() - t

        t = time.perf_counter()
        ehf_rules.validate_ehf((Path(__file__).resolve().parents[1] / "tests/data/ehf/base-example.xml").read_bytes())
        t_compile = time.perf_counter() - t

        t = time.perf_counter()
        for view in views:
            ehf.build_ehf(view, seller, None)
        t_build = time.perf_counter() - t

        t = time.perf_counter()
        with store.session() as s:
            built = [ehf_service.ehf_for(s, number) for number in numbers]
        t_ehf = time.perf_counter() - t
        assert all(d.report.ok for d in built)
        trees = [ehf_rules._safe_parse(d.data) for d in built]
        t = time.perf_counter()
        for tree in trees:
            assert not ubl_schema.schema_errors(tree)
        t_xsd = time.perf_counter() - t
        store.close()

    print(f"invoices issued (archived):        {n} in {t_issue:.2f} s")
    print(f"baseline PDF render:               {n / t_pdf:8.1f} docs/s  ({t_pdf:.2f} s)")
    print(f"EHF build only (lxml):             {n / t_build:8.1f} docs/s  ({t_build:.2f} s)")
    print(f"EHF build + PDF + XSD + rule sets: {n / t_ehf:8.1f} docs/s  ({t_ehf:.2f} s)")
    print(f"  of which UBL 2.1 XSD alone:      {n / t_xsd:8.1f} docs/s  ({t_xsd:.2f} s, "
          f"{1000 * t_xsd / n:.1f} ms a document)")
    print(f"rule sets compiled once:           {t_compile:.2f} s")
    print(f"ratio EHF (validated) / PDF time:  {t_ehf / t_pdf:.2f}x")


if __name__ == "__main__":
    main()
