"""Consolidation: SAF-T import and consolidation of a 20-company group, against lxml alone.

    .venv/bin/python benchmarks/consolidation.py            # 20 files x 100,000 GL lines
    .venv/bin/python benchmarks/consolidation.py --small    # 2 files x 5,000 lines, to try it quickly

1. Generates N schema-valid SAF-T Financial 1.30 files (one per company, 60 accounts, balanced
   two-line transactions, closing = opening + movements) in a temporary folder.
2. Baseline, "our limit": lxml.etree.iterparse over every file with element clearing and no
   work per line (no validation), then the same with the 1.30 XSD plugged in (validation only) as
   the import loads it (identity constraints that cannot match stripped, see saft_schema.py);
   ``--published-xsd`` adds a run with the XSD exactly as published, for comparison.
3. Ours: in a fresh encrypted store, a group with a parent and N-1 subsidiaries; each file is
   read (streaming, XSD-validated, warnings) and stored, mappings proposed and confirmed,
   eliminations proposed and accepted, and the consolidated report built.
Each phase runs in its own process so its peak memory (ru_maxrss) is its own; the script
prints times, peak memory and the ratios to the baselines (wall clock, and for the import also
CPU time of the process, all its threads: the schema check runs on a second thread, so CPU time
can exceed wall time on a free machine), and the load average before and after.

    .venv/bin/python benchmarks/consolidation.py --files 3 --rounds 3 --compare aa0bfcb~1

``--compare REV`` also runs the import with the code of git revision REV (extracted to a
temporary folder) on the same files, alternating with the current code round by round, and
prints both; ``--rounds N`` repeats every phase N times and reports medians.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if "--code" in sys.argv:  # a phase run with another revision's code (--compare)
    sys.path.insert(0, sys.argv[sys.argv.index("--code") + 1])
else:
    sys.path.insert(0, str(REPO))

NS = "urn:StandardAuditFile-Taxation-Financial:NO"
PASSPHRASE = "benchmark-passord"

#: (account, grouping category, grouping code): a plausible small-company chart
ACCOUNTS = [
    ("1200", "balanseverdiForAnleggsmiddel", "1205"), ("1250", "balanseverdiForAnleggsmiddel", "1205"),
    ("1400", "balanseverdiForOmloepsmiddel", "1400"), ("1500", "balanseverdiForOmloepsmiddel", "1500"),
    ("1570", "balanseverdiForOmloepsmiddel", "1570"), ("1900", "balanseverdiForOmloepsmiddel", "1900"),
    ("1920", "balanseverdiForOmloepsmiddel", "1920"), ("1950", "balanseverdiForOmloepsmiddel", "1950"),
    ("2000", "egenkapital", "2000"), ("2050", "egenkapital", "2050"), ("2400", "kortsiktigGjeld", "2400"),
    ("2600", "kortsiktigGjeld", "2600"), ("2700", "kortsiktigGjeld", "2740"), ("2710", "kortsiktigGjeld", "2740"),
    ("2740", "kortsiktigGjeld", "2740"), ("2770", "kortsiktigGjeld", "2770"), ("2940", "kortsiktigGjeld", "2949"),
    ("2990", "kortsiktigGjeld", "2990"),
] + [(str(3000 + i * 10), "salgsinntekt", "3000") for i in range(8)] \
  + [(str(4000 + i * 10), "varekostnad", "4005") for i in range(8)] \
  + [(str(5000 + i * 10), "loennskostnad", "5000") for i in range(6)] \
  + [(str(6300 + i * 20), "annenDriftskostnad", "6300") for i in range(16)] \
  + [("8050", "finansinntekt", "8050"), ("8150", "finanskostnad", "8150"), ("8300", "skattekostnad", "8300"),
     ("1700", "balanseverdiForOmloepsmiddel", "1570")]


def _kr(ore: int) -> str:
    return f"{ore // 100}.{ore % 100:02d}"


def generate(path: Path, orgnr: str, lines: int, seed: int) -> None:
    """Write one file with ``lines`` GL lines in ``lines // 2`` balanced transactions."""
    rng = random.Random(seed)
    numbers = [a for a, _, _ in ACCOUNTS]
    movement = dict.fromkeys(numbers, 0)
    body: list[str] = []
    total = 0
    for t in range(lines // 2):
        debit, credit = rng.sample(numbers, 2)
        amount = rng.randint(100, 5_000_000)
        movement[debit] += amount
        movement[credit] -= amount
        total += amount
        month = t % 12 + 1
        day = f"2026-{month:02d}-{t % 28 + 1:02d}"
        body.append(
            f"<Transaction><TransactionID>{t + 1}</TransactionID><Period>{month}</Period><PeriodYear>2026"
            f"</PeriodYear><TransactionDate>{day}</TransactionDate><Description>Bilag {t + 1}</Description>"
            f"<SystemEntryDate>{day}</SystemEntryDate><GLPostingDate>{day}</GLPostingDate>"
            f"<Line><RecordID>1</RecordID><AccountID>{debit}</AccountID><Description>Bilag {t + 1}</Description>"
            f"<DebitAmount><Amount>{_kr(amount)}</Amount></DebitAmount></Line>"
            f"<Line><RecordID>2</RecordID><AccountID>{credit}</AccountID><Description>Bilag {t + 1}</Description>"
            f"<CreditAmount><Amount>{_kr(amount)}</Amount></CreditAmount></Line></Transaction>\n")
    with open(path, "w", encoding="utf-8") as out:
        out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<AuditFile xmlns="{NS}"><Header>'
                  "<AuditFileVersion>1.30</AuditFileVersion><AuditFileCountry>NO</AuditFileCountry>"
                  "<AuditFileDateCreated>2027-02-01</AuditFileDateCreated><SoftwareCompanyName>Benchmark"
                  "</SoftwareCompanyName><SoftwareID>B</SoftwareID><SoftwareVersion>1</SoftwareVersion>"
                  f"<Company><RegistrationNumber>{orgnr}</RegistrationNumber><Name>Selskap {orgnr} AS</Name>"
                  "<Address><City>Oslo</City><Country>NO</Country></Address><Contact><ContactPerson>"
                  "<FirstName>A</FirstName><LastName>B</LastName></ContactPerson></Contact></Company>"
                  "<DefaultCurrencyCode>NOK</DefaultCurrencyCode><SelectionCriteria><SelectionStartDate>"
                  "2026-01-01</SelectionStartDate><SelectionEndDate>2026-12-31</SelectionEndDate>"
                  "</SelectionCriteria><TaxAccountingBasis>A</TaxAccountingBasis></Header>"
                  "<MasterFiles><GeneralLedgerAccounts>\n")
        for number, category, code in ACCOUNTS:
            closing = movement[number]
            side = "Debit" if closing >= 0 else "Credit"
            out.write(f"<Account><AccountID>{number}</AccountID><AccountDescription>Konto {number}"
                      f"</AccountDescription><GroupingCategory>{category}</GroupingCategory><GroupingCode>{code}"
                      "</GroupingCode><AccountType>GL</AccountType><OpeningDebitBalance>0</OpeningDebitBalance>"
                      f"<Closing{side}Balance>{_kr(abs(closing))}</Closing{side}Balance></Account>\n")
        out.write(f"</GeneralLedgerAccounts></MasterFiles><GeneralLedgerEntries><NumberOfEntries>{lines // 2}"
                  f"</NumberOfEntries><TotalDebit>{_kr(total)}</TotalDebit><TotalCredit>{_kr(total)}</TotalCredit>"
                  "<Journal><JournalID>GL</JournalID><Description>Hovedbok</Description><Type>GL</Type>\n")
        out.writelines(body)
        out.write("</Journal></GeneralLedgerEntries></AuditFile>\n")


