"""Time a people import the size a campaign actually gets: an Action Network export.

    python benchmarks/bench_import.py [--rows N]

Prints the time to preview (dry run), import, and import the same file again (which adds
nobody), on a fresh campaign file in a temporary folder.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from organizer.services.campaign import open_campaign  # noqa: E402
from organizer.services.people_import import import_people_file  # noqa: E402

FIRST = ["María", "José", "Thu", "Ahmed", "Grace", "Olena", "Kofi", "Ana", "Lupita", "Wei"]
LAST = ["García", "Nguyễn", "Hassan", "Kowalczyk", "Mensah", "López", "Smith", "Chen", "Diallo", "Park"]


def action_network_csv(rows: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["first_name", "last_name", "email", "zip_code", "can2_phone", "can2_user_tags"])
    for i in range(rows):
        writer.writerow([FIRST[i % 10], LAST[(i // 10) % 10], f"volunteer{i}@example.org", "61701",
                         f"309555{i % 10000:04d}" if i % 3 else "", "speaker"])
    return out.getvalue().encode("utf-8-sig")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    data = action_network_csv(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        db = open_campaign(Path(folder) / "bench.sqlite3")
        try:
            for label, dry in (("preview (dry run)", True), ("import", False), ("import again", False)):
                start = time.perf_counter()
                report = import_people_file(db, data, dry_run=dry)
                elapsed = time.perf_counter() - start
                print(f"{label:<20} {elapsed:6.2f} s   {report.summary()}")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
