"""Run ``yanlu analyze -- FILE`` in this process and write "baseline peak" (bytes) to REPORT.

baseline: resident memory once every module the analysis needs is imported and warm (a tiny
article analysed); peak: the process's high-water mark (VmHWM) at the end. Used by the
hostile-input suite to check the memory cap.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def main() -> int:
    report, path = sys.argv[1], sys.argv[2]
    import trafilatura  # noqa: F401  (warm imports: they are not what the cap is about)

    from gui.cli import main as cli_main
    from gui.engine.formats import loader  # noqa: F401
    from gui.engine.reading import Reading

    Reading.analysed("王大明說：“我們明天就出發。”")
    baseline = _status("VmRSS")
    status = cli_main(["analyze", "--", path])
    Path(report).write_text(f"{baseline} {_status('VmHWM')}\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
