"""Reading PDFs back in tests, with pypdf (a test-only dependency)."""

from __future__ import annotations

import io
import re

import pypdf


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def squash(text: str) -> str:
    """Whitespace-insensitive form: line breaks and wrapping do not matter."""
    return " ".join(text.split())


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return squash("\n".join(page_texts(pdf)))


def body_text(pdf: bytes, footer_label: str = "") -> str:
    """All pages' text without the footers, so text running across pages reads on."""
    pages = []
    for page in page_texts(pdf):
        page = squash(page)
        if footer_label:
            page = page.replace(squash(footer_label), " ")
        page = re.sub(r"(Page|Página) \d+ (of|de) \d+", " ", page)
        page = re.sub(r"· (Generated|Generado el) \w+ \d+, \d{4}|· Generado el \d+ de \w+ de \d{4}", " ", page)
        pages.append(page)
    return squash(" ".join(pages))


def contains(pdf: bytes, needle: str) -> bool:
    return squash(needle) in text(pdf)


def _fonts_of(resources, seen: set[int]) -> list:
    found = []
    if resources is None:
        return found
    resources = resources.get_object()
    for ref in (resources.get("/Font") or {}).values():
        found.append(ref.get_object())
    for ref in (resources.get("/XObject") or {}).values():
        xobject = ref.get_object()
        if id(xobject) in seen:
            continue
        seen.add(id(xobject))
        if xobject.get("/Subtype") == "/Form":
            found.extend(_fonts_of(xobject.get("/Resources"), seen))
    return found


def unembedded_fonts(pdf: bytes) -> set[str]:
    """Names of fonts used on any page whose glyphs are not in the file."""
    missing = set()
    for page in reader(pdf).pages:
        for font in _fonts_of(page.get("/Resources"), set()):
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else None
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def outline(pdf: bytes) -> list[tuple[str, int]]:
    r = reader(pdf)
    return [(item.title, r.get_destination_page_number(item)) for item in r.outline]
