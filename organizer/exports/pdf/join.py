"""Joins PDFs that this package rendered with ReportLab into one, with new bookmarks.

Packets for a whole meeting are rendered in several processes at once (see ``batch``),
and ReportLab cannot read a PDF back, so the parts are joined here. This is not a general
PDF reader: it reads ReportLab's own output (a classic cross-reference table, direct
``/Length`` values, no object streams) and says so with a ValueError on anything else.

Each part's pages are copied with every object they use (content streams, fonts, their
subsets); part catalogues, outlines and info dictionaries are left behind and written
anew for the whole, with a bookmark per packet and an optional blank page wherever a
packet would otherwise start on a back side.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

_OBJ_HEADER = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_REF = re.compile(rb"(?<![\w/+.\-])(\d+)\s+0\s+R\b")
_PARENT = re.compile(rb"/Parent\s+\d+\s+0\s+R")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+0\s+R)")
_MEDIABOX = re.compile(rb"/MediaBox\s*\[[^\]]*\]")


@dataclass(frozen=True)
class Part:
    """A rendered PDF and the page indexes (0-based, within it) where bookmarks go."""

    pdf: bytes
    bookmarks: Sequence[tuple[str, int]] = ()


@dataclass
class _Object:
    head: bytes  # the dictionary (or other value), with references still in the part's numbers
    stream: bytes | None  # raw stream bytes, copied untouched


def _split_strings(data: bytes) -> list[tuple[bool, bytes]]:
    """(is_string, chunk) pieces, so references are never rewritten inside a string."""
    pieces: list[tuple[bool, bytes]] = []
    i, start, n = 0, 0, len(data)
    while i < n:
        c = data[i : i + 1]
        if c == b"(":
            pieces.append((False, data[start:i]))
            depth, j = 0, i
            while j < n:
                d = data[j : j + 1]
                if d == b"\\":
                    j += 2
                    continue
                if d == b"(":
                    depth += 1
                elif d == b")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            pieces.append((True, data[i : j + 1]))
            i = start = j + 1
        elif c == b"<" and data[i + 1 : i + 2] != b"<" and (i == 0 or data[i - 1 : i] != b"<"):
            pieces.append((False, data[start:i]))
            j = data.index(b">", i)
            pieces.append((True, data[i : j + 1]))
            i = start = j + 1
        elif c == b"%":
            # A comment runs to the end of the line and may hold anything.
            pieces.append((False, data[start:i]))
            j = i
            while j < n and data[j : j + 1] not in (b"\r", b"\n"):
                j += 1
            pieces.append((True, b""))
            i = start = j
        else:
            i += 1
    pieces.append((False, data[start:]))
    return pieces


def _refs(head: bytes) -> list[int]:
    return [int(m.group(1)) for s, chunk in _split_strings(head) if not s for m in _REF.finditer(chunk)]


def _renumber(head: bytes, mapping: dict[int, int]) -> bytes:
    def sub(m: re.Match[bytes]) -> bytes:
        return b"%d 0 R" % mapping[int(m.group(1))]

    return b"".join(chunk if s else _REF.sub(sub, chunk) for s, chunk in _split_strings(head))


class _Reader:
    def __init__(self, pdf: bytes):
        self.pdf = pdf
        start = pdf.rfind(b"startxref")
        if start < 0:
            raise ValueError("not a PDF: no startxref")
        xref_at = int(pdf[start + 9 :].split()[0])
        if pdf[xref_at : xref_at + 4] != b"xref":
            raise ValueError("only classic cross-reference tables are supported")
        self.offsets: dict[int, int] = {}
        lines = pdf[xref_at:].split(b"\n")
        i = 1
        while not lines[i].startswith(b"trailer"):
            first, count = (int(x) for x in lines[i].split())
            for k in range(count):
                entry = lines[i + 1 + k].split()
                if entry[2] == b"n":
                    self.offsets[first + k] = int(entry[0])
            i += 1 + count
        trailer = pdf[pdf.index(b"trailer", xref_at) : start]
        root = re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer)
        if root is None:
            raise ValueError("the PDF has no catalog")
        self.root = int(root.group(1))
        self._cache: dict[int, _Object] = {}

    def object(self, number: int) -> _Object:
        if number in self._cache:
            return self._cache[number]
        at = self.offsets[number]
        header = _OBJ_HEADER.match(self.pdf, at)
        if header is None or int(header.group(1)) != number:
            raise ValueError(f"object {number} is not where the cross-reference table says")
        body_start = header.end()
        stream_at = self.pdf.find(b"stream", body_start)
        end_at = self.pdf.find(b"endobj", body_start)
        if 0 <= stream_at < end_at:
            head = self.pdf[body_start:stream_at]
            length = _LENGTH.search(head)
            if length is None:
                raise ValueError("only streams with a direct /Length are supported")
            data_start = stream_at + 6
            if self.pdf[data_start : data_start + 2] == b"\r\n":
                data_start += 2
            elif self.pdf[data_start : data_start + 1] in (b"\n", b"\r"):
                data_start += 1
            obj = _Object(head.strip(), self.pdf[data_start : data_start + int(length.group(1))])
        else:
            obj = _Object(self.pdf[body_start:end_at].strip(), None)
        self._cache[number] = obj
        return obj

    def value(self, head: bytes, key: bytes) -> int:
        m = re.search(rb"/" + key + rb"\s+(\d+)\s+0\s+R", head)
        if m is None:
            raise ValueError(f"missing /{key.decode()}")
        return int(m.group(1))

    def pages(self) -> list[int]:
        out: list[int] = []

        def walk(number: int) -> None:
            head = self.object(number).head
            if re.search(rb"/Type\s*/Pages\b", head):
                kids = re.search(rb"/Kids\s*\[([^\]]*)\]", head)
                for ref in _REF.finditer(kids.group(1) if kids else b""):
                    walk(int(ref.group(1)))
            else:
                out.append(number)

        walk(self.value(self.object(self.root).head, b"Pages"))
        return out


def _text_string(text: str) -> bytes:
    """A PDF text string: literal when plain ASCII, else UTF-16 with a byte order mark."""
    if all(32 <= ord(c) < 127 for c in text):
        return b"(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("ascii") + b")"
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _pdf_date(moment: dt.datetime) -> bytes:
    moment = moment.astimezone(dt.UTC)
    return _text_string(moment.strftime("D:%Y%m%d%H%M%S+00'00'"))


class _Writer:
    def __init__(self) -> None:
        self.objects: list[bytes | None] = [None]  # index = object number; 0 is reserved

    def reserve(self) -> int:
        self.objects.append(None)
        return len(self.objects) - 1

    def set(self, number: int, head: bytes, stream: bytes | None = None) -> None:
        if stream is None:
            body = head
        else:
            body = head + b"\nstream\n" + stream + b"\nendstream"
        self.objects[number] = b"%d 0 obj\n" % number + body + b"\nendobj\n"

    def output(self, root: int, info: int) -> bytes:
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number in range(1, len(self.objects)):
            offsets.append(len(out))
            obj = self.objects[number]
            if obj is None:
                raise ValueError(f"object {number} was reserved but never written")
            out += obj
        xref_at = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % len(self.objects)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        digest = hashlib.md5(bytes(out), usedforsecurity=False).hexdigest().encode()
        out += (
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(self.objects), root, info, digest, digest, xref_at)
        )
        return bytes(out)


def _number_for(old: int, mapping: dict[int, int], todo: list[int], writer: _Writer) -> int:
    """The new number of a part's object, queueing it for copying the first time."""
    if old not in mapping:
        mapping[old] = writer.reserve()
        todo.append(old)
    return mapping[old]


