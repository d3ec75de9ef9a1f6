"""The coordinator's printouts for the room: the run of show and the sign-in sheet."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from organizer.exports.pdf.base import WARNING, PdfRenderer, Section
from organizer.exports.pdf.data import PrintOptions, RunOfShowData, RunOfShowRow
from organizer.exports.pdf.flowables import CheckBox, Table
from organizer.exports.pdf.speaker_packet import table_style
from organizer.exports.pdf.text import escape


class _MeetingPrintout(PdfRenderer):
    """Shared by both printouts: the meeting's header, in the coordinator's language."""

    document_key = ""

    def __init__(self, data: RunOfShowData, options: PrintOptions | None = None):
        super().__init__(
            lang=data.lang, options=options, generated_at=data.generated_at, timezone=data.meeting.timezone
        )
        self.data = data
        m = data.meeting
        when = self.labels.datetime(m.starts_at, m.timezone)
        self.title = f"{self.labels[self.document_key]}: {m.body_name}, {when}"
        self.subject = self.title
        self.author = data.campaign.organization or data.campaign.campaign_name

    def header(self) -> list[Flowable]:
        d, lb = self.data, self.labels
        m = d.meeting
        story: list[Flowable] = []
        if d.campaign.campaign_name:
            story.append(self.para(d.campaign.campaign_name.upper(), "eyebrow"))
        story.append(self.label_para(lb[self.document_key], "h1"))
        story.append(self.para(m.body_name + (f" – {m.title}" if m.title else ""), "body_bold"))
        where = ", ".join(p for p in (m.place, m.address) if p)
        story.append(self.label_para(lb.datetime(m.starts_at, m.timezone), "body"))
        if where:
            story.append(self.para(where, "body"))
        story.extend(self.lottery_lines())
        return story

    def lottery_lines(self) -> list[Flowable]:
        """The commitment, printed before the draw so the room can hold the seed to it."""
        line, lb = self.data.lottery, self.labels
        if line is None:
            return []
        story: list[Flowable] = []
        if line.commitment:
            story.append(self.label_para(lb["lottery_commitment"], "small"))
            story.append(Paragraph(escape(line.commitment), self.hash_style(line.commitment)))
        if line.seed is not None:
            key = "lottery_seed" if line.seed_committed else "lottery_uncommitted"
            story.append(self.para(lb.format(key, seed=line.seed), "small"))
        return story

    def hash_style(self, digits: str) -> ParagraphStyle:
        """Bold, on one unbroken line (shrunk to fit if need be), so it can be read out and
        compared digit by digit with what ``sha256sum`` prints."""
        base = self.styles["body_bold"]
        usable = self.pagesize[0] - self.left_margin - self.right_margin
        size = min(base.fontSize, 0.97 * usable / stringWidth(digits, base.fontName, 1))
        return ParagraphStyle("lottery_hash", parent=base, fontSize=size, leading=size * 1.35)

    def stylesheet(self):
        styles = super().stylesheet()
        styles.by_name["warning_line"] = ParagraphStyle(
            "warning_line", parent=styles["body_bold"], textColor=WARNING
        )
        return styles

    def cell(self, text: str, style: str = "cell") -> Flowable:
        return self.para(text, style)

    def head_row(self, keys: Sequence[str]) -> list[Flowable]:
        return [self.label_para(self.labels[k], "cell_head") for k in keys]

    def table(self, rows: list[list], widths: list[float]) -> Table:
        # splitInRow lets a very long cell (a 5,000-character note) continue on the next page.
        table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1)
        table.setStyle(table_style(self.styles.body_size))
        return table


class RunOfShow(_MeetingPrintout):
    """Order, names, minutes, phones, points and a box to tick as each speaker finishes."""

    landscape_pages = True
    document_key = "run_of_show"
    left_margin = right_margin = 0.6 * inch

    def columns(self) -> list[float]:
        usable = self.pagesize[0] - self.left_margin - self.right_margin
        fractions = [0.055, 0.04, 0.2, 0.05, 0.13, 0.33, 0.195]
        return [usable * f for f in fractions]

    def rows(self, speakers: Sequence[RunOfShowRow]) -> list[list]:
        box = self.styles.body_size * 1.3
        rows: list[list] = [
            self.head_row(
                ["col_done", "col_slot", "col_name", "col_minutes", "col_phone", "col_points", "col_notes"]
            )
        ]
        for s in speakers:
            name: list[Flowable] = [self.cell(s.name, "cell_bold")]
            if s.status:
                name.append(self.label_para(s.status, "footer"))
            points = "\n".join(f"{i}. {title}" for i, title in enumerate(s.points, start=1))
            notes = "\n".join(p for p in (", ".join(s.needs), s.notes) if p)
            rows.append(
                [
                    CheckBox(box),
                    self.label_para(str(s.slot) if s.slot else "–", "cell_bold"),
                    name,
                    self.label_para(str(s.minutes) if s.minutes is not None else "–", "cell"),
                    self.cell(s.phone),
                    self.cell(points),
                    self.cell(notes),
                ]
            )
        return rows

    def summary(self) -> list[Flowable]:
        d, lb = self.data, self.labels
        total = sum(s.minutes or 0 for s in d.speakers)
        window = d.meeting.window_minutes
        if window is None:
            return [self.label_para(lb.format("total_time_open", count=len(d.speakers), minutes=total), "body_bold")]
        lines = [self.label_para(lb.format("total_time", count=len(d.speakers), minutes=total, window=window), "body_bold")]
        if total > window:
            lines.append(self.label_para(lb.format("over_window", minutes=total - window), "warning_line"))
        return lines

    def sections(self) -> Sequence[Section]:
        story = self.header()
        story.append(Spacer(1, self.styles.body_size * 0.5))
        story.extend(self.summary())
        story.append(Spacer(1, self.styles.body_size * 0.5))
        story.append(self.table(self.rows(self.data.speakers), self.columns()))
        if self.data.waitlist:
            story.append(self.label_para(self.labels["waitlist"], "h2"))
            story.append(self.table(self.rows(self.data.waitlist), self.columns()))
        return [Section(story)]


class SignInSheet(_MeetingPrintout):
    """A sheet for the door: arrival time, a box for "signed up with the clerk", initials."""

    document_key = "sign_in_sheet"
    walk_in_rows = 8

    def columns(self) -> list[float]:
        usable = self.pagesize[0] - self.left_margin - self.right_margin
        return [usable * f for f in (0.07, 0.38, 0.14, 0.14, 0.27)]

    def rows(self, speakers: Sequence[RunOfShowRow], blank: int = 0) -> list[list]:
        box = self.styles.body_size * 1.4
        rows: list[list] = [
            self.head_row(["col_slot", "col_name", "col_arrived", "col_clerk", "col_signature"])
        ]
        for s in speakers:
            rows.append(
                [
                    self.label_para(str(s.slot) if s.slot else "–", "cell_bold"),
                    self.cell(s.name, "cell_bold"),
                    "",
                    CheckBox(box),
                    "",
                ]
            )
        rows.extend([["", "", "", CheckBox(box), ""] for _ in range(blank)])
        return rows

    def table(self, rows: list[list], widths: list[float]) -> Table:
        table = super().table(rows, widths)
        # Tall rows that still grow with a long name: they are written on by hand,
        # standing up, with a clipboard.
        pad = max(0.13 * inch, self.styles.body_size * 0.8)
        table.setStyle(
            [
                ("TOPPADDING", (0, 1), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ]
        )
        return table

    def sections(self) -> Sequence[Section]:
        story = self.header()
        story.append(self.label_para(self.labels["sign_in_intro"], "small"))
        story.append(Spacer(1, self.styles.body_size * 0.5))
        story.append(self.table(self.rows(self.data.speakers + self.data.waitlist), self.columns()))
        story.append(self.label_para(self.labels["walk_ins"], "h2"))
        story.append(self.table(self.rows((), blank=self.walk_in_rows), self.columns()))
        return [Section(story)]


def render_run_of_show(data: RunOfShowData, options: PrintOptions | None = None) -> bytes:
    return RunOfShow(data, options).generate()


def render_sign_in_sheet(data: RunOfShowData, options: PrintOptions | None = None) -> bytes:
    return SignInSheet(data, options).generate()
