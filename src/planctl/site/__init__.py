"""`planctl site`: the plans as a static web site for people who never open a terminal.

An index with each plan's counts, a page per plan (its items, each occurrence's state
as of a day, progress records, a timeline drawn as SVG, its DOCX/Markdown/ICS) and an
executors page. Pages come from the Jinja2 files of `templates/site/`, run in planctl's
template sandbox with autoescaping; the site works from `file://`, offline.
"""

from __future__ import annotations

from planctl.site.build import SiteOptions, SiteReport, build_site

__all__ = ["SiteOptions", "SiteReport", "build_site"]