def join(
    parts: Sequence[Part],
    *,
    title: str = "",
    author: str = "",
    subject: str = "",
    lang: str = "en",
    pad_to_odd: bool = True,
    created: dt.datetime | None = None,
) -> bytes:
    """One PDF made of ``parts`` in order. With ``pad_to_odd``, a blank page is added after
    a part that ends on a front side, so the next part starts on a front side too."""
    writer = _Writer()
    pages_number = writer.reserve()
    page_numbers: list[int] = []
    bookmarks: list[tuple[str, int]] = []
    media_box = b"/MediaBox [ 0 0 612 792 ]"

    for index, part in enumerate(parts):
        reader = _Reader(part.pdf)
        part_pages = reader.pages()
        page_set = set(part_pages)
        mapping: dict[int, int] = {}
        todo: list[int] = []
        first_page = len(page_numbers)
        for old in part_pages:
            page_numbers.append(_number_for(old, mapping, todo, writer))
        while todo:
            old = todo.pop()
            obj = reader.object(old)
            head = obj.head
            is_page = old in page_set
            if is_page:
                found = _MEDIABOX.search(head)
                if found:
                    media_box = found.group(0)
                # The part's page tree is left behind: the page joins the new one.
                head = _PARENT.sub(b"", head)
            for ref in _refs(head):
                _number_for(ref, mapping, todo, writer)
            head = _renumber(head, mapping)
            if is_page:
                if not head.startswith(b"<<"):
                    raise ValueError("a page is not a dictionary")
                head = b"<< /Parent %d 0 R" % pages_number + head[2:]
            writer.set(mapping[old], head, obj.stream)
        for title_text, page_index in part.bookmarks:
            bookmarks.append((title_text, first_page + page_index))
        if pad_to_odd and index < len(parts) - 1 and len(page_numbers) % 2 == 1:
            blank = writer.reserve()
            writer.set(blank, b"<< /Type /Page /Parent %d 0 R %s /Resources << >> >>" % (pages_number, media_box))
            page_numbers.append(blank)

    kids = b" ".join(b"%d 0 R" % n for n in page_numbers)
    writer.set(pages_number, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(page_numbers), kids))

    outlines = writer.reserve() if bookmarks else None
    if outlines is not None:
        items = [writer.reserve() for _ in bookmarks]
        for i, (text, page_index) in enumerate(bookmarks):
            links = b""
            if i > 0:
                links += b" /Prev %d 0 R" % items[i - 1]
            if i < len(items) - 1:
                links += b" /Next %d 0 R" % items[i + 1]
            writer.set(
                items[i],
                b"<< /Title %s /Parent %d 0 R%s /Dest [ %d 0 R /Fit ] >>"
                % (_text_string(text), outlines, links, page_numbers[page_index]),
            )
        writer.set(
            outlines, b"<< /Type /Outlines /Count %d /First %d 0 R /Last %d 0 R >>" % (len(items), items[0], items[-1])
        )

    created_at = created or dt.datetime.now(dt.UTC)
    info = writer.reserve()
    writer.set(
        info,
        b"<< /Title %s /Author %s /Subject %s /Creator (organizer) /Producer (organizer with ReportLab) "
        b"/CreationDate %s /ModDate %s >>"
        % (_text_string(title), _text_string(author), _text_string(subject), _pdf_date(created_at), _pdf_date(created_at)),
    )
    root = writer.reserve()
    outline_entries = b" /Outlines %d 0 R /PageMode /UseOutlines" % outlines if outlines is not None else b""
    writer.set(
        root,
        b"<< /Type /Catalog /Pages %d 0 R%s /Lang %s /ViewerPreferences << /DisplayDocTitle true >> >>"
        % (pages_number, outline_entries, _text_string(lang)),
    )
    return writer.output(root, info)
