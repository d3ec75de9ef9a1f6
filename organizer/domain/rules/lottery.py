"""A speaking-order lottery that anyone can re-check.

How the order is drawn
----------------------
1. The entrants are sign-up ids (whole numbers). They are sorted and de-duplicated
   first, so the order they were listed in makes no difference.
2. For each entrant, take the SHA-256 of the text ``"<seed>:<id>"`` (UTF-8, the seed
   exactly as recorded, the id in plain decimal): for seed ``K7QM-3XPD-9WTR-HF2C`` and
   sign-up 12 that is the text ``K7QM-3XPD-9WTR-HF2C:12``.
3. Speak in order of those hashes written as hexadecimal, smallest first.

Nobody can choose a hash, so before the seed is known every order is equally likely.
``new_seed()`` makes the seed from the operating system's cryptographic random source
at the moment of the draw; to take even the computer out of it, roll dice in the room
and type the result as the seed.

How a skeptic re-checks a recorded draw
---------------------------------------
With the recorded seed and entrants, on any computer::

    printf '%s' 'K7QM-3XPD-9WTR-HF2C:12' | sha256sum     # repeat for each entrant

then sort the lines. Or in Python, with nothing but the standard library::

    sorted(ids, key=lambda i: hashlib.sha256(f"{seed}:{i}".encode()).hexdigest())

Either must give exactly the recorded order; ``verify()`` does that check. SHA-256 and
sorting are the same on every platform and Python version, unlike ``random.shuffle``.

Committing to the seed before anyone signs up
---------------------------------------------
A seed typed at the draw could have been tried out first. So the coordinator can commit
when sign-up opens: a fresh seed is stored unseen and only its ``commitment()``, the
SHA-256 of the seed's text, is printed on the sign-in sheet and shown in the room. At the
draw the seed is revealed and used; anyone checks ``printf '%s' SEED | sha256sum`` against
the hash they saw earlier, then the order as above.

Who keeps their place on a redraw
---------------------------------
Speakers ``kept`` by a redraw (those already confirmed) speak whatever their ticket; the
remaining slots go to the others in drawn order, and the rest wait. Speakers keep the
drawn order among themselves, so the result is still re-checkable from the recorded seed,
entrants, slots and kept list.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from organizer.errors import ValidationError
from organizer.i18n import _

# Crockford's base-32 alphabet: no I, L, O or U, so a seed read aloud or copied by hand
# cannot be mistaken (0/O, 1/I/L).
SEED_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SEED_GROUPS = 4
SEED_GROUP_LENGTH = 4  # 16 characters: 80 bits, far beyond guessing


def new_seed() -> str:
    """A fresh random seed that is easy to read aloud and copy: ``"K7QM-3XPD-9WTR-HF2C"``."""
    groups = (
        "".join(secrets.choice(SEED_ALPHABET) for _ in range(SEED_GROUP_LENGTH))
        for _ in range(SEED_GROUPS)
    )
    return "-".join(groups)


def ticket(seed: str, entrant_id: int) -> str:
    """The hexadecimal SHA-256 that places ``entrant_id`` in the order (smallest first)."""
    return hashlib.sha256(f"{seed}:{int(entrant_id)}".encode()).hexdigest()


def draw_order(entrant_ids: Sequence[int], seed: str) -> list[int]:
    """The speaking order for ``entrant_ids`` under ``seed``; the same everywhere, always."""
    if not seed:
        raise ValidationError(_("The lottery needs a seed; it cannot be empty."), field="seed")
    entrants = sorted({int(i) for i in entrant_ids})
    # The id breaks a (practically impossible) hash tie, so the order is always total.
    return sorted(entrants, key=lambda i: (ticket(seed, i), i))


def verify(entrant_ids: Sequence[int], seed: str, order: Sequence[int]) -> bool:
    """Whether ``order`` is exactly what ``seed`` draws for these entrants."""
    if not seed:
        return False
    return draw_order(entrant_ids, seed) == [int(i) for i in order]


def commitment(seed: str) -> str:
    """The hexadecimal SHA-256 of the seed's text: what is published before the draw."""
    return hashlib.sha256(seed.encode()).hexdigest()


def split_speakers(order: Sequence[int], slots: int, kept: Sequence[int] = ()) -> tuple[list[int], list[int]]:
    """Speakers and waitlist from a drawn ``order``: ``kept`` entrants always speak, the rest
    of the slots go to the others in order; both lists keep the drawn order."""
    keep = {int(i) for i in kept} & {int(i) for i in order}
    free = max(0, slots - len(keep))
    speakers: list[int] = []
    waitlist: list[int] = []
    for entrant in order:
        if entrant in keep:
            speakers.append(entrant)
        elif free > 0:
            speakers.append(entrant)
            free -= 1
        else:
            waitlist.append(entrant)
    return speakers, waitlist


@dataclass(frozen=True)
class DrawResult:
    seed: str
    entrants: tuple[int, ...]  # sorted, as they entered the draw
    order: tuple[int, ...]  # the drawn speaking order
    slots: int  # how many speak; the rest wait
    kept: tuple[int, ...] = ()  # entrants who speak whatever their ticket (confirmed before a redraw)

    @property
    def speakers(self) -> tuple[int, ...]:
        return tuple(split_speakers(self.order, self.slots, self.kept)[0])

    @property
    def waitlist(self) -> tuple[int, ...]:
        return tuple(split_speakers(self.order, self.slots, self.kept)[1])

    @property
    def commitment(self) -> str:
        return commitment(self.seed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "entrants": list(self.entrants),
            "order": list(self.order),
            "slots": self.slots,
            "kept": list(self.kept),
            "speakers": list(self.speakers),
            "waitlist": list(self.waitlist),
        }


def draw(
    entrant_ids: Sequence[int], slots: int, seed: str | None = None, kept: Sequence[int] = ()
) -> DrawResult:
    """Draw the order (with a fresh seed unless one is given) and split speakers from the
    waitlist; ``kept`` entrants speak whatever their place (see the module docstring)."""
    if slots < 0:
        raise ValidationError(_("The number of speaking slots cannot be negative."), field="slots")
    seed = new_seed() if seed is None else seed
    order = draw_order(entrant_ids, seed)
    entered = set(order)
    keep = tuple(sorted({int(i) for i in kept} & entered))
    return DrawResult(seed, tuple(sorted(order)), tuple(order), slots, keep)
