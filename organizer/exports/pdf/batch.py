"""All the packets of a meeting at once: one file per speaker, or one combined PDF to print.

Rendering is CPU-bound pure Python, so many packets are spread over processes (threads
would share one interpreter lock). Each worker renders a *chunk* of packets as one
document, so fonts are embedded once per chunk rather than once per packet; the chunks
are then joined (``join.py``) with a bookmark per packet, and a blank page wherever a
packet would start on the back of a sheet.

The worker processes are started with "forkserver" where the platform has it and
"spawn" elsewhere: never a plain fork, which is unsafe in a process running Qt threads.

``progress(done, total)`` is called in the calling thread after each chunk, and
``cancelled()`` is asked between chunks; a cancelled batch raises ``BatchCancelled``.
"""

from __future__ import annotations

import concurrent.futures
import math
import multiprocessing
import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from organizer.errors import OrganizerError
from organizer.exports.pdf.data import PacketData, PrintOptions
from organizer.exports.pdf.join import Part, join
from organizer.exports.pdf.labels import Labels
from organizer.exports.pdf.speaker_packet import PacketBook, SpeakerPacket, packet_footer_label
from organizer.i18n import _
from organizer.storage.files import Protected, write_private_files

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Below this many packets a pool costs more to start than it saves.
PARALLEL_THRESHOLD = 24
CHUNKS_PER_WORKER = 3  # more chunks: finer progress, but fonts embedded once per chunk


