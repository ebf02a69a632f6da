"""The DOCX package as planctl's own: no leftovers of python-docx's default template.

python-docx starts every document from a Word 2010 file made on a Mac: `app.xml` says
«Microsoft Macintosh Word», the thumbnail is its stock picture, `stylesWithEffects.xml`
and the theme name Calibri/Cambria, settings say en-US, and every file was «created»
on one day. A clerk who opens the properties sees all of it, so the parts that are not
ours go, the rest speak the plan's font and language, and the properties tell the truth.

Dates come from `SOURCE_DATE_EPOCH` when it is set (reproducible builds: the same plan
gives the same bytes), else from the clock; the ZIP entries carry the same date.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Callable
from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from planctl import __version__

if TYPE_CHECKING:
    from docx.document import Document

#: Relationships to parts no planctl document needs: python-docx's stock thumbnail, Word 2010's
#: duplicate of the styles, an empty bibliography (customXml).
_STRAY = (
    RT.THUMBNAIL,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
)
#: settings.xml children that describe the template's past, not this document.
_STALE_SETTINGS = ("w:rsids", "w:proofState", "w:savePreviewPicture", "m:mathPr", "w14:docId", "w15:docId")
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
#: ZIP cannot hold a date before 1980.
_ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)


def document_time() -> dt.datetime:
    """`SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set and sound, else now; whole seconds, UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def finish_package(document: Document, *, title: str, language: str, font: str, when: dt.datetime) -> None:
    """Drop the stray parts and set the properties, settings, theme and font table from the plan."""
    for rels in (document.part.package.rels, document.part.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype in _STRAY:
                rels.pop(r_id)
    _settings(document, language)
    _theme(document, font)
    _font_table(document, font)
    properties = document.core_properties
    properties.title = " ".join(title.split())[:250]
    properties.language = language
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.revision = 1
    naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)  # python-docx writes naive times as UTC
    properties.created = properties.modified = naive
    _app_properties(document)


def docx_bytes(document: Document, when: dt.datetime) -> bytes:
    """The saved package with every ZIP entry dated `when`, so equal documents are equal bytes."""
    raw = io.BytesIO()
    document.save(raw)
    return normalized_zip(raw.getvalue(), max(when, _ZIP_EPOCH).astimezone(dt.timezone.utc).timetuple()[:6])


def normalized_zip(data: bytes, date_time: tuple[int, ...]) -> bytes:
    """The same ZIP with every entry dated `date_time`, deflated, mode 0644."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)  # type: ignore[arg-type]  # a 6-tuple
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def _edit_blob(document: Document, reltype: str, edit: Callable[[etree._Element], None]) -> None:
    """Apply `edit(root)` to a part python-docx keeps as raw bytes (theme, font table)."""
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            part = rel.target_part
            element = getattr(part, "element", None)
            if element is not None:
                edit(element)
                return
            root = etree.fromstring(part.blob)
            edit(root)
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            return


def _settings(document: Document, language: str) -> None:
    """No editing history, spelling state, preview request or math font; theme language = the plan's."""
    settings = document.settings.element
    for name in _STALE_SETTINGS:
        prefix, local = name.split(":")
        namespace = {
            "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
            "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
            "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
        }[prefix]
        for child in settings.findall(f"{{{namespace}}}{local}"):
            settings.remove(child)
    theme_language = settings.find(qn("w:themeFontLang"))
    if theme_language is not None:
        for attribute in list(theme_language.attrib):
            del theme_language.attrib[attribute]
        theme_language.set(qn("w:val"), language)


def _theme(document: Document, font: str) -> None:
    def edit(root: etree._Element) -> None:
        for scheme in root.iter(f"{{{_A}}}majorFont", f"{{{_A}}}minorFont"):
            for child in list(scheme):
                if child.tag == f"{{{_A}}}latin":
                    child.set("typeface", font)
                    for attribute in ("panose", "pitchFamily", "charset"):
                        child.attrib.pop(attribute, None)
                elif child.tag == f"{{{_A}}}font":  # per-script fonts of a Mac Office install
                    scheme.remove(child)

    _edit_blob(document, RT.THEME, edit)


def _font_table(document: Document, font: str) -> None:
    """Only the fonts the document uses: the plan's, and Symbol for list bullets."""

    def edit(root: etree._Element) -> None:
        names = set()
        for entry in list(root.iterfind(qn("w:font"))):
            name = entry.get(qn("w:name"))
            if name in (font, "Symbol"):
                names.add(name)
            else:
                root.remove(entry)
        if font not in names:
            entry = etree.SubElement(root, qn("w:font"))
            entry.set(qn("w:name"), font)

    _edit_blob(document, RT.FONT_TABLE, edit)


def _app_properties(document: Document) -> None:
    """docProps/app.xml naming planctl, not «Microsoft Macintosh Word» with zero pages."""
    package = document.part.package
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = (
                "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                f'<Properties xmlns="{_APP}"><Application>planctl {__version__}</Application>'
                "<DocSecurity>0</DocSecurity></Properties>"
            ).encode()
            return
