// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

class QTextDocument;

namespace Continuity::Report {

// A report as OpenDocument Text (docs/decisions/odt-reports.md), for planners who add chapters
// of their own in LibreOffice or Word: the same blocks as the PDF, headings as real headings
// (outline levels 1 and 2), tables as real tables with their header row, figures as images.
// Written through QTextDocumentWriter; Qt writes every paragraph as a plain one, so the
// headings' paragraphs are then turned into headings in the archive's content.xml (libzip).
// Written whole or not at all (AtomicFile).
bool writeOdt(const Document &document, const QString &path, const QString &title,
              QString *errorMessage);

// The QTextDocument the ODT is written from (for tests and the print preview of ODT users).
void buildTextDocument(const Document &document, const QString &title, QTextDocument *out);

} // namespace Continuity::Report
