"""`pip install .` (not editable) gives a program that works without the source tree (issue 20).

The wheel is built from a copy of the working tree (so this never writes build/ into it) and
installed into a new virtual environment. Its dependencies come from the test environment through
a .pth line instead of a second download of PySide6: the package itself, its translations, SAF-T
schemas, migrations and every other data file must come from the installed wheel, and the test
checks they do. Then the commands a new user runs first: init, demo, check and a screenshot of the
window in English.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "demo-passord"


def _source_files() -> list[str]:
    """What a clone holds, plus files not yet committed (so the test sees the tree as it is)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def _data_files_in_package() -> list[str]:
    return [name for name in _source_files()
            if name.startswith("kontopronto_desktop/") and not name.endswith((".py", ".pyc"))]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | float]:
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    for name in _source_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(source)],
                   check=True, capture_output=True)
    built = time.perf_counter()
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # Dependencies from this environment, after the venv's own site-packages on sys.path.
    (Path(purelib) / "kontopronto-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next((tmp / "dist").glob("kontopronto_desktop-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
                   check=True, capture_output=True)
    print(f"\nwheel built in {built - started:.1f} s, installed in {time.perf_counter() - built:.1f} s")
    work = tmp / "work"
    work.mkdir()
    return {"wheel": wheel, "bin": bindir, "python": python, "work": work, "site": Path(purelib)}


def _run(installed: dict, *command: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(KONTOPRONTO_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               KONTOPRONTO_SETTINGS=str(installed["work"] / "settings.ini"))
    program, *args = command
    executable = program if program == str(installed["python"]) else str(installed["bin"] / program)
    done = subprocess.run([executable, *args], cwd=installed["work"], env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, f"{command} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


def test_wheel_holds_every_data_file_and_the_translations(installed: dict) -> None:
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    missing = [name for name in _data_files_in_package() if name not in names]
    assert not missing, f"data files left out of the wheel (add a pattern to package-data): {missing}"
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert f"kontopronto_desktop/resources/translations/{qm.name}" in names
    assert not [n for n in names if n.startswith(("tests/", "resources/", "benchmarks/"))]


def test_installed_program_reads_its_data_from_the_package_not_the_source_tree(installed: dict) -> None:
    probe = ("import kontopronto_desktop, pathlib\n"
             "from kontopronto_desktop.ui.i18n import translations_dir\n"
             "from kontopronto_desktop.core.consolidation.saft import XSD_DIR\n"
             "from kontopronto_desktop.core.store.migrate import MIGRATIONS_DIR\n"
             "for p in (kontopronto_desktop.__file__, translations_dir(), XSD_DIR, MIGRATIONS_DIR): print(p)\n")
    lines = _run(installed, str(installed["python"]), "-c", probe).stdout.split()
    site = str(installed["site"])
    assert all(line.startswith(site) for line in lines), lines
    assert list(Path(lines[1]).glob("kontopronto_en.qm"))


def test_version_is_the_one_in_pyproject(installed: dict) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert _run(installed, "kontopronto", "--version").stdout.strip() == f"kontopronto {version}"


def test_first_commands_and_the_window_in_english(installed: dict) -> None:
    _run(installed, "kontopronto", "init", "--store", "forening.kpdb", "--org-name", "Fjellheim IL",
         "--orgnr", "974760673", "--account", "15036219782")
    demo = _run(installed, "kontopronto", "demo", "--store", "demo.kpdb", "--members", "40")
    assert "40 medlemmer" in demo.stdout
    _run(installed, "kontopronto", "check", "--store", "demo.kpdb")
    shot = installed["work"] / "vindu.png"
    window = _run(installed, "kontopronto-desktop", "--store", "demo.kpdb", "--screenshot", str(shot),
                  "--language", "en")
    assert "Window image saved" in window.stdout  # English: the .qm came from the wheel
    assert shot.stat().st_size > 10_000
