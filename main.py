"""Start the service desk: ``python main.py [--db PATH_OR_URL] [--demo] [--lang ru]``."""

import sys

from desk_app.app import main

if __name__ == "__main__":
    sys.exit(main())
