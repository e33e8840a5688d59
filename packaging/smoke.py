"""Run the frozen app the way a user would and fail loudly if anything is missing from it.

    .venv/bin/python packaging/smoke.py dist/KontoPronto      (scripts/package runs this)

1. every data file of the package (git's list) and the compiled translations are in the bundle;
2. the frozen command line: --version (= pyproject.toml), init, demo and check on new stores, an
   invoice PDF and the aging report as PDF and Excel;
3. the frozen window: a screenshot offscreen in English (the .qm is found);
steps 2-3 must take under a minute together. Then it prints the folder's size and the time from
start to the first window saved as a picture, beside `python -m kontopronto_desktop` doing the same
on this machine. Works on Linux, Windows and macOS (the GitHub workflow runs it too).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "demo-passord"  # the demo store's public passphrase (made-up people only)
LIMIT_SECONDS = 60


def fail(message: str) -> None:
    print(f"FEIL: {message}", file=sys.stderr)
    raise SystemExit(1)


def executables(folder: Path) -> tuple[Path, Path]:
    suffix = ".exe" if os.name == "nt" else ""
    gui, cli = folder / f"kontopronto-desktop{suffix}", folder / f"kontopronto{suffix}"
    for program in (gui, cli):
        if not program.is_file():
            fail(f"{program} finnes ikke: bygg med scripts/package")
    return gui, cli


def bundled_data(folder: Path) -> Path:
    internal = folder / "_internal"
    return internal if internal.is_dir() else folder


def check_data_files(folder: Path) -> int:
    """Every non-Python file git tracks in the package, and each .qm, must be in the bundle."""
    listed = subprocess.run(["git", "ls-files", "kontopronto_desktop"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout.split()
    wanted = [name for name in listed if not name.endswith(".py")]
    wanted += [f"kontopronto_desktop/resources/translations/{qm.name}"
               for qm in (ROOT / "resources" / "translations").glob("*.qm")]
    wanted += [name for name in listed if "/migrations/versions/" in name]
    base = bundled_data(folder)
    missing = [name for name in wanted if not (base / name).is_file()]
    if missing:
        fail(f"datafiler mangler i den frosne appen (se packaging/kontopronto.spec): {missing}")
    return len(wanted)


def check_qt_pdf(folder: Path) -> list[str]:
    """The preview (QtPdf, QtPdfWidgets) and printing (QtPrintSupport) libraries must be in the bundle."""
    files = [path.name for path in folder.rglob("*") if "Pdf" in path.name or "PrintSupport" in path.name]
    for part in ("QtPdf", "QtPdfWidgets", "QtPrintSupport"):
        if not any(part in name for name in files):
            fail(f"{part} mangler i den frosne appen: forhåndsvisning og utskrift virker ikke (se kontopronto.spec)")
    return sorted(files)


def environment(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(KONTOPRONTO_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               KONTOPRONTO_SETTINGS=str(work / "settings.ini"), PYTHONUTF8="1")
    return env


def children_cpu_seconds() -> float:
    """CPU time of finished child processes (user + system): unlike wall time, not inflated by a busy machine."""
    try:
        import resource
    except ImportError:  # Windows: wall time only
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def check_limit(wall: float, cpu: float) -> None:
    """Under a minute. On a machine busier than its cores (a shared CI host) the wall time says
    little, so there the CPU time must stay under the limit and the wall time is only reported."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    busy = load > (os.cpu_count() or 1)
    if cpu > LIMIT_SECONDS:
        fail(f"røyktesten brukte {cpu:.0f} s CPU, grensen er {LIMIT_SECONDS} s")
    if wall > LIMIT_SECONDS and not busy:
        fail(f"røyktesten tok {wall:.0f} s, grensen er {LIMIT_SECONDS} s")
    if wall > LIMIT_SECONDS:
        print(f"advarsel: {wall:.0f} s på en travel maskin (last {load:.1f} på {os.cpu_count()} kjerner); "
              f"CPU-tiden {cpu:.0f} s er under grensen")


TIMINGS: list[tuple[str, float]] = []


def run(command: list[str], work: Path, timeout: float = 3 * LIMIT_SECONDS) -> subprocess.CompletedProcess[str]:
    began = time.perf_counter()
    done = subprocess.run(command, cwd=work, env=environment(work), capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)
    if done.returncode != 0 or "ModuleNotFoundError" in done.stderr or "FileNotFoundError" in done.stderr:
        fail(f"{' '.join(command)} (kode {done.returncode}):\n{done.stdout}\n{done.stderr}")
    TIMINGS.append((Path(command[0]).stem + (f" {command[1]}" if len(command) > 1 else ""), time.perf_counter() - began))
    return done


