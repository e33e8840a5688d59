"""Entry point of the frozen command line (kontopronto / kontopronto.exe), beside the window program."""

from kontopronto_desktop.cli import main

raise SystemExit(main())
