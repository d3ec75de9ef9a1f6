"""The speaker packet: what one volunteer needs in hand the night before a council meeting.

Pages: a cover (when, where, slot and time limit), "Your script", the key facts, tips and
the coordinator's contact, and, only when the coordinator asks for it, an internal page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from organizer.exports.pdf import fonts
from organizer.exports.pdf.base import (
    ACCENT,
    ACCENT_LIGHT,
    GOOD,
    GOOD_LIGHT,
    RULE,
    WARNING,
    WARNING_LIGHT,
    PdfRenderer,
    Section,
    Styles,
)
from organizer.exports.pdf.data import PacketData, PointText, PrintOptions
from organizer.exports.pdf.flowables import Table, WritingLines
from organizer.exports.pdf.labels import Labels
from organizer.exports.pdf.text import escape


def packet_footer_label(data: PacketData) -> str:
    slot = f"#{data.speaker.slot} " if data.speaker.slot else ""
    return f"{slot}{data.speaker.name}"


class SpeakerPacketStory:
    """The flowables of one packet, in the packet's language, for any document to hold."""

    def __init__(self, renderer: PdfRenderer, data: PacketData):
        self.r = renderer
        self.data = data
        self.labels = Labels(data.lang)
        self.styles: Styles = renderer.styles
        self.size = self.styles.body_size

    # --- helpers ----------------------------------------------------------------------

    def fixed(self, key: str, style: str = "body", **values: object) -> Paragraph:
        text = self.labels.format(key, **values) if values else self.labels[key]
        return self.r.label_para(text, style)

    def box(self, flowables: list[Flowable], background, border, padding: float | None = None) -> Table:
        pad = padding if padding is not None else self.size * 0.9
        table = Table([[flowables]], colWidths=["100%"])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), background),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, border),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.5),
                ]
            )
        )
        return table

    def minutes_text(self, minutes: int | None) -> str:
        return self.labels.minutes(minutes) if minutes is not None else self.labels["no_limit"]

    # --- cover ------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d, lb, r = self.data, self.labels, self.r
        story: list[Flowable] = []
        if d.campaign.campaign_name:
            story.append(r.para(d.campaign.campaign_name.upper(), "eyebrow"))
        if d.campaign.ordinance_name:
            story.append(r.para(d.campaign.ordinance_name, "h2_first"))
        story.append(Spacer(1, self.size * 1.2))
        story.append(self.fixed("packet_title", "label"))
        story.append(r.para(d.speaker.name, "title"))
        if d.speaker.pronouns:
            story.append(r.template(lb["pronouns"], "small", pronouns=d.speaker.pronouns))
        story.append(Spacer(1, self.size * 1.2))
        story.append(self.stat_boxes())
        if d.speaker.waitlisted:
            story.append(Spacer(1, self.size * 0.8))
            story.append(self.box([self.fixed("waitlisted", "body_bold")], WARNING_LIGHT, WARNING))
        story.append(Spacer(1, self.size * 1.6))
        story.append(self.details_table())
        story.append(Spacer(1, self.size * 1.6))
        story.append(self.contact_box())
        return story

    def stat_boxes(self) -> Table:
        d, lb, r = self.data, self.labels, self.r
        slot_value = lb.format("slot_value", slot=d.speaker.slot) if d.speaker.slot else lb["slot_unknown"]
        slot_cell: list[Flowable] = [
            self.fixed("slot", "stat_label"),
            r.label_para(slot_value, "big_value" if d.speaker.slot else "h2_first"),
        ]
        if d.speaker.slot and d.speaker.speaker_count:
            slot_cell.append(self.fixed("slot_of", "stat_note", count=d.speaker.speaker_count))
        limit_cell: list[Flowable] = [
            self.fixed("time_limit", "stat_label"),
            r.label_para(
                self.minutes_text(d.speaker.minutes),
                "big_value" if d.speaker.minutes is not None else "h2_first",
            ),
        ]
        usable = self.r.pagesize[0] - self.r.left_margin - self.r.right_margin
        table = Table([[slot_cell, Spacer(0, 0), limit_cell]], colWidths=[usable * 0.48, usable * 0.04, usable * 0.48])
        pad = self.size * 1.1
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, 0), ACCENT_LIGHT),
                    ("BACKGROUND", (2, 0), (2, 0), ACCENT_LIGHT),
                    ("LINEABOVE", (0, 0), (0, 0), 3, ACCENT),
                    ("LINEABOVE", (2, 0), (2, 0), 3, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad * 0.9),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                    ("LEFTPADDING", (1, 0), (1, 0), 0),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ]
            )
        )
        return table

    def details_table(self) -> Table:
        d, lb, r = self.data, self.labels, self.r
        m = d.meeting
        rows: list[list[Flowable]] = []

        def row(key: str, *values: Flowable) -> None:
            rows.append([self.fixed(key, "label"), list(values)])

        row("when", r.label_para(lb.datetime(m.starts_at, m.timezone), "value_bold"))
        if m.arrive_by is not None:
            row("arrive_by", self.fixed("arrive_by_note", "value", time=lb.time(m.arrive_by, m.timezone)))
        where = [r.para(m.place, "value_bold")] if m.place else []
        if m.address:
            where.append(r.para(m.address, "value"))
        if where:
            row("where", *where)
        meeting_name = m.body_name + (f" – {m.title}" if m.title else "")
        row("speaking_at", r.para(meeting_name, "value"))
        if m.agenda_item:
            row("agenda_item", r.para(m.agenda_item, "value"))
        how = [r.para(m.signup_instructions, "value")] if m.signup_instructions else [self.fixed("signup_default", "value")]
        if m.signup_deadline is not None:
            how.append(self.fixed("signup_deadline", "value_bold", time=lb.time_with_zone(m.signup_deadline, m.timezone)))
        row("sign_up", *how)
        table = Table(rows, colWidths=["24%", "76%"])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), self.size * 0.6),
                    ("TOPPADDING", (0, 0), (-1, -1), self.size * 0.55),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.size * 0.35),
                ]
            )
        )
        return table

    def contact_box(self) -> Flowable:
        c, r = self.data.campaign, self.r
        lines: list[Flowable] = [self.fixed("contact_heading", "h3_first")]
        for value, style in (
            (c.coordinator_name, "body_bold"),
            (c.organization, "value"),
            (c.coordinator_phone, "value"),
            (c.coordinator_email, "value"),
        ):
            if value:
                lines.append(r.para(value, style))
        if len(lines) == 1:
            return Spacer(1, 0)
        return KeepTogether(self.box(lines, ACCENT_LIGHT, ACCENT))

    # --- script -----------------------------------------------------------------------

    def script(self) -> list[Flowable]:
        d, lb, r = self.data, self.labels, self.r
        # The timing comes first: whether the script fits is the first thing to fix.
        story: list[Flowable] = [self.fixed("your_script", "h1"), KeepTogether(self.timing())]

        story.append(self.fixed("opening_heading", "h2"))
        story.append(self.box([self.fixed("opening_line", "script_line")], ACCENT_LIGHT, ACCENT))
        story.append(Spacer(1, self.size * 0.3))
        story.append(self.fixed("opening_hint", "small"))

        story.append(self.fixed("points_heading", "h2"))
        if not d.points:
            story.append(self.fixed("no_points", "body"))
        for number, point in enumerate(d.points, start=1):
            story.append(KeepTogether(self.point(number, point)))

        story.append(self.fixed("story_heading", "h2"))
        prompt = d.story_prompt
        if prompt is not None:
            story.extend(self.point_text(prompt, "body"))
        else:
            story.append(self.fixed("story_default", "body"))
        if d.speaker.angle:
            story.append(self.fixed("your_angle", "small"))
            story.append(self.box([r.para(d.speaker.angle, "body")], colors.white, RULE, self.size * 0.6))
        story.append(Spacer(1, self.size * 0.4))
        story.append(KeepTogether([self.fixed("story_lines", "small"), WritingLines(4, self.size * 2.1, RULE)]))

        story.append(self.fixed("ask_heading", "h2"))
        ask_flowables: list[Flowable]
        if d.ask is not None:
            ask_flowables = self.point_text(d.ask, "script_line")
        elif d.campaign.ask:
            ask_flowables = [r.para(d.campaign.ask_in(lb.lang), "script_line")]
            if not d.campaign.ask_translated(lb.lang):
                ask_flowables.insert(0, self.fixed("untranslated", "untranslated"))
        elif d.campaign.ordinance_name:
            ask_flowables = [r.template(lb["ask_default"], "script_line", ordinance=d.campaign.ordinance_name)]
        else:
            ask_flowables = [self.fixed("ask_default_plain", "script_line")]
        ask_flowables.append(self.fixed("closing", "script_line"))
        story.append(self.box(ask_flowables, ACCENT_LIGHT, ACCENT))
        return story

    def point(self, number: int, point: PointText) -> list[Flowable]:
        r = self.r
        title = r.rich((f"{number}.  ", False), (point.title, True), style="h3")
        flowables: list[Flowable] = [title]
        flowables.extend(self.point_text(point, "body", title_fallback=False))
        if point.body and point.summary:
            flowables.append(self.r.template(self.labels["short_version"], "small", summary=point.summary))
        return flowables

    def point_text(self, point: PointText, style: str, *, title_fallback: bool = True) -> list[Flowable]:
        """What to say: the full text written to be read aloud, else the one-line summary,
        else the title (unless it is already printed above)."""
        out: list[Flowable] = []
        if not point.translated:
            out.append(self.fixed("untranslated", "untranslated"))
        if point.body:
            out.append(self.r.para(point.body, style))
        elif point.summary:
            out.append(self.r.para(point.summary, style))
        elif title_fallback and point.title:
            out.append(self.r.para(point.title, style))
        return out

    def timing(self) -> list[Flowable]:
        t, lb = self.data.speaking_time, self.labels
        lines: list[Flowable] = [self.fixed("timing_heading", "h3_first")]
        lines.append(
            self.fixed("estimate", "body", estimate=lb.duration(t.seconds), words=t.words, wpm=t.words_per_minute)
        )
        if t.limit_seconds is None:
            lines.append(self.fixed("no_limit_timing", "body"))
            background, border = ACCENT_LIGHT, ACCENT
        else:
            lines.append(self.fixed("limit", "body", limit=lb.duration(t.limit_seconds)))
            if t.over_by:
                lines.insert(0, self.fixed("over_title", "warning_title"))
                lines.append(self.fixed("over_warning", "warning", over=lb.duration(t.over_by)))
                background, border = WARNING_LIGHT, WARNING
            else:
                lines.append(self.fixed("fits", "good", spare=lb.duration(t.limit_seconds - t.seconds)))
                background, border = GOOD_LIGHT, GOOD
        lines.append(self.fixed("rehearse", "small"))
        return [self.box(lines, background, border)]

    # --- key facts, tips --------------------------------------------------------------

    def key_facts(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [self.fixed("key_facts", "h1")]
        if not d.does and not d.does_not:
            story.append(self.fixed("no_facts", "body"))
        for key, points, color in (("does", d.does, GOOD), ("does_not", d.does_not, WARNING)):
            if not points:
                continue
            story.append(self.fixed(key, "h2"))
            for point in points:
                story.append(KeepTogether(self.fact(point, color)))
        return story

    def fact(self, point: PointText, color) -> list[Flowable]:
        r = self.r
        cell: list[Flowable] = []
        if not point.translated:
            cell.append(self.fixed("untranslated", "untranslated"))
        cell.append(r.para(point.title, "body_bold"))
        if point.summary:
            cell.append(r.para(point.summary, "body"))
        table = Table([[cell]], colWidths=["100%"])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, color),
                    ("LEFTPADDING", (0, 0), (-1, -1), self.size * 0.9),
                    ("TOPPADDING", (0, 0), (-1, -1), self.size * 0.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.size * 0.1),
                ]
            )
        )
        return [table, Spacer(1, self.size * 0.6)]

    def tips(self) -> list[Flowable]:
        story: list[Flowable] = [self.fixed("tips_heading", "h1")]
        for number, tip in enumerate(self.labels["tips"].split("\n"), start=1):
            story.append(Paragraph(escape(tip), self.styles["numbered"], bulletText=f"{number}."))
        story.append(Spacer(1, self.size * 1.2))
        story.append(self.contact_box())
        return story

    # --- internal ---------------------------------------------------------------------

    def internal(self) -> list[Flowable]:
        notes, r, lb = self.data.internal, self.r, self.labels
        if notes is None:
            return []
        story: list[Flowable] = [
            self.box([self.fixed("internal_heading", "warning_title"), self.fixed("internal_intro", "body")], WARNING_LIGHT, WARNING)
        ]
        if notes.member_stances:
            story.append(self.fixed("internal_stances", "h2"))
            rows = [[self.fixed(k, "cell_head") for k in ("col_member", "col_seat", "col_stance", "col_public")]]
            for m in notes.member_stances:
                rows.append(
                    [
                        r.para(m.name, "cell"),
                        r.para(m.seat, "cell"),
                        r.label_para(lb.stance(m.stance), "cell_bold"),
                        r.label_para(lb["public"] if m.public else lb["private"], "cell"),
                    ]
                )
            table = Table(rows, colWidths=["38%", "24%", "22%", "16%"], repeatRows=1)
            table.setStyle(table_style(self.size))
            story.append(table)
        for key, text in (("internal_signup_notes", notes.signup_notes), ("internal_person_notes", notes.person_notes)):
            if text:
                story.append(self.fixed(key, "h2"))
                story.append(r.para(text, "body"))
        return story

    # --- all together -----------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        story = self.cover()
        story.append(PageBreak())
        story.extend(self.script())
        story.append(PageBreak())
        story.extend(self.key_facts())
        story.append(CondPageBreak(self.r.pagesize[1] * 0.4))
        story.append(Spacer(1, self.size * 1.5))
        story.extend(self.tips())
        if self.data.internal is not None:
            story.append(PageBreak())
            story.extend(self.internal())
        return story

    def section(self, *, bookmark: bool) -> Section:
        label = packet_footer_label(self.data)
        return Section(
            self.flowables(),
            footer_label=label,
            bookmark=label if bookmark else None,
            lang=self.labels.lang,
        )


