"""`python -m kontopronto_desktop` opens the GUI."""

from .app import main

raise SystemExit(main())
