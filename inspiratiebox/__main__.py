from inspiratiebox.cli import main

raise SystemExit(main())