def screenshot_seconds(command: list[str], work: Path, store: Path, times: int) -> tuple[float, float]:
    """Median wall and CPU seconds from start to the first window saved as a picture."""
    seconds, cpu = [], []
    for i in range(times):
        shot = work / f"vindu-{len(command)}-{i}.png"
        started, cpu_before = time.perf_counter(), children_cpu_seconds()
        run([*command, "--store", str(store), "--screenshot", str(shot)], work)
        seconds.append(time.perf_counter() - started)
        cpu.append(children_cpu_seconds() - cpu_before)
        if not shot.is_file() or shot.stat().st_size < 10_000:
            fail(f"{' '.join(command)} lagde ikke noe bilde av vinduet")
    return statistics.median(seconds), statistics.median(cpu)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the one-folder build (dist/KontoPronto)")
    parser.add_argument("--runs", type=int, default=3, help="start-up measurements per program")
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    gui, cli = executables(folder)
    count = check_data_files(folder)
    print(f"datafiler i appen: {count} av {count}")
    print(f"QtPdf og utskrift i appen: {len(check_qt_pdf(folder))} filer")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    with tempfile.TemporaryDirectory(prefix="kontopronto-smoke-") as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        cpu_before = children_cpu_seconds()
        shown = run([str(cli), "--version"], work).stdout.strip()
        if shown != f"kontopronto {version}":
            fail(f"--version viser «{shown}», pyproject.toml sier {version}")
        run([str(cli), "init", "--store", "ny.kpdb", "--org-name", "Fjellheim IL", "--orgnr", "974760673",
             "--account", "15036219782"], work)
        run([str(cli), "demo", "--store", "demo.kpdb", "--members", "200"], work)
        run([str(cli), "check", "--store", "demo.kpdb"], work)
        run([str(cli), "check", "--store", "ny.kpdb"], work)
        # reportlab's fonts and openpyxl's templates must be inside too
        run([str(cli), "invoice", "pdf", "1", "-o", "faktura.pdf", "--store", "demo.kpdb"], work)
        run([str(cli), "aging", "--pdf", "alder.pdf", "--xlsx", "alder.xlsx", "--store", "demo.kpdb"], work)
        for name in ("faktura.pdf", "alder.pdf", "alder.xlsx"):
            if not (work / name).is_file() or (work / name).stat().st_size < 1000:
                fail(f"den frosne kommandolinjen lagde ikke {name}")
        shot = work / "english.png"
        window = run([str(gui), "--store", "demo.kpdb", "--screenshot", str(shot), "--language", "en"], work)
        if not shot.is_file():
            fail("det frosne vinduet lagde ikke noe bilde")
        if os.name != "nt" and "Window image saved" not in window.stdout:
            fail(f"vinduet er ikke på engelsk (mangler oversettelsen?): {window.stdout!r}")
        smoke = time.perf_counter() - started
        cpu = children_cpu_seconds() - cpu_before
        print(f"frossen kommandolinje (init, demo, check) og vindu (--screenshot): {smoke:.1f} s "
              f"({cpu:.1f} s CPU; {' '.join(f'{name} {sec:.1f}' for name, sec in TIMINGS)})")
        check_limit(smoke, cpu)
        frozen = screenshot_seconds([str(gui)], work, work / "demo.kpdb", args.runs)
        source = screenshot_seconds([sys.executable, "-m", "kontopronto_desktop"], work, work / "demo.kpdb", args.runs)
    size = folder_size(folder)
    print(f"appens størrelse: {size / 2**20:.0f} MiB i {folder}")
    load = f", last {os.getloadavg()[0]:.1f} på {os.cpu_count()} kjerner" if hasattr(os, "getloadavg") else ""
    print(f"oppstart til første vindu (--screenshot, median av {args.runs}{load}): "
          f"frossen app {frozen[0]:.2f} s ({frozen[1]:.2f} s CPU), "
          f"python -m kontopronto_desktop {source[0]:.2f} s ({source[1]:.2f} s CPU) – samme maskin, samme butikk")
    return 0


if __name__ == "__main__":
    shutil.which("git") or fail("git trengs for å finne pakkens datafiler")
    raise SystemExit(main())