def table_style(size: float) -> TableStyle:
    """The look of every data table: a blue header row, light rules, roomy cells."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.45),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.45),
            ("LEFTPADDING", (0, 0), (-1, -1), size * 0.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.5),
            ("FONTNAME", (0, 0), (-1, -1), fonts.base_font()),
        ]
    )


def packet_styles(renderer: PdfRenderer) -> None:
    """Adds the packet's own styles to the renderer's stylesheet."""
    s = renderer.styles
    size = s.body_size
    body = s["body"]
    bold = fonts.base_font(bold=True)

    def add(name: str, parent: str, **kw) -> None:
        s.by_name[name] = ParagraphStyle(name, parent=s[parent], **kw)

    add("h2_first", "h2", spaceBefore=0)
    add("h3_first", "h3", spaceBefore=0)
    add("value_bold", "value", fontName=bold)
    add("stat_label", "label", textColor=ACCENT, spaceAfter=size * 0.3)
    add("stat_note", "small", spaceAfter=0)
    add("script_line", "body", fontSize=size * 1.15, leading=size * 1.6, spaceAfter=size * 0.3)
    add("detail", "body", spaceAfter=size * 0.8)
    add("untranslated", "small", fontName=bold, textColor=WARNING, spaceAfter=size * 0.2)
    add("warning_title", "h3", textColor=WARNING, spaceBefore=0)
    add("warning", "body", fontName=bold, textColor=WARNING)
    add("good", "body", textColor=GOOD, fontName=bold)
    add(
        "numbered", "body", leftIndent=size * 1.8, bulletIndent=0, bulletFontName=body.fontName,
        bulletFontSize=size, spaceAfter=size * 0.7,
    )  # fmt: skip


class SpeakerPacket(PdfRenderer):
    """One speaker's packet as a PDF of its own."""

    def __init__(self, data: PacketData, options: PrintOptions | None = None):
        super().__init__(lang=data.lang, options=options, generated_at=data.generated_at, timezone=data.meeting.timezone)
        packet_styles(self)
        self.data = data
        labels = Labels(data.lang)
        self.title = f"{labels['packet_title']}: {data.speaker.name}"
        self.author = data.campaign.organization or data.campaign.campaign_name
        self.subject = labels.format(
            "subject_packet",
            body=data.meeting.body_name,
            date=labels.datetime(data.meeting.starts_at, data.meeting.timezone),
        )

    def sections(self) -> Sequence[Section]:
        return [SpeakerPacketStory(self, self.data).section(bookmark=False)]


