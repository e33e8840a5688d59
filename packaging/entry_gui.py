"""Entry point of the frozen window program (KontoPronto / KontoPronto.exe / KontoPronto.app)."""

from kontopronto_desktop.app import main

raise SystemExit(main())
