"""The shared machinery of every printout, in the style of pretix's ``base/invoice.py``.

A renderer is a small class: page size, margins and type sizes are attributes, the
stylesheet and the story are methods, ``on_first_page``/``on_later_pages`` draw what
repeats on pages, and ``generate()`` returns the PDF as bytes.

A document is made of *sections* (one per speaker packet when packets are combined):
each section has its own "page X of Y", can have a bookmark, and can be made to start on
an odd page so that double-sided printing never puts two speakers on one sheet. Totals
are only known at the end, so the canvas keeps every page until ``save`` and then draws
the page decorations (the recipe ReportLab's own users call "NumberedCanvas").
"""

from __future__ import annotations

import datetime as dt
import io
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import ActionFlowable, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

from organizer.exports.pdf import fonts
from organizer.exports.pdf.data import PrintOptions
from organizer.exports.pdf.labels import Labels
from organizer.exports.pdf.text import escape, markup

# The palette: a deep blue for structure, a warm red only for warnings, greys for notes.
INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1D4E89")
ACCENT_LIGHT = colors.HexColor("#E9F0F8")
WARNING = colors.HexColor("#A6261C")
WARNING_LIGHT = colors.HexColor("#FBEAE8")
GOOD = colors.HexColor("#1E6B3A")
GOOD_LIGHT = colors.HexColor("#E8F4EC")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#C8CED6")

FOOTER_LABEL_CHARS = 60  # a long name is printed whole on the cover, shortened in the footer


@dataclass(frozen=True)
class Section:
    """Part of a document with its own page numbering; ``bookmark`` None adds no bookmark."""

    story: list[Flowable]
    footer_label: str = ""  # user text shown in the footer of every page, e.g. the speaker
    bookmark: str | None = None
    lang: str | None = None  # the footer's language; None: the document's


@dataclass(frozen=True)
class PageInfo:
    number: int  # within the section
    total: int
    section: int
    footer_label: str
    labels: Labels  # the section's language


class _SectionStart(Flowable):
    """Zero-size marker: the pages from here on belong to section ``index``."""

    def __init__(self, index: int, bookmark: str | None):
        super().__init__()
        self.index = index
        self.bookmark = bookmark
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        canvas = self.canv
        canvas.section_index = self.index
        if self.bookmark is not None:
            canvas.pending_bookmarks.append((f"section-{self.index}", self.bookmark))


class _SectionEnd(ActionFlowable):
    def __init__(self, pad_to_odd: bool):
        super().__init__(("sectionEnd", pad_to_odd))


class _DeferredCanvas(Canvas):
    """Keeps every page until ``save`` so the decorations can say "page X of Y"."""

    def __init__(self, *args, **kwargs):
        self.decorate = kwargs.pop("decorate")
        super().__init__(*args, **kwargs)
        self._kept_pages: list[dict] = []
        self.section_index = 0
        self.page_is_blank = False
        self.pending_bookmarks: list[tuple[str, str]] = []

    def showPage(self):  # noqa: N802 - ReportLab's name
        self._kept_pages.append(dict(self.__dict__))
        self._startPage()
        self.page_is_blank = False
        self.pending_bookmarks = []

    def save(self):
        pages = self._kept_pages
        totals: dict[int, int] = {}
        for page in pages:
            if not page["page_is_blank"]:
                totals[page["section_index"]] = totals.get(page["section_index"], 0) + 1
        numbers: dict[int, int] = {}
        self.section_first_pages: list[int] = []
        for index, page in enumerate(pages):
            if page["section_index"] == len(self.section_first_pages) and not page["page_is_blank"]:
                self.section_first_pages.append(index)
        if any(page["pending_bookmarks"] for page in pages):
            self.showOutline()
        for page in pages:
            self.__dict__.update(page)
            # Bookmarks point at the page being written, so they are made now, not while
            # the page was laid out.
            for key, title in page["pending_bookmarks"]:
                self.bookmarkPage(key, fit="XYZ", top=self._pagesize[1], left=0)
                self.addOutlineEntry(title, key, level=0)
            if not page["page_is_blank"]:
                section = page["section_index"]
                numbers[section] = numbers.get(section, 0) + 1
                self.decorate(self, numbers[section], totals[section], section)
            super().showPage()
        super().save()


class _SectionedDocument(BaseDocTemplate):
    def handle_sectionEnd(self, pad_to_odd: bool):  # noqa: N802 - ReportLab's naming
        self.handle_pageBreak()
        if pad_to_odd and self.page % 2 == 1:
            # The section ended on a front side: leave its back blank.
            self.canv.page_is_blank = True
            self.canv.showPage()
            self.page += 1


