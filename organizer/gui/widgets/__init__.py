"""Widgets any page may reuse: stance badges, the minutes bar, the whip chart, filter boxes,
link buttons, cards and inline validation messages."""