def phase_lxml(files: list[Path], validate: bool, published: bool = False) -> dict[str, float]:
    from lxml import etree

    from kontopronto_desktop.core.consolidation.saft_schema import published_schema, schema

    xsd = (published_schema("1.30") if published else schema("1.30")) if validate else None
    start, cpu = time.perf_counter(), time.process_time()
    count = 0
    for path in files:
        kwargs = {"schema": xsd} if xsd is not None else {}
        for _event, elem in etree.iterparse(str(path), events=("end",), tag=f"{{{NS}}}Transaction", **kwargs):
            count += 1
            elem.clear(keep_tail=False)
            while elem.getprevious() is not None:
                del elem.getparent()[0]
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "transactions": count}


def phase_ours(files: list[Path], folder: Path) -> dict[str, float]:
    from kontopronto_desktop.core.consolidation import (
        eliminations,
        groups,
        imports,
        mapping,
        saft,
        statements,
    )
    from kontopronto_desktop.core.store import create_store

    store_path = folder / f"bench-{os.getpid()}.kpdb"  # one per run: --rounds and --compare reuse the folder
    store, _ = create_store(store_path, PASSPHRASE)
    timings: dict[str, float] = {}
    with store:
        with store.session() as s:
            g = groups.get_group(s, groups.create_group(s, "Benchmark-konsernet"))
            for i, path in enumerate(files):
                orgnr = path.stem.split("_")[-1]
                if i == 0:
                    groups.add_company(s, g, orgnr=orgnr, name=f"Selskap {orgnr} AS")
                else:
                    groups.add_company(s, g, orgnr=orgnr, name=f"Selskap {orgnr} AS", owner_pct="90")
        start, cpu, main_cpu = time.perf_counter(), time.process_time(), time.thread_time()
        lines = 0
        for path in files:
            parsed = saft.read_saft(path)
            lines += parsed.gl_lines
            with store.session() as s:
                imports.import_trial_balance(s, groups.get_group(s, "Benchmark-konsernet"), parsed)
        timings["import_seconds"] = time.perf_counter() - start
        timings["import_cpu"] = time.process_time() - cpu
        timings["import_main_cpu"] = time.thread_time() - main_cpu  # what wall time is with a free second core
        start = time.perf_counter()
        with store.session() as s:
            g = groups.get_group(s, "Benchmark-konsernet")
            mapping.auto_map(s, g, 2026, confirm=True)
            eliminations.propose(s, g, 2026)
            eliminations.accept(s, g, 2026)
        with store.session() as s:
            report = statements.build_report(s, groups.get_group(s, "Benchmark-konsernet"), 2026)
        timings["consolidate_seconds"] = time.perf_counter() - start
        timings["balanced"] = float(report.balanced)
        timings["gl_lines"] = lines
    for leftover in folder.glob(store_path.name + "*"):  # the store and its -wal/-shm files
        leftover.unlink()
    return timings


