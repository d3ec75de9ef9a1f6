"""Imported once by the process that forks the batch workers (see ``batch._context``):
ReportLab, the renderers and every shipped font are loaded there, so each worker starts
with them in memory instead of parsing the fonts again for every batch."""

from organizer.exports.pdf import batch as _batch  # noqa: F401 - loaded for the workers
from organizer.exports.pdf.fonts import register_all

register_all()
