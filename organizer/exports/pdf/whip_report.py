"""The whip-count report: for each council, where the members stand, a chart, and whom to
talk to next. Internal: it is for the organizing team and says so on every page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from organizer.domain.enums import STANCE_ORDER, Stance
from organizer.domain.rules.whip import REASON_FIRM_UP, WhipCount
from organizer.exports.pdf import fonts
from organizer.exports.pdf.base import (
    INK,
    MUTED,
    RULE,
    WARNING,
    PageInfo,
    PdfRenderer,
    Section,
)
from organizer.exports.pdf.data import PrintOptions, WhipReportData
from organizer.exports.pdf.flowables import Table
from organizer.exports.pdf.speaker_packet import table_style

# Colour helps at a glance, but every bar is also named, so a black-and-white copy or a
# colour-blind reader loses nothing.
STANCE_COLORS = {
    Stance.YES: colors.HexColor("#1E6B3A"),
    Stance.LEAN_YES: colors.HexColor("#7DB68C"),
    Stance.UNDECIDED: colors.HexColor("#C9A227"),
    Stance.LEAN_NO: colors.HexColor("#D98C7A"),
    Stance.NO: colors.HexColor("#A6261C"),
    Stance.UNKNOWN: colors.HexColor("#9AA3AD"),
}


class WhipReport(PdfRenderer):
    def __init__(self, data: WhipReportData, options: PrintOptions | None = None):
        super().__init__(lang=data.lang, options=options, generated_at=data.generated_at, timezone=data.timezone)
        self.data = data
        self.title = self.labels["whip_title"]
        if data.campaign.campaign_name:
            self.title += f": {data.campaign.campaign_name}"
        self.subject = self.labels["whip_confidential"]
        self.author = data.campaign.organization or data.campaign.campaign_name

    def chart(self, count: WhipCount) -> Drawing:
        size = self.styles.body_size
        width = self.pagesize[0] - self.left_margin - self.right_margin
        height = size * 17
        drawing = Drawing(width, height)
        # Otherwise the drawing starts in Helvetica, which would be named but not embedded.
        drawing.initialFontName = fonts.base_font()
        drawing.initialFontSize = size
        chart = VerticalBarChart()
        chart.x, chart.y = size * 3, size * 3.2
        chart.width, chart.height = width - size * 4, height - size * 5.5
        values = [count.counts[s] for s in STANCE_ORDER]
        chart.data = [values]
        top = max(values + [count.votes_needed, 1])
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = top + 1
        chart.valueAxis.valueStep = 1 if top <= 10 else max(1, top // 8)
        chart.valueAxis.labels.fontName = fonts.base_font()
        chart.valueAxis.labels.fontSize = size * 0.85
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.gridStrokeColor = RULE
        chart.valueAxis.visibleGrid = True
        chart.categoryAxis.categoryNames = [self.labels.stance(s) for s in STANCE_ORDER]
        chart.categoryAxis.labels.fontName = fonts.base_font(bold=True)
        chart.categoryAxis.labels.fontSize = size * 0.9
        chart.categoryAxis.labels.dy = -size * 0.4
        chart.categoryAxis.strokeColor = INK
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = fonts.base_font(bold=True)
        chart.barLabels.fontSize = size * 1.1
        chart.barLabels.nudge = size * 0.7
        chart.barWidth = size * 2
        chart.bars.strokeColor = None
        for i, stance in enumerate(STANCE_ORDER):
            chart.bars[(0, i)].fillColor = STANCE_COLORS[stance]
        drawing.add(chart)

        # The bar the "Yes" column has to reach.
        y = chart.y + chart.height * count.votes_needed / chart.valueAxis.valueMax
        drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=WARNING, strokeWidth=1.4, strokeDashArray=[5, 3]))
        label = self.labels.format("whip_seats", seats=count.seats, needed=count.votes_needed)
        drawing.add(
            String(chart.x + chart.width, y + size * 0.35, label, fontName=fonts.base_font(bold=True),
                   fontSize=size * 0.85, fillColor=WARNING, textAnchor="end")
        )  # fmt: skip
        drawing.add(
            String(0, height - size * 1.2, self.labels["whip_chart_title"], fontName=fonts.base_font(bold=True),
                   fontSize=size, fillColor=MUTED)
        )  # fmt: skip
        return drawing

    def summary(self, count: WhipCount) -> Flowable:
        yes = count.counts[Stance.YES]
        if count.has_majority:
            text = self.labels.format("whip_majority", yes=yes, needed=count.votes_needed)
        else:
            text = self.labels.format(
                "whip_body_summary", yes=yes, needed=count.votes_needed, more=count.more_needed,
                more_leans=count.more_needed_with_leans,
            )  # fmt: skip
        return self.label_para(text, "body_bold")

    def members_table(self, count: WhipCount) -> Table:
        lb = self.labels
        rows: list[list] = [[self.label_para(lb[k], "cell_head") for k in ("col_member", "col_seat", "col_stance", "col_public")]]
        order = {s: i for i, s in enumerate(STANCE_ORDER)}
        for m in sorted(count.members, key=lambda m: (order[m.stance], m.name.casefold())):
            rows.append(
                [
                    self.para(m.name, "cell_bold"),
                    self.para(m.seat, "cell"),
                    self.label_para(lb.stance(m.stance), "cell_bold"),
                    self.label_para(lb["yes_word"] if m.stance_is_public else lb["no_word"], "cell"),
                ]
            )
        table = Table(rows, colWidths=self.widths(0.4, 0.22, 0.22, 0.16), repeatRows=1, splitInRow=1)
        table.setStyle(table_style(self.styles.body_size))
        return table

    def targets_table(self, count: WhipCount) -> Table:
        lb = self.labels
        rows: list[list] = [[self.label_para(lb[k], "cell_head") for k in ("col_member", "col_seat", "col_stance", "col_reason")]]
        for t in count.targets:
            reason = lb["reason_firm_up"] if t.reason == REASON_FIRM_UP else lb["reason_persuade"]
            rows.append(
                [
                    self.para(t.name, "cell_bold"),
                    self.para(t.seat, "cell"),
                    self.label_para(lb.stance(t.stance), "cell"),
                    self.label_para(reason, "cell"),
                ]
            )
        table = Table(rows, colWidths=self.widths(0.34, 0.2, 0.18, 0.28), repeatRows=1, splitInRow=1)
        table.setStyle(table_style(self.styles.body_size))
        return table

    def widths(self, *fractions: float) -> list[float]:
        usable = self.pagesize[0] - self.left_margin - self.right_margin
        return [usable * f for f in fractions]

    def body_story(self, count: WhipCount) -> list[Flowable]:
        lb = self.labels
        story: list[Flowable] = [self.label_para(lb["whip_title"].upper(), "eyebrow"), self.para(count.body, "h1")]
        story.append(self.summary(count))
        if count.vacancies:
            story.append(self.label_para(lb.format("whip_vacancies", count=count.vacancies), "body"))
        if count.tie_breaker is not None:
            story.append(
                self.template(
                    lb["whip_tie_breaker"], "body", name=count.tie_breaker.name,
                    stance=lb.stance(count.tie_breaker.stance),
                )
            )  # fmt: skip
        story.append(Spacer(1, self.styles.body_size * 0.6))
        story.append(self.chart(count))
        story.append(KeepTogether([self.label_para(lb["whip_members"], "h2"), self.members_table(count)]))
        if count.targets:
            story.append(KeepTogether([self.label_para(lb["whip_targets"], "h2"), self.targets_table(count)]))
        return story

    def sections(self) -> Sequence[Section]:
        bodies = self.data.bodies
        if not bodies:
            return [Section([self.label_para(self.labels["whip_title"], "h1")])]
        return [Section(self.body_story(c), footer_label=c.body, bookmark=c.body) for c in bodies]

    def draw_footer(self, canvas, page: PageInfo) -> None:
        super().draw_footer(canvas, page)
        width, height = self.pagesize
        canvas.setFont(fonts.base_font(bold=True), self.footer_size_pt)
        canvas.setFillColor(WARNING)
        canvas.drawRightString(width - self.right_margin, height - self.top_margin * 0.55, self.labels["whip_confidential"])


def render_whip_report(data: WhipReportData, *, paper: str = "letter", large_print: bool = False) -> bytes:
    """The whip report as PDF bytes (``organizer whip --pdf FILE``)."""
    return WhipReport(data, PrintOptions(paper=paper, large_print=large_print)).generate()