class PacketBook(PdfRenderer):
    """Many packets in one PDF for printing: each starts on a front side and has a bookmark."""

    def __init__(self, packets: Sequence[PacketData], options: PrintOptions | None = None, *, lang: str | None = None):
        if not packets:
            raise ValueError("a packet book needs at least one packet")
        first = packets[0]
        super().__init__(
            lang=lang or first.lang, options=options, generated_at=first.generated_at, timezone=first.meeting.timezone
        )
        packet_styles(self)
        self.packets = list(packets)
        self.title = f"{self.labels['packet_title']}: {first.meeting.body_name}, " + self.labels.date(
            first.meeting.starts_at.astimezone(_zone(first.meeting.timezone)).date()
        )
        self.author = first.campaign.organization or first.campaign.campaign_name
        self.subject = self.labels.format(
            "subject_packet",
            body=first.meeting.body_name,
            date=self.labels.datetime(first.meeting.starts_at, first.meeting.timezone),
        )

    def pad_sections_to_odd(self) -> bool:
        return True

    def sections(self) -> Sequence[Section]:
        return [SpeakerPacketStory(self, p).section(bookmark=True) for p in self.packets]


def _zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def render_packet(data: PacketData, options: PrintOptions | None = None) -> bytes:
    """One speaker's packet as PDF bytes (what the GUI previews and prints)."""
    return SpeakerPacket(data, options).generate()


def render_packet_book(packets: Sequence[PacketData], options: PrintOptions | None = None) -> bytes:
    """Packets combined in one PDF, in one process (see ``batch`` for the parallel build)."""
    return PacketBook(packets, options).generate()
