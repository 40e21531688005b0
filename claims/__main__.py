from claims.cli import main

raise SystemExit(main())
