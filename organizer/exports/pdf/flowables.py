"""Small flowables the printouts share."""

from __future__ import annotations

import unicodedata

from reportlab import platypus
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from organizer.exports.pdf import fonts, shaping
from organizer.exports.pdf.text import line_markup, line_width, prepare_rtl


class UserParagraph(Paragraph):
    """A paragraph of ``text.markup(..., actual_text=True)``: it sets up the canvas for
    the ActualText spans of shaped words before drawing (see shaping.py)."""

    def draw(self):
        shaping.register_spans(self.canv)
        super().draw()


class RightToLeftParagraph(Flowable):
    """A paragraph that starts in Arabic or Hebrew: wrapped into lines in reading order,
    then each line reordered for display (ReportLab would reorder before wrapping, which
    puts the end of the text on the first line)."""

    def __init__(self, text: str, style: ParagraphStyle, *, bold: bool = False):
        super().__init__()
        self.text = text
        self.base_style = style
        self.style = ParagraphStyle(style.name + "-rtl", parent=style, alignment=TA_RIGHT)
        self.bold = bold
        self._paragraph: Paragraph | None = None
        self._wrapped_width: float | None = None

    def _width(self, text: str) -> float:
        return line_width(text, self.style.fontSize, bold=self.bold)

    def _lines(self, width: float) -> list[str]:
        lines: list[str] = []
        for source_line in prepare_rtl(self.text).split("\n"):
            current = ""
            for word in source_line.split(" "):
                candidate = f"{current} {word}" if current else word
                if not current or self._width(candidate) <= width:
                    current = candidate
                    continue
                lines.append(current)
                current = word
            while len(current) > 1:
                # A word longer than the line: cut it where it stops fitting, never between a
                # letter and its marks.
                cut = self._fitting_prefix(current, width)
                if cut >= len(current):
                    break
                while cut > 1 and _is_mark(current[cut]):
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
            lines.append(current)
        return lines

    def _fitting_prefix(self, text: str, width: float) -> int:
        """How many of ``text``'s first characters fit in ``width`` (at least one).

        Every measure shapes the text, so the search doubles the prefix until it no longer
        fits and then halves the gap: a few short shapings a line, where stepping back one
        character at a time over a 10,000-character word took minutes.
        """
        fits, probe = 1, 2
        while probe < len(text) and self._width(text[:probe]) <= width:
            fits, probe = probe, probe * 2
        probe = min(probe, len(text))
        if probe == len(text) and self._width(text) <= width:
            return len(text)
        while probe - fits > 1:  # text[:fits] fits, text[:probe] does not
            middle = (fits + probe) // 2
            if self._width(text[:middle]) <= width:
                fits = middle
            else:
                probe = middle
        return fits

    def _build(self, width: float) -> Paragraph:
        if self._paragraph is None or self._wrapped_width != width:
            lines = self._lines(width)
            body = "<br/>".join(line_markup(line, bold=self.bold) for line in lines)
            # A name or a one-line answer lines up with the text around it; only a
            # paragraph of right-to-left prose is set flush right.
            self._paragraph = UserParagraph(body, self.style if len(lines) > 1 else self.base_style)
            self._wrapped_width = width
        return self._paragraph

    def wrap(self, available_width, available_height):
        paragraph = self._build(available_width)
        self.width, self.height = paragraph.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width, available_height):
        return self._build(available_width).split(available_width, available_height)

    def getSpaceBefore(self):  # noqa: N802 - ReportLab's name
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802 - ReportLab's name
        return self.style.spaceAfter

    def draw(self):
        assert self._paragraph is not None
        self._paragraph.drawOn(self.canv, 0, 0)


def _is_mark(char: str) -> bool:
    # A combining mark stays on the line of the letter it belongs to.
    return unicodedata.category(char).startswith("M")


class CheckBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float, line_width: float = 1.0):
        super().__init__()
        self.size = size
        self.line_width = line_width
        self.width = self.height = size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self):
        self.canv.setLineWidth(self.line_width)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class WritingLines(Flowable):
    """Ruled lines to write on."""

    def __init__(self, count: int, spacing: float, color):
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.color = color

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(0.6)
        for i in range(self.count):
            y = self.height - (i + 1) * self.spacing + 2
            self.canv.line(0, y, self.width, y)


class Table(platypus.Table):
    """A table whose default cell font is ours: ReportLab's default, Helvetica, is set on
    the page even for cells holding only paragraphs, and it is never embedded. A cell may
    continue on the next page, so no text is ever too long to print."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)
        self.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.base_font())])