class BatchCancelled(OrganizerError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled; no files were written.")


@dataclass(frozen=True)
class PacketFile:
    name: str  # a file name safe on Windows, macOS and Linux
    pdf: bytes


# --- file names -------------------------------------------------------------------------

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME_CHARS = 80


def safe_file_stem(text: str, fallback: str = "speaker") -> str:
    """``text`` as a file name stem: its own letters kept (no transliteration), anything a
    file system forbids or misreads removed, spaces as hyphens, at most 80 characters."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", "-", text.strip())
    text = re.sub(r"-{2,}", "-", text)[:MAX_NAME_CHARS].strip(" .-")
    if not text or text.upper().split(".")[0] in _WINDOWS_RESERVED:
        return fallback
    return text


def speaker_file_stem(number: int, name: str) -> str:
    """"03-María-José-López": the speaker's number, then their name. The packet (.pdf) and
    the calendar invitation (.ics) share it, so the two sit side by side."""
    return f"{number:02d}-{safe_file_stem(name)}"


def packet_file_names(packets: Sequence[PacketData]) -> list[str]:
    """"03-María-José-López.pdf": slot first so the files sort in speaking order; speakers
    without a slot (waiting list) come after as "w01-...". Duplicates get "-2", "-3"."""
    names: list[str] = []
    seen: set[str] = set()
    unslotted = 0
    for packet in packets:
        if packet.speaker.slot:
            stem = speaker_file_stem(packet.speaker.slot, packet.speaker.name)
        else:
            unslotted += 1
            stem = f"w{unslotted:02d}-{safe_file_stem(packet.speaker.name)}"
        name, n = f"{stem}.pdf", 1
        while name.casefold() in seen:
            n += 1
            name = f"{stem}-{n}.pdf"
        seen.add(name.casefold())
        names.append(name)
    return names


def save_files(
    files: Sequence[PacketFile], directory: str | os.PathLike[str], *, protected: Protected = ()
) -> list[Path]:
    """Each file into ``directory``, owner-only (``organizer.storage.files``)."""
    return write_private_files(directory, [(f.name, f.pdf) for f in files], protected=protected)


# --- workers ----------------------------------------------------------------------------


def _render_one(data: PacketData, options: PrintOptions) -> bytes:
    return SpeakerPacket(data, options).generate()


def _render_chunk(packets: Sequence[PacketData], options: PrintOptions) -> tuple[bytes, list[int]]:
    book = PacketBook(packets, options)
    pdf = book.generate()
    return pdf, book.section_first_pages


APP_WATCH_SECONDS = 0.5


def _exit_with_app(app_pid: int) -> None:
    """A worker's first step: leave when the app that started it is gone.

    An app that is killed (or crashes) cannot shut its pool down, and a worker waiting for
    its next job would wait forever: it holds both ends of its job queue, so it never sees
    the end of it. It would also keep the pool's forkserver and resource tracker alive.
    """
    if os.name != "posix":  # os.kill(pid, 0) would send Ctrl+C on Windows
        return
    threading.Thread(target=_watch_app, args=(app_pid,), name="exit-with-app", daemon=True).start()


def _watch_app(app_pid: int) -> None:
    while True:
        time.sleep(APP_WATCH_SECONDS)
        try:
            os.kill(app_pid, 0)  # signal 0: only asks whether the process exists
        except (ProcessLookupError, PermissionError):  # gone, or its number reused by another user
            os._exit(1)


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # The server loads ReportLab and the fonts once; every worker forked from it
        # starts ready.
        ctx.set_forkserver_preload(["organizer.exports.pdf.worker_preload"])
        return ctx
    return multiprocessing.get_context("spawn")


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _chunks(items: Sequence[PacketData], count: int) -> list[list[PacketData]]:
    size = max(1, math.ceil(len(items) / count))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _run(
    jobs: list,
    function: Callable,
    options: PrintOptions,
    weights: list[int],
    total: int,
    workers: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> list:
    """Runs ``function(job, options)`` for every job, in processes when it pays off.

    The calling process works too: it takes jobs from the end of the queue while the
    worker processes (one fewer than ``workers``) start up and take them from the front,
    so a cold start costs little and no core sits idle.
    """
    results: list = [None] * len(jobs)
    done = 0

    def finished(i: int, result: object) -> None:
        nonlocal done
        results[i] = result
        done += weights[i]
        if progress:
            progress(done, total)

    def check() -> None:
        if cancelled and cancelled():
            raise BatchCancelled()

    if progress:
        progress(0, total)
    if workers <= 1 or total < PARALLEL_THRESHOLD or len(jobs) < 2:
        for i, job in enumerate(jobs):
            check()
            finished(i, function(job, options))
        return results

    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers - 1, mp_context=_context(), initializer=_exit_with_app, initargs=(os.getpid(),)
    )
    try:
        futures = {pool.submit(function, job, options): i for i, job in enumerate(jobs)}
        pending = list(futures)
        while pending:
            check()
            future = pending.pop()
            if future.cancel():  # not started by a worker yet: do it here
                i = futures.pop(future)
                finished(i, function(jobs[i], options))
            else:
                pending.append(future)
                break
        for future in concurrent.futures.as_completed(futures):
            finished(futures[future], future.result())
            check()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return results


# --- the public functions ---------------------------------------------------------------


def render_packet_files(
    packets: Sequence[PacketData],
    options: PrintOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> list[PacketFile]:
    """One PDF per speaker, named for their slot and name."""
    options = options or PrintOptions()
    packets = list(packets)
    pdfs = _run(
        packets, _render_one, options, [1] * len(packets), len(packets),
        workers or default_workers(), progress, cancelled,
    )  # fmt: skip
    return [PacketFile(name, pdf) for name, pdf in zip(packet_file_names(packets), pdfs, strict=True)]


def render_combined(
    packets: Sequence[PacketData],
    options: PrintOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> bytes:
    """Every packet in one PDF for double-sided printing: each starts on an odd page and
    has a bookmark "#slot name"."""
    options = options or PrintOptions()
    packets = list(packets)
    if not packets:
        raise OrganizerError(_("There are no speakers to print packets for."))
    workers = workers or default_workers()
    parallel = workers > 1 and len(packets) >= PARALLEL_THRESHOLD
    chunks = _chunks(packets, workers * CHUNKS_PER_WORKER) if parallel else [packets]
    rendered = _run(
        chunks, _render_chunk, options, [len(c) for c in chunks], len(packets),
        workers, progress, cancelled,
    )  # fmt: skip
    if len(rendered) == 1:
        return rendered[0][0]
    parts = []
    for chunk, (pdf, first_pages) in zip(chunks, rendered, strict=True):
        marks = [(packet_footer_label(p), page) for p, page in zip(chunk, first_pages, strict=True)]
        parts.append(Part(pdf, marks))
    first = packets[0]
    book = PacketBook([first], options)  # for the document's title, author and subject only
    return join(
        parts,
        title=book.title,
        author=book.author,
        subject=book.subject,
        lang=Labels(first.lang).lang,
        pad_to_odd=True,
        created=first.generated_at,
    )
