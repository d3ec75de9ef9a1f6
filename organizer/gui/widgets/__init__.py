"""Widgets any page may reuse: stance badges, the minutes bar, the whip chart, filter boxes,
link buttons, cards and inline validation messages; and what pages share in how they behave:
record tables, page-scoped shortcuts, non-blocking dialogs, refreshing when shown."""
