"""The user guide (README's «Brukerveiledning» section) shipped inside the package.

The installed program has no README, so ``scripts/user_guide.py`` copies the section into
``resources/brukerveiledning.md``; a test compares the two so they cannot drift apart.
"""

from __future__ import annotations

from importlib import resources

#: the README heading that starts the guide; the guide runs to the next level-2 heading
HEADING = "## Brukerveiledning"
GUIDE_FILE = "brukerveiledning.md"


def guide_section(readme: str) -> str:
    """The README's «Brukerveiledning» section, heading included, up to the next ``## `` heading."""
    lines = readme.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(HEADING))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return "\n".join(lines[start:end]).rstrip() + "\n"


def packaged_guide() -> str:
    """The guide as shipped (wheel and PyInstaller bundle read it the same way)."""
    return (resources.files("kontopronto_desktop") / "resources" / GUIDE_FILE).read_text(encoding="utf-8")
