"""Hypothesis profiles for the property tests of the pure rules.

"fast" (the default) keeps the whole suite quick; ``HYPOTHESIS_PROFILE=thorough`` tries
many more cases, for a run before a release or after changing a rule. Neither has a
deadline: a slow example on a busy machine is not a bug, and tests never time things.
No example database is kept, so the working tree stays clean; a failure prints the
``@reproduce_failure`` line to replay it.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("fast", max_examples=40, deadline=None, database=None, print_blob=True)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