def run_phase(name: str, folder: Path, files: list[Path], code: Path | None = None) -> dict[str, float]:
    """Run a phase in a fresh process so its peak memory is its own."""
    extra = ["--code", str(code)] if code is not None else []
    out = subprocess.run([sys.executable, __file__, "--phase", name, "--dir", str(folder), *extra],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _extract(rev: str, into: Path) -> Path:
    """The kontopronto_desktop package of git revision ``rev``, for --compare."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "kontopronto_desktop"], check=True,
                             capture_output=True).stdout
    into.mkdir()
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--small", action="store_true", help="2 files x 5,000 lines")
    parser.add_argument("--files", type=int)
    parser.add_argument("--lines", type=int)
    parser.add_argument("--published-xsd", action="store_true",
                        help="also time iterparse with the XSD as published (slow: all key/keyref constraints)")
    parser.add_argument("--rounds", type=int, default=1, help="repeat every phase, report medians")
    parser.add_argument("--compare", metavar="REV", help="also import with the code of git revision REV")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    parser.add_argument("--code", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        folder = Path(args.dir)
        files = sorted(folder.glob("saft_*.xml"))
        if args.phase == "lxml":
            result = phase_lxml(files, validate=False)
        elif args.phase == "lxml-xsd":
            result = phase_lxml(files, validate=True)
        elif args.phase == "lxml-published-xsd":
            result = phase_lxml(files, validate=True, published=True)
        else:
            result = phase_ours(files, folder)
        result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return 0
    n_files = args.files or (2 if args.small else 20)
    n_lines = args.lines or (5_000 if args.small else 100_000)
    with tempfile.TemporaryDirectory(prefix="kp-konsern-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        files = []
        for i in range(n_files):
            path = folder / f"saft_{920000000 + i}.xml"
            generate(path, str(920000000 + i), n_lines, seed=i)
            files.append(path)
        size = sum(p.stat().st_size for p in files) / 2**20
        print(f"Generated {n_files} SAF-T 1.30 files x {n_lines:,} GL lines ({size:,.0f} MiB) "
              f"in {time.perf_counter() - start:.1f} s")
        old_code = _extract(args.compare, folder / "old") if args.compare else None
        load_before = os.getloadavg()
        runs: dict[str, list[dict[str, float]]] = {"base": [], "xsd": [], "published": [], "ours": [], "old": []}
        for _round in range(max(1, args.rounds)):
            runs["base"].append(run_phase("lxml", folder, files))
            runs["xsd"].append(run_phase("lxml-xsd", folder, files))
            if args.published_xsd:
                runs["published"].append(run_phase("lxml-published-xsd", folder, files))
            if old_code is not None:
                runs["old"].append(run_phase("ours", folder, files, old_code))
            runs["ours"].append(run_phase("ours", folder, files))
        load_after = os.getloadavg()
        base, base_xsd, ours = _median(runs["base"]), _median(runs["xsd"]), _median(runs["ours"])
        published = _median(runs["published"]) if runs["published"] else None
        old = _median(runs["old"]) if runs["old"] else None
    print(f"Load average (1/5/15 min) before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
          f"after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}; "
          f"{os.cpu_count()} CPUs; medians of {max(1, args.rounds)} round(s)")
    total = ours["import_seconds"] + ours["consolidate_seconds"]
    lines = n_files * n_lines
    print(f"lxml iterparse alone (no validation):   {base['seconds']:7.2f} s  "
          f"{lines / base['seconds']:>10,.0f} lines/s  peak {base['peak_mib']:6.0f} MiB")
    print(f"lxml iterparse + 1.30 XSD validation:  {base_xsd['seconds']:7.2f} s  "
          f"{lines / base_xsd['seconds']:>10,.0f} lines/s  peak {base_xsd['peak_mib']:6.0f} MiB")
    if published is not None:
        print(f"  … with the XSD as published:          {published['seconds']:7.2f} s  "
              f"{lines / published['seconds']:>10,.0f} lines/s  peak {published['peak_mib']:6.0f} MiB")
    print(f"KontoPronto import (read+validate+store): {ours['import_seconds']:6.2f} s  "
          f"{ours['gl_lines'] / ours['import_seconds']:>10,.0f} lines/s")
    print(f"KontoPronto map + eliminate + report:     {ours['consolidate_seconds']:6.2f} s  "
          f"(balanced: {bool(ours['balanced'])})")
    print(f"KontoPronto total:                        {total:6.2f} s  peak {ours['peak_mib']:6.0f} MiB")
    print(f"Ratio import / lxml alone (goal <= 2): {ours['import_seconds'] / base['seconds']:5.2f}x time, "
          f"{ours['import_cpu'] / base['cpu']:5.2f}x CPU time (steadier on a busy machine; "
          f"validation alone {base_xsd['cpu'] / base['cpu']:4.2f}x)")
    print(f"Ratio total / lxml alone:            {total / base['seconds']:5.2f}x time, "
          f"{ours['peak_mib'] / base['peak_mib']:4.2f}x peak memory")
    print(f"Ratio total / lxml with validation:  {total / base_xsd['seconds']:5.2f}x time, "
          f"{ours['peak_mib'] / base_xsd['peak_mib']:4.2f}x peak memory")
    if old is not None:
        for label, run in ((f"before ({args.compare})", old), ("after (this tree)", ours)):
            print(f"Import {label:24s} {run['import_seconds']:7.2f} s wall, {run['import_cpu']:7.2f} s CPU "
                  f"({run['import_main_cpu']:6.2f} s in the main thread), peak {run['peak_mib']:5.0f} MiB; "
                  f"/ lxml alone: {run['import_seconds'] / base['seconds']:5.2f}x time, "
                  f"{run['import_cpu'] / base['cpu']:5.2f}x CPU time, main thread "
                  f"{run['import_main_cpu'] / base['cpu']:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
