"""Writes the binary hostile fixtures in this folder (run once; the files are committed).

members_stale_dimension.xlsx: five members, but the sheet's <dimension> record says A1:C2 (one
member), as some exporters leave it after rows are appended. openpyxl in read-only mode trusts it.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def stale_dimension(target: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Kundenr", "Navn", "Postnr"])
    for i in range(5):
        ws.append([1001 + i, f"Medlem {i + 1}", "0150"])
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.xlsx"
        wb.save(plain)
        with zipfile.ZipFile(plain) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    data, n = re.subn(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:C2"/>', data)
                    assert n == 1
                dst.writestr(item, data)


if __name__ == "__main__":
    stale_dimension(HERE / "members_stale_dimension.xlsx")

