"""The bundle's entry point: the same ``main`` as the ``diptych`` console script."""

from diptych.cli import main

raise SystemExit(main())
