"""How fast a coordinator gets the combined packet PDF for a big meeting: prints figures, asserts nothing.

    python benchmarks/bench_packets.py [--speakers N] [--repeat N] [--workers N] [--out FILE]

Builds a campaign database (starter content plus the demo) with one meeting of N speakers
(default 100) with names in many scripts and three talking points each, reads their
packet data through the service, then times, in the same run:

* organizer: ``render_combined`` as the app and ``organizer packets --combined`` call it
  (worker processes, chunks joined, odd-page starts, bookmarks, "page X of Y"); the first
  run includes starting the worker processes;
* organizer, one process: the same with ``workers=1``;
* bare ReportLab, one process: the same story (the same flowables for every packet)
  built by ReportLab's own ``SimpleDocTemplate`` on a plain canvas, with a plain page
  number and a page break between packets: no sections, no deferred page totals, no
  blank pages, no bookmarks, no processes.

Figures: seconds (first run, then the median of --repeat runs), pages, pages per second,
and file size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.platypus import PageBreak, SimpleDocTemplate  # noqa: E402
from sqlalchemy import select  # noqa: E402

from organizer.domain.enums import PointCategory, SignupStatus  # noqa: E402
from organizer.domain.models import (  # noqa: E402
    GoverningBody,
    Meeting,
    Person,
    Signup,
    SignupPoint,
    TalkingPoint,
)
from organizer.exports.pdf import fonts  # noqa: E402
from organizer.exports.pdf.batch import default_workers, render_combined  # noqa: E402
from organizer.exports.pdf.data import PacketData, PrintOptions  # noqa: E402
from organizer.exports.pdf.speaker_packet import PacketBook, SpeakerPacketStory  # noqa: E402
from organizer.services import packets as packet_service  # noqa: E402
from organizer.services.campaign import open_campaign  # noqa: E402
from organizer.services.demo import load_demo  # noqa: E402

FIRST_NAMES = ["María José", "Nguyễn Thị", "王", "محمد", "अनिल", "김", "Олена", "Abebe", "Sam", "דוד", "Grace"]
LAST_NAMES = ["López", "Ánh Tuyết", "小明", "عبد الله", "शर्मा", "민준", "Коваленко", "Bikila", "O'Neil", "כהן", "Okafor"]


def build_meeting(db_path: str, speakers: int) -> list[PacketData]:
    db = open_campaign(db_path)
    try:
        with db.session() as session:
            load_demo(session)
            body = session.scalars(select(GoverningBody).order_by(GoverningBody.id)).first()
            meeting = Meeting(
                body=body, starts_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=14), title="Benchmark meeting",
                minutes_per_speaker=3, comment_window_minutes=speakers * 3,
            )  # fmt: skip
            session.add(meeting)
            points = session.scalars(
                select(TalkingPoint)
                .where(TalkingPoint.category.notin_([PointCategory.WHAT_IT_DOES, PointCategory.WHAT_IT_DOES_NOT]))
                .order_by(TalkingPoint.id)
            ).all()
            for i in range(speakers):
                person = Person(
                    first_name=FIRST_NAMES[i % len(FIRST_NAMES)], last_name=f"{LAST_NAMES[i % len(LAST_NAMES)]} {i}",
                    packet_language="es" if i % 3 == 0 else "en",
                )  # fmt: skip
                signup = Signup(
                    meeting=meeting, person=person, position=i + 1, status=SignupStatus.CONFIRMED,
                    angle="I have lived here for twelve years and my children go to school here.",
                )  # fmt: skip
                for k in range(3):
                    signup.point_links.append(SignupPoint(point=points[(i + k) % len(points)], position=k + 1))
                session.add(signup)
            session.flush()
            return packet_service.meeting_packets(session, meeting.id)
    finally:
        db.dispose()


def bare_reportlab(packets: list[PacketData], options: PrintOptions) -> bytes:
    """The same story built by ReportLab alone, in this process."""
    renderer = PacketBook(packets, options)  # for the styles and the flowables only
    story = []
    for index, data in enumerate(packets):
        if index:
            story.append(PageBreak())
        story.extend(SpeakerPacketStory(renderer, data).flowables())

    def page_number(canvas, doc) -> None:
        canvas.setFont(fonts.base_font(), 8)
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 30, f"Page {doc.page}")

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=renderer.pagesize, leftMargin=renderer.left_margin, rightMargin=renderer.right_margin,
        topMargin=renderer.top_margin, bottomMargin=renderer.bottom_margin, initialFontName=fonts.base_font(),
    )  # fmt: skip
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return buffer.getvalue()


def count_pages(pdf: bytes) -> int:
    # Page dictionaries say "/Type /Page"; the page tree says "/Type /Pages".
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def timed(label: str, build: Callable[[], bytes], repeat: int) -> None:
    times = []
    pdf = b""
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        pdf = build()
        times.append(time.perf_counter() - start)
    pages = count_pages(pdf)
    median = statistics.median(times)
    print(
        f"{label:<34} first {times[0]:6.2f} s   median {median:6.2f} s   {pages:4d} pages   "
        f"{pages / median:6.0f} pages/s   {len(pdf) / 1e6:5.2f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speakers", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--out", type=Path, help="also write the combined PDF here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        packets = build_meeting(os.path.join(folder, "bench.sqlite3"), args.speakers)
        print(f"{len(packets)} packets read from the database in {time.perf_counter() - start:.2f} s; "
              f"{os.cpu_count()} CPUs, {args.workers} workers")  # fmt: skip
    options = PrintOptions()
    fonts.base_font()  # registered before any timing, as a running app would have
    timed(f"organizer ({args.workers} processes)", lambda: render_combined(packets, options, workers=args.workers), args.repeat)
    timed("organizer, one process", lambda: render_combined(packets, options, workers=1), args.repeat)
    timed("bare ReportLab, one process", lambda: bare_reportlab(packets, options), args.repeat)
    if args.out:
        args.out.write_bytes(render_combined(packets, options, workers=args.workers))
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
