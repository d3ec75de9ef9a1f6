"""Printable PDFs with ReportLab: speaker packets and the coordinator's printouts.

Data in (the frozen values of ``data``), bytes out; nothing here reads the database or
imports Qt. ``organizer.services.packets`` builds the data from the campaign's records.

    render_packet(data, options) -> bytes                one speaker's packet (preview, print)
    render_combined(packets, options, progress=, cancelled=) -> bytes
                                                         a meeting's packets in one PDF
    render_packet_files(packets, options, progress=, cancelled=) -> [PacketFile]
                                                         one PDF per speaker
    render_run_of_show(data, options) -> bytes
    render_sign_in_sheet(data, options) -> bytes
    render_whip_report(data, paper=, large_print=) -> bytes
"""

from organizer.exports.pdf.batch import (
    BatchCancelled,
    PacketFile,
    render_combined,
    render_packet_files,
    save_files,
)
from organizer.exports.pdf.data import PrintOptions
from organizer.exports.pdf.run_of_show import render_run_of_show, render_sign_in_sheet
from organizer.exports.pdf.speaker_packet import render_packet
from organizer.exports.pdf.whip_report import render_whip_report

__all__ = [
    "BatchCancelled",
    "PacketFile",
    "PrintOptions",
    "render_combined",
    "render_packet",
    "render_packet_files",
    "render_run_of_show",
    "render_sign_in_sheet",
    "render_whip_report",
    "save_files",
]
