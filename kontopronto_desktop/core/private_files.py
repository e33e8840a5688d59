"""Files that hold personal data are created readable by their owner only (0600).

The store, its key file, local copies taken before an upgrade or restore, and every export
(aging, consolidation, access request, audit log) carry names, addresses and amounts. On a
shared PC or a home directory with the usual 0755/0644 defaults another local account could
read them, so they are created with mode 0600 *before* anything is written into them (no
window in which the content is world-readable), and an existing store is tightened on open.

On Windows ``os.chmod`` only sets the read-only flag; files there get the ACL of the folder
they are created in, and the user's profile folders (Documents, AppData) are private to the
user by default, which is the Windows equivalent the program relies on.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_MODE = 0o600


def make_private(path: Path | str) -> None:
    """Tighten an existing file to 0600 (no-op where the file is missing or chmod is unsupported)."""
    if os.name == "nt":
        return
    with contextlib.suppress(FileNotFoundError, PermissionError, NotImplementedError):
        os.chmod(path, PRIVATE_MODE)


def create_private(path: Path | str) -> Path:
    """Create (or truncate) ``path`` as an empty file with mode 0600 and return it.

    A writer that then opens the path with "w"/"wb" keeps the mode, so library writers
    (openpyxl, reportlab, zipfile, sqlite) inherit it without knowing about it."""
    fd = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    os.close(fd)
    make_private(path)  # the file may have existed with a wider mode
    return Path(path)


def private_partial(target: Path) -> Path:
    """The ``<target>.partial`` temp file of an atomic export, created private and empty."""
    return create_private(Path(target).with_name(Path(target).name + ".partial"))


# -- preview files in the temp directory -------------------------------------------------------
#: prefix of the private temp folders that hold a PDF shown in the user's own viewer
PREVIEW_PREFIX = "kontopronto-pdf-"


def preview_folder() -> Path:
    """A new private (0700) folder in the temp directory for one preview file."""
    import tempfile

    return Path(tempfile.mkdtemp(prefix=PREVIEW_PREFIX))


def remove_preview(folder: Path) -> bool:
    """Remove a preview folder and what is in it; False while a viewer still holds a file open
    (Windows), in which case the next start removes it."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    return not folder.exists()


def clean_stale_previews(keep: set[Path] | None = None) -> int:
    """Remove preview folders left by earlier runs (a crash, a viewer that held the file).

    They hold plain invoices (name, address, KID, amounts) that must not outlive an erasure.
    Returns how many were removed."""
    import tempfile

    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(PREVIEW_PREFIX + "*"):
        if keep and folder in keep:
            continue
        if folder.is_dir() and remove_preview(folder):
            removed += 1
        elif folder.is_file():
            with contextlib.suppress(OSError):
                folder.unlink()
                removed += 1
    return removed
