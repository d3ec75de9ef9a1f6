"""The groups of ``Person`` fields that the editor, imports and exports name, listed once.

Each list keeps the model's order, which is also the order an export writes the columns
and the import mapping lists the fields.
"""

from __future__ import annotations

NAME_FIELDS = ("first_name", "last_name")
# The rest of what a volunteer list can say about someone.
DETAIL_FIELDS = ("preferred_name", "pronouns", "email", "phone", "zip_code", "ward", "languages")
# What the person asked for: the packet's language and consent to email or text them.
PREFERENCE_FIELDS = ("packet_language", "may_email", "may_text")