@dataclass
class Styles:
    """Named paragraph styles; ``body_size`` decides everything else."""

    body_size: float
    by_name: dict[str, ParagraphStyle] = field(default_factory=dict)

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.by_name[name]


class PdfRenderer:
    """Base class: subclasses set ``title``/``subject`` and implement ``sections()``."""

    pagesize_letter = LETTER
    pagesize_a4 = A4
    landscape_pages = False
    left_margin = 0.85 * inch
    right_margin = 0.85 * inch
    top_margin = 0.75 * inch
    bottom_margin = 0.85 * inch
    body_size = 10.5
    large_body_size = 14
    footer_size = 8
    large_footer_size = 10
    author_fallback = "organizer"

    def __init__(
        self,
        *,
        lang: str = "en",
        options: PrintOptions | None = None,
        generated_at: dt.datetime | None = None,
        timezone: str = "America/Chicago",
    ):
        self.options = options or PrintOptions()
        self.labels = Labels(lang)
        self.lang = self.labels.lang
        self.generated_at = generated_at or dt.datetime.now(dt.UTC)
        self.timezone = timezone
        size = self.pagesize_a4 if self.options.paper == "a4" else self.pagesize_letter
        self.pagesize = landscape(size) if self.landscape_pages else size
        self.styles = self.stylesheet()
        self._section_footers: list[tuple[str, str | None]] = []

    # --- to be provided by subclasses -----------------------------------------------

    title = ""
    subject = ""
    author = ""

    def sections(self) -> Sequence[Section]:
        raise NotImplementedError

    def pad_sections_to_odd(self) -> bool:
        return False

    # --- styles ---------------------------------------------------------------------

    @property
    def large(self) -> bool:
        return self.options.large_print

    def stylesheet(self) -> Styles:
        size = self.large_body_size if self.large else self.body_size
        regular, bold = fonts.base_font(), fonts.base_font(bold=True)
        leading = size * 1.38

        def style(name: str, **kw) -> ParagraphStyle:
            kw.setdefault("fontName", regular)
            kw.setdefault("fontSize", size)
            kw.setdefault("leading", kw["fontSize"] * 1.32)
            kw.setdefault("textColor", INK)
            kw.setdefault("alignment", TA_LEFT)
            return ParagraphStyle(name, **kw)

        styles = Styles(size)
        for s in (
            style("body", leading=leading, spaceAfter=size * 0.55),
            style("body_bold", fontName=bold, leading=leading, spaceAfter=size * 0.3),
            style("small", fontSize=size * 0.86, textColor=MUTED, spaceAfter=size * 0.3),
            style("eyebrow", fontName=bold, fontSize=size * 0.86, textColor=ACCENT, spaceAfter=2),
            style("title", fontName=bold, fontSize=size * 2.5, leading=size * 2.9, spaceAfter=size * 0.4),
            style("h1", fontName=bold, fontSize=size * 1.7, textColor=ACCENT, spaceBefore=0, spaceAfter=size * 0.7, keepWithNext=1),
            style("h2", fontName=bold, fontSize=size * 1.25, textColor=ACCENT, spaceBefore=size * 1.1, spaceAfter=size * 0.45, keepWithNext=1),
            style("h3", fontName=bold, fontSize=size * 1.05, spaceBefore=size * 0.5, spaceAfter=size * 0.25, keepWithNext=1),
            style("label", fontName=bold, fontSize=size * 0.86, textColor=MUTED, leading=size * 1.2),
            style("big_value", fontName=bold, fontSize=size * 2.6, leading=size * 2.9, textColor=ACCENT),
            style("value", leading=leading),
            style("cell", fontSize=size * 0.92, leading=size * 1.2),
            style("cell_bold", fontName=bold, fontSize=size * 0.92, leading=size * 1.2),
            style("cell_head", fontName=bold, fontSize=size * 0.86, leading=size * 1.1, textColor=colors.white),
            style("footer", fontSize=self.footer_size_pt, leading=self.footer_size_pt * 1.25, textColor=MUTED),
        ):
            styles.by_name[s.name] = s
        return styles

    @property
    def footer_size_pt(self) -> float:
        return self.large_footer_size if self.large else self.footer_size

    # --- text helpers ---------------------------------------------------------------

    def para(self, text: str, style: str = "body") -> Flowable:
        """A paragraph of user text: escaped, fonts per script, right-to-left aware."""
        from organizer.exports.pdf.flowables import RightToLeftParagraph, UserParagraph
        from organizer.exports.pdf.text import needs_rtl_layout

        st = self.styles[style]
        bold = st.fontName == fonts.base_font(bold=True)
        if needs_rtl_layout(text):
            return RightToLeftParagraph(text, st, bold=bold)
        return UserParagraph(markup(text, bold=bold, actual_text=True), st)

    def label_para(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of our own fixed words (still escaped, never trusted as markup)."""
        return Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])

    def rich(self, *parts: tuple[str, bool], style: str = "body") -> Paragraph:
        """One paragraph mixing fixed words (False) and user text (True), all escaped."""
        from organizer.exports.pdf.flowables import UserParagraph

        st = self.styles[style]
        bold = st.fontName == fonts.base_font(bold=True)
        out = [markup(text, bold=bold, actual_text=True) if user else escape(text) for text, user in parts]
        return UserParagraph("".join(out), st)

    def template(self, template: str, style: str = "body", **user_values: str) -> Paragraph:
        """Fixed words with user text in their ``{placeholders}``: "Please vote yes on {x}."."""
        parts: list[tuple[str, bool]] = []
        for literal, name, _spec, _conversion in string.Formatter().parse(template):
            if literal:
                parts.append((literal, False))
            if name is not None:
                parts.append((user_values[name], True))
        return self.rich(*parts, style=style)

    # --- page decorations -----------------------------------------------------------

    def decorate(self, canvas: Canvas, number: int, total: int, section: int) -> None:
        footer_label, lang = self._section_footers[section]
        page = PageInfo(number, total, section, footer_label, Labels(lang or self.lang))
        canvas.saveState()
        if number == 1:
            self.on_first_page(canvas, page)
        else:
            self.on_later_pages(canvas, page)
        canvas.restoreState()

    def on_first_page(self, canvas: Canvas, page: PageInfo) -> None:
        self.draw_footer(canvas, page)

    def on_later_pages(self, canvas: Canvas, page: PageInfo) -> None:
        self.draw_footer(canvas, page)

    def draw_footer(self, canvas: Canvas, page: PageInfo) -> None:
        width, _ = self.pagesize
        y = self.bottom_margin * 0.45
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.left_margin, y + self.footer_size_pt * 1.9, width - self.right_margin, y + self.footer_size_pt * 1.9)
        style = self.styles["footer"]
        labels = page.labels
        right_text = labels.format("page_of", page=page.number, total=page.total)
        right = Paragraph(escape(right_text), ParagraphStyle("fr", parent=style, alignment=2))
        usable = width - self.left_margin - self.right_margin
        right_width = usable * 0.3
        right.wrapOn(canvas, right_width, 100)
        right.drawOn(canvas, width - self.right_margin - right_width, y)
        local_day = self.generated_at.astimezone(ZoneInfo(self.timezone)).date()
        generated = labels.format("generated", date=labels.date(local_day))
        label = page.footer_label
        if len(label) > FOOTER_LABEL_CHARS:
            label = label[: FOOTER_LABEL_CHARS - 1].rstrip() + "…"
        left_parts = [(label, True), ("  ·  ", False)] if label else []
        left = self.rich(*left_parts, (generated, False), style="footer")
        _, height = left.wrapOn(canvas, usable - right_width - 12, 100)
        left.drawOn(canvas, self.left_margin, y + self.footer_size_pt * 1.25 - height)

    # --- building -------------------------------------------------------------------

    def _document(self, buffer: io.BytesIO) -> _SectionedDocument:
        doc = _SectionedDocument(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.title,
            author=self.author or self.author_fallback,
            subject=self.subject,
            creator="organizer",
            lang=self.lang,
            initialFontName=fonts.base_font(),
            displayDocTitle=True,
        )
        frame = Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        return doc

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = []
        sections = list(self.sections())
        self._section_footers = [(s.footer_label, s.lang) for s in sections]
        pad = self.pad_sections_to_odd()
        for index, section in enumerate(sections):
            story.append(_SectionStart(index, section.bookmark))
            story.extend(section.story)
            if index < len(sections) - 1:
                story.append(_SectionEnd(pad))
        return story

    def generate(self) -> bytes:
        buffer = io.BytesIO()
        doc = self._document(buffer)
        story = self.flowables()

        made: list[_DeferredCanvas] = []

        def canvas_maker(*args, **kwargs):
            made.append(_DeferredCanvas(*args, decorate=self.decorate, **kwargs))
            return made[-1]

        doc.build(story, canvasmaker=canvas_maker)
        # Where each section starts (0-based page index), for bookmarks made by ``join``.
        self.section_first_pages = made[-1].section_first_pages
        return buffer.getvalue()
