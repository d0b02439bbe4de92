"""Command line: the GUI by default, headless subcommands for scripts; what the tests drive."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from almareg.cli.args import build_parser
from almareg.cli.output import fail
from almareg.errors import AlmaregError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


def main(argv: Sequence[str] | None = None) -> int:
    """User errors become one line on stderr and exit 1; only bugs show a traceback."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or EXIT_OK)
    except AlmaregError as error:
        return fail(str(error), EXIT_ERROR)
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_ERROR)


def run() -> None:
    sys.exit(main())
