"""The editor of one talking point: English and Spanish side by side, with speaking time.

The editor knows nothing of the database: it shows a ``PointDetail``, reports what the
user changed, and counts words while they type. The page saves and loads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from organizer.domain.enums import PointCategory
from organizer.domain.models import TalkingPoint
from organizer.domain.rules.speaking import (
    DEFAULT_WORDS_PER_MINUTE,
    estimate,
    format_duration,
    max_words,
)
from organizer.gui.models.labels import POINT_CATEGORY_LABELS
from organizer.gui.widgets.colors import error_color
from organizer.gui.widgets.format import counted
from organizer.services.council import normalize_tags

UNTRANSLATED_TEXT = QT_TRANSLATE_NOOP("PointEditor", "Untranslated: Spanish packets will print this point in English.")


@dataclass(frozen=True)
class PointDetail:
    """A talking point as it was loaded, with the versions needed to save it safely."""

    id: int
    version: int
    title: str
    category: PointCategory
    summary: str
    body: str
    sources: str
    concerns: tuple[str, ...]
    active: bool
    es_title: str = ""
    es_summary: str = ""
    es_body: str = ""
    es_version: int | None = None  # None: no Spanish translation saved
    assigned: int = 0  # speakers this point is assigned to

    @classmethod
    def from_point(cls, point: TalkingPoint, assigned: int = 0) -> PointDetail:
        spanish = point.translation("es")
        return cls(
            id=point.id,
            version=point.version,
            title=point.title,
            category=PointCategory(point.category),
            summary=point.summary,
            body=point.body,
            sources=point.sources,
            concerns=tuple(point.concerns),
            active=point.active,
            es_title=spanish.title if spanish else "",
            es_summary=spanish.summary if spanish else "",
            es_body=spanish.body if spanish else "",
            es_version=spanish.version if spanish else None,
            assigned=assigned,
        )


@dataclass
class EditorValues:
    """What the widgets hold now, normalised the way the services will store it."""

    point: dict = field(default_factory=dict)
    spanish: dict = field(default_factory=dict)


def fit_text(words: int, seconds: int, limit_minutes: int | None, words_per_minute: int) -> tuple[str, bool]:
    """The line under a script, e.g. "142 words · about 1 min 6 s · fits a 3-minute slot".

    Returns the text and whether the script is over the limit; the warning is in the words
    themselves, so it does not depend on seeing a colour.
    """
    if words == 0:
        return QCoreApplication.translate("PointEditor", "No text yet"), False
    word_count = QCoreApplication.translate("PointEditor", "1 word") if words == 1 else QCoreApplication.translate("PointEditor", "{n} words").format(n=words)
    parts = [word_count, QCoreApplication.translate("PointEditor", "about {time}").format(time=format_duration(seconds))]
    if limit_minutes is None:
        return " · ".join(parts), False
    if seconds <= limit_minutes * 60:
        parts.append(QCoreApplication.translate("PointEditor", "fits a {minutes}-minute slot").format(minutes=limit_minutes))
        return " · ".join(parts), False
    over = seconds - limit_minutes * 60
    cut = words - max_words(limit_minutes, words_per_minute)
    too_long = (QCoreApplication.translate("PointEditor", "⚠ too long for a {minutes}-minute slot by {time}: cut about 1 word") if cut == 1
                else QCoreApplication.translate("PointEditor", "⚠ too long for a {minutes}-minute slot by {time}: cut about {n} words"))
    parts.append(too_long.format(minutes=limit_minutes, time=format_duration(over), n=cut))
    return " · ".join(parts), True


class _ScriptEdit(QPlainTextEdit):
    """A plain-text box where Tab moves on, as in the rest of the form."""

    def __init__(self, lines: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = QFontMetrics(self.font()).lineSpacing() * lines + 12
        self.setMinimumHeight(height)
        if lines <= 3:
            self.setMaximumHeight(height + QFontMetrics(self.font()).lineSpacing())


class PointEditor(QWidget):
    """Title, category, summary, full text, sources, concerns and the Spanish translation."""

    edited = Signal()  # any field changed; the page decides whether that makes it dirty

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._detail: PointDetail | None = None
        self._limit_minutes: int | None = None
        self._words_per_minute = DEFAULT_WORDS_PER_MINUTE
        self._loading = False
        self._build()
        self.load(None)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_edit = self._line(self.tr("English title"), self.tr("A short title, as a speaker would list it"))
        self.es_title_edit = self._line(self.tr("Spanish title"), "Título en español")
        self.summary_edit = self._script(self.tr("English one-sentence summary"), 2, self.tr("One sentence a speaker can remember"))
        self.es_summary_edit = self._script(self.tr("Spanish one-sentence summary"), 2, "Una frase que resuma el punto")
        self.body_edit = self._script(self.tr("English full text"), 9, self.tr("What the speaker says"))
        self.es_body_edit = self._script(self.tr("Spanish full text"), 9, "Lo que dice la persona que habla")
        self.estimate_label = self._status_label(self.tr("English speaking time"))
        self.es_estimate_label = self._status_label(self.tr("Spanish speaking time"))
        self.untranslated_label = QLabel(self.tr(UNTRANSLATED_TEXT))
        self.untranslated_label.setObjectName("untranslatedMarker")
        self.untranslated_label.setAccessibleName(self.tr("Translation status"))
        self.untranslated_label.setWordWrap(True)
        self.untranslated_label.setStyleSheet("QLabel#untranslatedMarker { font-style: italic; }")

        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        for category in PointCategory:
            self.category_combo.addItem(POINT_CATEGORY_LABELS[category], category.value)
        self.category_combo.currentIndexChanged.connect(self._on_edited)
        self.concerns_edit = self._line(
            self.tr("Concerns it answers"), self.tr("Comma-separated, e.g. public safety, federal funding, cost")
        )
        self.sources_edit = self._script(self.tr("Sources"), 2, self.tr("Where the facts come from, so a speaker can cite them"))
        self.active_check = QCheckBox(self.tr("&Offered for new line-ups (untick to retire)"))
        self.active_check.setAccessibleName(self.tr("Active in the library"))
        self.active_check.toggled.connect(self._on_edited)
        self.usage_label = QLabel()
        self.usage_label.setAccessibleName(self.tr("Speakers assigned this point"))

        sides = QGridLayout()
        sides.setHorizontalSpacing(16)
        english_header = QLabel(f"<b>{self.tr('English')}</b>")
        spanish_header = QLabel(f"<b>{self.tr('Spanish (español)')}</b>")
        sides.addWidget(english_header, 0, 1)
        sides.addWidget(spanish_header, 0, 2)
        rows = (
            (self.tr("&Title"), self.title_edit, self.es_title_edit),
            (self.tr("S&ummary"), self.summary_edit, self.es_summary_edit),
            (self.tr("&Full text"), self.body_edit, self.es_body_edit),
        )
        for row, (label_text, english, spanish) in enumerate(rows, start=1):
            label = QLabel(label_text)
            label.setBuddy(english)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            sides.addWidget(label, row, 0)
            sides.addWidget(english, row, 1)
            sides.addWidget(spanish, row, 2)
        sides.addWidget(self.estimate_label, len(rows) + 1, 1)
        sides.addWidget(self.es_estimate_label, len(rows) + 1, 2)
        sides.addWidget(self.untranslated_label, len(rows) + 2, 2)
        sides.setColumnStretch(1, 1)
        sides.setColumnStretch(2, 1)
        sides.setRowStretch(3, 1)

        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        details.addRow(self._buddy(self.tr("&Category"), self.category_combo), self.category_combo)
        details.addRow(self._buddy(self.tr("Conc&erns it answers"), self.concerns_edit), self.concerns_edit)
        details.addRow(self._buddy(self.tr("Sou&rces"), self.sources_edit), self.sources_edit)
        status_row = QHBoxLayout()
        status_row.addWidget(self.active_check)
        status_row.addStretch(1)
        status_row.addWidget(self.usage_label)
        details.addRow(status_row)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(sides, 1)
        layout.addWidget(line)
        layout.addLayout(details)

        # Tab order follows the eye: English column, then Spanish, then the details.
        order = [
            self.title_edit, self.summary_edit, self.body_edit,
            self.es_title_edit, self.es_summary_edit, self.es_body_edit,
            self.category_combo, self.concerns_edit, self.sources_edit, self.active_check,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_edited)
        return edit

    def _script(self, name: str, lines: int, placeholder: str) -> _ScriptEdit:
        edit = _ScriptEdit(lines)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._on_edited)
        return edit

    def _status_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # user text never becomes markup
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # -- loading --------------------------------------------------------------------------

    @property
    def detail(self) -> PointDetail | None:
        return self._detail

    def load(self, detail: PointDetail | None) -> None:
        """Show a point (or nothing); the fields then match what was loaded."""
        self._detail = detail
        self._loading = True
        try:
            d = detail
            self.title_edit.setText(d.title if d else "")
            self.summary_edit.setPlainText(d.summary if d else "")
            self.body_edit.setPlainText(d.body if d else "")
            self.es_title_edit.setText(d.es_title if d else "")
            self.es_summary_edit.setPlainText(d.es_summary if d else "")
            self.es_body_edit.setPlainText(d.es_body if d else "")
            self.sources_edit.setPlainText(d.sources if d else "")
            self.concerns_edit.setText(", ".join(d.concerns) if d else "")
            self.active_check.setChecked(d.active if d else True)
            category = d.category if d else PointCategory.WHAT_IT_DOES
            self.category_combo.setCurrentIndex(self.category_combo.findData(category.value))
        finally:
            self._loading = False
        self.setEnabled(detail is not None)
        self._show_usage()
        self.refresh_estimates()

    def accept_saved(self, detail: PointDetail) -> None:
        """After a save: remember the new versions without touching what the user is typing."""
        self._detail = detail
        self._show_usage()

    def _show_usage(self) -> None:
        d = self._detail
        if d is None or not d.assigned:
            self.usage_label.setText(self.tr("Not assigned to any speaker"))
        else:
            self.usage_label.setText(counted(d.assigned, self.tr("Assigned to {n} speaker"), self.tr("Assigned to {n} speakers")))

    # -- what the user typed ----------------------------------------------------------------

    def values(self) -> EditorValues:
        return EditorValues(
            point={
                "title": self.title_edit.text().strip(),
                "category": PointCategory(self.category_combo.currentData()),
                "summary": self.summary_edit.toPlainText().strip(),
                "body": self.body_edit.toPlainText().strip(),
                "sources": self.sources_edit.toPlainText().strip(),
                "concerns": normalize_tags(self.concerns_edit.text()),
                "active": self.active_check.isChecked(),
            },
            spanish={
                "title": self.es_title_edit.text().strip(),
                "summary": self.es_summary_edit.toPlainText().strip(),
                "body": self.es_body_edit.toPlainText().strip(),
            },
        )

    def point_changes(self) -> dict:
        """Fields of the point that differ from what was loaded."""
        d = self._detail
        if d is None:
            return {}
        loaded = {
            "title": d.title, "category": d.category, "summary": d.summary, "body": d.body,
            "sources": d.sources, "concerns": list(d.concerns), "active": d.active,
        }
        return {k: v for k, v in self.values().point.items() if loaded[k] != v}

    def spanish_changed(self) -> bool:
        d = self._detail
        if d is None:
            return False
        return self.values().spanish != {"title": d.es_title, "summary": d.es_summary, "body": d.es_body}

    def is_dirty(self) -> bool:
        return bool(self.point_changes()) or self.spanish_changed()

    def focus_field(self, name: str | None) -> None:
        """Put the cursor where a validation error points."""
        widgets = {
            "title": self.title_edit, "category": self.category_combo, "summary": self.summary_edit,
            "body": self.body_edit, "sources": self.sources_edit, "concerns": self.concerns_edit,
        }
        widgets.get(name or "", self.title_edit).setFocus()

    # -- speaking time ----------------------------------------------------------------------

    def set_speaking_limit(self, limit_minutes: int | None, words_per_minute: int) -> None:
        self._limit_minutes = limit_minutes
        self._words_per_minute = words_per_minute
        self.refresh_estimates()

    def refresh_estimates(self) -> None:
        self._show_estimate(self.estimate_label, self.body_edit.toPlainText())
        self._show_estimate(self.es_estimate_label, self.es_body_edit.toPlainText())
        spanish = self.values().spanish
        self.untranslated_label.setVisible(self._detail is not None and not any(spanish.values()))

    def _show_estimate(self, label: QLabel, text: str) -> None:
        spoken = estimate(text, self._words_per_minute)
        line, over = fit_text(spoken.words, spoken.seconds, self._limit_minutes, self._words_per_minute)
        label.setText(line)
        label.setProperty("over", over)
        # Bold as well as colour, so the warning does not rely on colour alone.
        label.setStyleSheet(f"font-weight: bold; color: {error_color().name()};" if over else "")

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.refresh_estimates()
        self.edited.emit()

