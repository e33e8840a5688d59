"""What an empty table says instead of nothing: a centred hint over the view's viewport.

``EmptyHint(view, empty=..., filtered=..., is_filtered=...)`` follows the view's model (reset,
rows added or removed) and shows ``empty`` ("Ingen medlemmer ennå. Trykk «Nytt medlem» …") when
there are no rows at all, or ``filtered`` ("Ingen treff …") when a search or filter hides them.
It draws nothing itself and does not touch the model, so any table (and the coming table kit)
can carry one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    def __init__(self, view: QAbstractItemView, *, empty: str, filtered: str = "",
                 is_filtered: Callable[[], bool] | None = None) -> None:
        super().__init__(view.viewport())
        self.setObjectName("empty_hint")
        self.view = view
        self.empty_text = empty
        self.filtered_text = filtered or empty
        self.is_filtered = is_filtered or (lambda: False)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: palette(placeholder-text); font-size: 13px; padding: 24px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_hint)
        self.update_hint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False

    def update_hint(self, *_: object) -> None:
        """Shown while the model has no rows; the text says why (nothing yet, or nothing matches)."""
        empty = self.view.model().rowCount() == 0
        self.setText(self.filtered_text if self.is_filtered() else self.empty_text)
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)
