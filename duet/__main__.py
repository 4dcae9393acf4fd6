"""``python -m duet`` is the ``duet`` command."""

from duet.app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
