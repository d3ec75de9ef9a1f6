"""The desktop app: the only package that imports PySide6."""

import sys

if sys.version_info < (3, 12):
    # PySide6 6.12.0 on CPython 3.11 drops one reference to None on every Qt call that
    # returns nothing (measured: 1,000 QLabel.setText calls, 1,000 references gone), so a
    # long session ends in "Fatal Python error: none_dealloc". From 3.12 on None is immortal
    # (PEP 683) and the bug is harmless; on 3.11 we give None the same immortality by hand,
    # with a reference count no session can use up.
    # The same release drops a reference to True or False on every Python emit() of a bool
    # (PersonEditor.dirty_changed): a long test run ended in "bool_dealloc" at exit.
    import ctypes

    for _immortal in (None, True, False):
        _refcount = ctypes.c_ssize_t.from_address(id(_immortal))
        if _refcount.value < 2**40:
            _refcount.value += 2**50
