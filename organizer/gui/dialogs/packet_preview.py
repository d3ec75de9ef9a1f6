"""Look at a packet before printing it, and print PDFs through the system's print dialog.

The PDF is rendered by ``organizer.exports`` into bytes; Qt's PDF module shows those bytes
from memory (a ``QBuffer``) and paints their pages into the printer, so nothing is written
to disk unless the user saves a copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organizer.errors import OrganizerError
from organizer.gui.errors import show_error
from organizer.storage.files import write_private

PRINT_DPI_CAP = 300  # sharp on paper, and a Letter page stays ~33 MB while it is painted


class PdfBytesDocument(QPdfDocument):
    """A QPdfDocument over bytes in memory; keeps its buffer alive as long as itself."""

    def __init__(self, pdf: bytes, parent=None):
        super().__init__(parent)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.load(self._buffer)
        if self.status() != QPdfDocument.Status.Ready:
            raise OrganizerError(self.tr("The packet could not be shown: the PDF did not load."))

    def pdf_bytes(self) -> bytes:
        return bytes(self._bytes.data())


def paint_document(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int | None = None) -> int:
    """Paint pages ``first``..``last`` (1-based, inclusive) into ``printer``; returns how many."""
    count = document.pageCount()
    last = count if last is None or last <= 0 else min(last, count)
    first = max(1, first)
    if first > last:
        return 0
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    painter = QPainter()
    if not painter.begin(printer):
        raise OrganizerError(
            QCoreApplication.translate("packet_preview", "The printer could not be started; check that it is connected.")
        )
    printed = 0
    try:
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            target.moveTo(0, 0)
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # Centred on the printable area, the same shape as the page it came from.
            origin = QPointF((target.width() - scaled.width()) / 2, (target.height() - scaled.height()) / 2)
            painter.drawImage(QRect(origin.toPoint(), scaled), image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> QPrintDialog:
    """Open the print dialog (without blocking) and print ``pdf`` if the user goes ahead."""
    document = PdfBytesDocument(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("packet_preview", "Print — {title}").format(title=title))
    dialog.setMinMax(1, document.pageCount())
    document.setParent(dialog)

    def go(*_printer) -> None:  # QPrintDialog's accepted() may pass the printer along
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            paint_document(document, printer, printer.fromPage(), printer.toPage())
        else:
            paint_document(document, printer)

    dialog.accepted.connect(go)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # QPrintDialog only binds open(receiver, slot); the plain window-modal open() is QDialog's.
    QDialog.open(dialog)
    return dialog


class PacketPreviewDialog(QDialog):
    """A PDF on screen with Print and Save buttons."""

    def __init__(self, pdf: bytes, title: str, file_name: str = "packet.pdf", parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self._file_name = file_name
        self.setWindowTitle(self.tr("Packet — {title}").format(title=title))
        self.setAccessibleName(self.windowTitle())
        self.document = PdfBytesDocument(pdf, self)

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Packet preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.currentIndexChanged.connect(lambda: self.view.setZoomMode(self.zoom.currentData()))
        pages = self.document.pageCount()
        self.pages = QLabel((self.tr("{n} page") if pages == 1 else self.tr("{n} pages")).format(n=pages))
        print_button = QPushButton(self.tr("Print…"))
        print_button.setAccessibleName(self.tr("Print this packet"))
        print_button.clicked.connect(self.print_packet)
        save = QPushButton(self.tr("Save as PDF…"))
        save.setAccessibleName(self.tr("Save this packet as a PDF file"))
        save.clicked.connect(self.save_copy)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.zoom)
        bar.addWidget(self.pages)
        bar.addStretch(1)
        bar.addWidget(print_button)
        bar.addWidget(save)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.resize(860, 980)

    def print_packet(self) -> QPrintDialog:
        return print_pdf(self, self.document.pdf_bytes(), self._title)

    def save_copy(self) -> Path | None:
        """Save the packet where the user chooses; a failure is one sentence, and leaves no
        half-written file (nor changes a file already there)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save packet"), self._file_name, self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        try:
            return write_private(path, self.document.pdf_bytes(), make_folders=False)
        except OrganizerError as exc:
            show_error(self, exc)
            return None
