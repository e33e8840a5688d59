"""Preview and print a PDF inside the program: invoices, credit notes, reminders, statements, reports.

``PdfPreviewDialog(data, title=..., file_name=...)`` shows the bytes in QtPdf's view (zoom, page
navigation) with «Skriv ut …» (Ctrl+P), «Lagre som …» and «Lukk». Printing renders each page of the
QPdfDocument at the printer's resolution onto a QPrinter (``print_document``), so what is printed is
the document shown, page for page — an archived invoice stays the document as issued.

The bytes never touch the disk unless the user saves them (a QBuffer feeds the document), so a
preview leaves no personal data in the temp folder. ``printed`` is emitted after a print job was
sent, so a caller can record it (Fakturaer marks paper invoices as printed through
core/invoicing/print_marks). ``choose_printer`` and ``choose_file`` are replaceable: tests print to a
PDF file and save without a native dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

#: zoom steps of «+» and «−» (1.0 = 100 %)
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0
#: the resolution pages are rendered at for the printer (sharp text, bounded memory)
RENDER_DPI = 300


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def load_document(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument read from memory; keep the returned buffer alive as long as the document."""
    document = QPdfDocument(parent)
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter,
                   progress: Callable[[int, int], bool] | None = None) -> int:
    """Render every page (or the printer's page range) of ``document`` onto ``printer``; returns the
    number of pages sent. Each page is rendered at the printer's resolution and scaled to fit its
    printable area with the aspect kept (an A4 invoice on Letter paper is not cut). ``progress(done,
    total)`` is called before each page; False aborts the job (nothing is printed)."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    if count == 0 or first > last:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("Skriveren kunne ikke startes."))
    sent = 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for number in range(first, last + 1):
            if progress is not None and not progress(sent, last - first + 1):
                printer.abort()
                return 0
            if sent:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, max(1, int(points.width() * scale)), max(1, int(points.height() * scale)))
            # rendered at no more than RENDER_DPI (a 1200 dpi A4 page is 140 megapixels), scaled up by the painter
            shrink = min(1.0, RENDER_DPI / dpi)
            image = document.render(number - 1, QSize(max(1, int(target.width() * shrink)),
                                                      max(1, int(target.height() * shrink))))
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    return sent


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system's print dialog; True if the user chose to print."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class PdfPreviewDialog(QDialog):
    #: pages sent to the printer (after «Skriv ut …» printed them)
    printed = Signal(int)

    def __init__(self, data: bytes, *, title: str, file_name: str = "dokument.pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 960)
        self.data = data
        self.file_name = file_name
        #: asks for a printer (True: print); replaceable in tests
        self.choose_printer: Callable[[QPrinter], bool] = lambda printer: ask_printer(self, printer)
        #: asks where to save ("" = cancelled); replaceable in tests
        self.choose_file: Callable[[], str] = lambda: QFileDialog.getSaveFileName(
            self, tr("Lagre som"), str(Path.home() / self.file_name), tr("PDF-filer (*.pdf)"))[0]
        self.document, self._buffer = load_document(data, self)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, self.document.pageCount()))
        self.page_box.setAccessibleName(tr("Side"))
        self.page_box.valueChanged.connect(self.go_to_page)
        self.page_count = QLabel(tr("av {0}").format(self.document.pageCount()))
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(tr("Forminsk (Ctrl+−)"))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(tr("Forstørr (Ctrl++)"))
        self.fit_button = QPushButton(tr("Tilpass bredden"))
        self.zoom_label = QLabel()
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button = QPushButton(tr("Skriv ut …"))
        self.print_button.setToolTip(tr("Skriv ut (Ctrl+P)"))
        self.save_button = QPushButton(tr("Lagre som …"))
        self.close_button = QPushButton(tr("Lukk"))
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setWordWrap(True)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom(1 / ZOOM_STEP))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Side")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count)
        bar.addSpacing(16)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addStretch()
        for w in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self._show_zoom()
        if self.document.status() != QPdfDocument.Status.Ready:
            self.message.setText(tr("Dokumentet kunne ikke vises."))
            self.print_button.setEnabled(False)

    # -- navigation and zoom ------------------------------------------------------------------
    def current_page(self) -> int:
        """1-based page the view shows."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, number: int) -> None:
        if 1 <= number <= self.document.pageCount() and number != self.current_page():
            self.view.pageNavigator().jump(number - 1, QPointF(), self.view.pageNavigator().currentZoom())

    def _page_shown(self, index: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(ZOOM_MAX, max(ZOOM_MIN, self.view.zoomFactor() * factor)))
        self._show_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _show_zoom(self) -> None:
        fitted = self.view.zoomMode() != QPdfView.ZoomMode.Custom
        self.zoom_label.setText(tr("Bredde") if fitted else f"{round(self.view.zoomFactor() * 100)} %")

    # -- actions --------------------------------------------------------------------------------
    def print_(self) -> int:
        """Ask for a printer and print the document; returns the pages sent (0 if cancelled)."""
        if self.document.pageCount() == 0:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFromTo(1, self.document.pageCount())
        if not self.choose_printer(printer):
            return 0
        total = printer.toPage() - printer.fromPage() + 1 if printer.printRange() == QPrinter.PrintRange.PageRange \
            else self.document.pageCount()
        bar = QProgressDialog(tr("Skriver ut …"), tr("Avbryt"), 0, max(1, total), self)
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(500)  # a one-page invoice prints without a flash of a dialog

        def progress(done: int, of: int) -> bool:
            bar.setMaximum(of)
            bar.setValue(done)
            bar.setLabelText(tr("Skriver ut side {0} av {1} …").format(done + 1, of))
            QCoreApplication.processEvents()
            return not bar.wasCanceled()

        try:
            pages = print_document(self.document, printer, progress)
        except OSError as exc:
            self.message.setText(str(exc))
            return 0
        finally:
            bar.close()
        if pages == 0:
            self.message.setText(tr("Utskriften er avbrutt."))
            return 0
        self.message.setText(tr("{0} sider sendt til skriveren.").format(pages) if pages != 1
                             else tr("1 side sendt til skriveren."))
        self.printed.emit(pages)
        return pages

    def save_as(self) -> Path | None:
        name = self.choose_file()
        if not name:
            return None
        path = Path(name)
        try:
            path.write_bytes(self.data)
        except OSError as exc:
            self.message.setText(tr("Kunne ikke lagre {0}: {1}").format(path, exc.strerror))
            return None
        self.message.setText(tr("Lagret som {0}.").format(path))
        return path


def written_pdf(write: Callable[[Path], object], file_name: str) -> bytes:
    """The bytes of a PDF that a core export writes to a path (reports): written into a private
    temp folder, read back and removed at once, so the preview leaves no file behind."""
    from ...core.private_files import preview_folder, remove_preview

    folder = preview_folder()
    try:
        target = folder / file_name
        write(target)
        return target.read_bytes()
    finally:
        remove_preview(folder)
