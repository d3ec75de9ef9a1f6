"""Pages that follow ``ctx.data_changed`` without every edit making every page reload.

A page on screen refreshes at once; a hidden one only notes that it is stale and reloads
when it is next shown, so saving on one page costs the others nothing until they are seen.
"""

from __future__ import annotations

from collections.abc import Callable


class RefreshWhenShown:
    """Mixin for a page (before ``QWidget`` in its bases) that has a ``reload()``.

    ``reload()`` must set ``_stale`` to False. ``_can_refresh()`` may say "not now" while
    the page shows something that must not be redrawn under the user.
    """

    _stale = False

    def _refresh_now_or_when_shown(self, refresh: Callable[[], object] | None = None) -> None:
        """Run ``refresh`` (``reload`` by default) if the page is on screen; else reload on show."""
        if self.isVisible() and self._can_refresh():
            (refresh or self.reload)()
        else:
            self._stale = True

    def _can_refresh(self) -> bool:
        return True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if self._stale and self._can_refresh():
            self.reload()
