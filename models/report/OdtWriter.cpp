// SPDX-License-Identifier: GPL-3.0-or-later
#include "OdtWriter.h"

#include "io/AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <zip.h>

namespace Continuity::Report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Report)
};

// Stands for the contents in the text Qt writes; replaced by a real table of contents.
const QString ContentsMarker = QStringLiteral("\uE000continuity-contents\uE000");

constexpr double BodyWidthUnits = (595.28 - 100) * LayoutUnit; // the PDF's body width
constexpr int FigurePixels = 1400;                             // about 200 dpi on the page
constexpr double FigureDocWidth = 624;                         // 468 pt (16.5 cm) at 96 dpi

QTextCharFormat charFormat(double points, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setFontFamilies({QStringLiteral("DejaVu Sans")});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    return f;
}

// A parsed line's text with its **strong** and *emphasis*, as the PDF shows them.
void insertEmphasised(QTextCursor &c, const MarkupLine &line, const QTextCharFormat &base)
{
    qsizetype at = 0;
    for (const MarkupSpan &span : line.spans) {
        if (span.start > at)
            c.insertText(line.text.mid(at, span.start - at), base);
        QTextCharFormat f = base;
        if (span.bold)
            f.setFontWeight(QFont::Bold);
        else
            f.setFontItalic(true);
        c.insertText(line.text.mid(span.start, span.length), f);
        at = span.start + span.length;
    }
    if (at < line.text.size())
        c.insertText(line.text.mid(at), base);
}

class Builder
{
public:
    explicit Builder(QTextDocument *doc)
        : m_doc(doc)
        , m_cursor(doc)
    {}

    void block(const QTextBlockFormat &format)
    {
        QTextBlockFormat f = format;
        if (m_pageBreak) {
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_pageBreak = false;
        }
        if (m_first) {
            m_cursor.setBlockFormat(f);
            m_first = false;
        } else {
            m_cursor.insertBlock(f);
        }
    }

    void heading(const QString &text, int level, double points)
    {
        QTextBlockFormat f;
        f.setHeadingLevel(level);
        f.setTopMargin(level == 1 ? 14 : 8);
        f.setBottomMargin(4);
        block(f);
        m_cursor.insertText(text, charFormat(points, true));
    }

    void plain(const QString &text, double points, bool bold = false)
    {
        QTextBlockFormat f;
        f.setBottomMargin(4);
        block(f);
        m_cursor.insertText(text, charFormat(points, bold));
    }

    // Markup: "- " and "1. " lines as list items, a list ending at a line that is none.
    void markup(const QString &text)
    {
        QTextList *list = nullptr;
        for (const MarkupLine &line : parseMarkup(text)) {
            QTextBlockFormat f;
            f.setBottomMargin(4);
            block(f);
            if (!line.marker.isEmpty()) {
                const QTextListFormat::Style style =
                    line.numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
                if (!list || list->format().style() != style) {
                    QTextListFormat lf;
                    lf.setStyle(style);
                    list = m_cursor.createList(lf);
                } else {
                    list->add(m_cursor.block());
                }
            } else {
                list = nullptr;
            }
            insertEmphasised(m_cursor, line, charFormat(10));
        }
    }

    void table(const Table &t)
    {
        if (t.columns.isEmpty())
            return;
        // Text set as a table only to be printed literally (Document::plain): paragraphs.
        if (t.columns.size() == 1 && !t.header && !t.grid &&
            t.columns.first().kind == Column::Kind::Text) {
            for (const QList<Cell> &row : t.rows) {
                for (const Part &part : row.value(0)) {
                    QTextBlockFormat f;
                    f.setBottomMargin(4);
                    block(f);
                    m_cursor.insertText(part.label + part.text, charFormat(10, part.bold));
                }
            }
            return;
        }
        const int headerRows = t.header ? 1 : 0;
        const int rows = int(t.rows.size()) + headerRows;
        if (rows == 0)
            return;
        QTextBlockFormat before;
        block(before);
        QTextTableFormat format;
        format.setHeaderRowCount(headerRows);
        format.setBorder(t.grid ? 0.5 : 0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        double total = 0;
        for (const Column &c : t.columns)
            total += c.width;
        QList<QTextLength> widths;
        for (const Column &c : t.columns)
            widths.append(QTextLength(QTextLength::PercentageLength, 100 * c.width / total));
        format.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(rows, int(t.columns.size()), format);
        for (int c = 0; c < t.columns.size(); ++c) {
            if (!t.header)
                break;
            QTextTableCell cell = table->cellAt(0, c);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(QColor(225, 225, 225));
            cell.setFormat(cf);
            QTextCursor cc = cell.firstCursorPosition();
            cc.insertText(t.columns.at(c).header, charFormat(9, true));
        }
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            for (int c = 0; c < t.columns.size(); ++c) {
                QTextTableCell cell = table->cellAt(int(r) + headerRows, c);
                const int fill =
                    r < t.fills.size() && c < t.fills.at(r).size() ? t.fills.at(r).at(c) : -1;
                if (fill >= 0) {
                    QTextTableCellFormat cf = cell.format().toTableCellFormat();
                    cf.setBackground(QColor::fromRgb(QRgb(fill)));
                    cell.setFormat(cf);
                }
                QTextCursor cc = cell.firstCursorPosition();
                const Column::Kind kind = t.columns.at(c).kind;
                if (kind == Column::Kind::CheckBox) {
                    cc.insertText(QStringLiteral("☐"), charFormat(11));
                    continue;
                }
                if (kind == Column::Kind::Bar || c >= t.rows.at(r).size())
                    continue;
                QTextCharFormat base = charFormat(9);
                if (fill >= 0 && qGray(QRgb(fill)) < 110)
                    base.setForeground(Qt::white);
                bool firstPart = true;
                for (const Part &part : t.rows.at(r).at(c)) {
                    if (part.text.isEmpty() && part.label.isEmpty())
                        continue;
                    if (!firstPart)
                        cc.insertBlock();
                    firstPart = false;
                    if (!part.label.isEmpty()) {
                        QTextCharFormat b = base;
                        b.setFontWeight(QFont::Bold);
                        cc.insertText(part.label + QLatin1Char(' '), b);
                    }
                    QTextCharFormat f = base;
                    if (part.bold)
                        f.setFontWeight(QFont::Bold);
                    const QStringList lines = part.text.split(QLatin1Char('\n'));
                    for (qsizetype i = 0; i < lines.size(); ++i) {
                        if (i > 0)
                            cc.insertBlock();
                        if (kind == Column::Kind::Markup && !part.bold)
                            insertEmphasised(cc, parseEmphasis(lines.at(i)), f);
                        else
                            cc.insertText(lines.at(i), f);
                    }
                }
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void figure(const Figure &f)
    {
        if (!f.paint || f.height <= 0)
            return;
        const double heightUnits = f.height * LayoutUnit;
        const int h = int(FigurePixels * heightUnits / BodyWidthUnits);
        QImage image(FigurePixels, std::max(h, 1), QImage::Format_RGB32);
        const double imageHeight = image.height();
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            const double scale = FigurePixels / BodyWidthUnits;
            p.scale(scale, scale);
            f.paint(&p, QRectF(0, 0, BodyWidthUnits, heightUnits));
        }
        const QString name = QStringLiteral("figure-%1.png").arg(++m_figures);
        // Kept as PNG, not as an image: a large plan's map has hundreds of parts.
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        m_doc->addResource(QTextDocument::ImageResource, QUrl(name), png);
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        block(bf);
        QTextImageFormat image_format;
        image_format.setName(name);
        image_format.setWidth(FigureDocWidth);
        image_format.setHeight(FigureDocWidth * imageHeight / FigurePixels);
        m_cursor.insertImage(image_format);
        if (!f.description.isEmpty()) {
            QTextBlockFormat caption;
            caption.setBottomMargin(6);
            block(caption);
            m_cursor.insertText(f.description, charFormat(8, false, true));
        }
    }

    void pageBreak() { m_pageBreak = !m_first; }

private:
    QTextDocument *m_doc;
    QTextCursor m_cursor;
    bool m_first = true;
    bool m_pageBreak = false;
    int m_figures = 0;
};

struct ZipArchive
{
    zip_t *zip = nullptr;
    ~ZipArchive()
    {
        if (zip)
            zip_discard(zip);
    }
};

// Qt's ODF writer gives every paragraph a text:p; those of `headingStyles` (paragraph style
// name -> outline level) become text:h with their outline level, which LibreOffice and Word
// read as headings (navigator, table of contents, outline).
QByteArray promoteHeadings(const QByteArray &content, const QHash<QString, int> &headingStyles)
{
    QString xml = QString::fromUtf8(content);
    static const QRegularExpression start(QStringLiteral("<text:p text:style-name=\"(p\\d+)\">"));
    QString out;
    out.reserve(xml.size() + 1024);
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = start.globalMatch(xml);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int level = headingStyles.value(m.captured(1), 0);
        if (level <= 0)
            continue;
        const qsizetype end = xml.indexOf(QLatin1String("</text:p>"), m.capturedEnd());
        if (end < 0)
            break;
        out += QStringView(xml).mid(from, m.capturedStart() - from);
        out += QStringLiteral("<text:h text:style-name=\"%1\" text:outline-level=\"%2\">")
                   .arg(m.captured(1))
                   .arg(level);
        out += QStringView(xml).mid(m.capturedEnd(), end - m.capturedEnd());
        out += QLatin1String("</text:h>");
        from = end + 9;
    }
    out += QStringView(xml).mid(from);
    return out.toUtf8();
}

// A table of contents LibreOffice and Word keep as one (Tools › Update fills in the page numbers,
// which only the word processor knows): the chapters' headings as links, in place of the marker
// paragraph Qt wrote for the document's contents block.
QByteArray withContents(const QByteArray &content, const Document &d)
{
    QString xml = QString::fromUtf8(content);
    const QRegularExpression marker(QStringLiteral("<text:p [^>]*>(<text:span [^>]*>)?%1"
                                                   "(</text:span>)?</text:p>")
                                        .arg(QRegularExpression::escape(ContentsMarker)));
    const QRegularExpressionMatch m = marker.match(xml);
    if (!m.hasMatch())
        return content;
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    const QString title = esc(Tr::tr("Contents"));
    QString toc =
        QStringLiteral("<text:table-of-content text:protected=\"true\""
                       " text:name=\"Contents\"><text:table-of-content-source"
                       " text:outline-level=\"1\"><text:index-title-template"
                       " text:style-name=\"ContentsHeading\">%1</text:index-title-template>"
                       "<text:table-of-content-entry-template text:outline-level=\"1\""
                       " text:style-name=\"Contents1\"><text:index-entry-link-start/>"
                       "<text:index-entry-text/><text:index-entry-tab-stop style:type=\"right\""
                       " style:leader-char=\".\"/><text:index-entry-page-number/>"
                       "<text:index-entry-link-end/></text:table-of-content-entry-template>"
                       "</text:table-of-content-source><text:index-body>"
                       "<text:index-title text:name=\"Contents_Head\"><text:p"
                       " text:style-name=\"ContentsHeading\">%1</text:p></text:index-title>")
            .arg(title);
    for (const Block &b : d.blocks) {
        if (b.kind == Block::Kind::Heading)
            toc += QStringLiteral("<text:p text:style-name=\"Contents1\">%1</text:p>")
                       .arg(esc(b.text));
    }
    toc += QLatin1String("</text:index-body></text:table-of-content>");
    xml.replace(m.capturedStart(), m.capturedLength(), toc);
    return xml.toUtf8();
}

// The page style every page uses ("Standard", LibreOffice's Default Page Style): A4 with the
// PDF's margins, and on every page the PDF's running header (the plan's name, the report) and
// footer (when printed, the audit trail's head, "Page n of m" as live fields), so that a planner
// who extends the document keeps them. Plain text, escaped: a plan's name is user text.
QByteArray stylesXml(const Document &d)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    // "Page %1 of %2" in the report's language, the numbers as fields.
    const QString pageTemplate = Tr::tr("Page %1 of %2");
    QString pageFields = esc(pageTemplate);
    pageFields.replace(QLatin1String("%1"), QLatin1String("<text:page-number "
                                                          "text:select-page=\"current\">1"
                                                          "</text:page-number>"));
    pageFields.replace(QLatin1String("%2"), QLatin1String("<text:page-count>1</text:page-count>"));
    QString footer = esc(d.footerLeft) + QLatin1String("<text:tab/>");
    if (!d.footerAudit.isEmpty())
        footer += esc(Tr::tr("Audit trail %1").arg(d.footerAudit));
    footer += QLatin1String("<text:tab/>") + pageFields;
    const QString header =
        esc(d.headerLeft) + QLatin1String("<text:tab/><text:tab/>") + esc(d.headerRight);
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document-styles"
            " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            " office:version=\"1.2\">"
            "<office:styles>"
            "<style:style style:name=\"Running\" style:family=\"paragraph\">"
            "<style:paragraph-properties>"
            "<style:tab-stops>"
            "<style:tab-stop style:position=\"8.6cm\" style:type=\"center\"/>"
            "<style:tab-stop style:position=\"17.2cm\" style:type=\"right\"/>"
            "</style:tab-stops></style:paragraph-properties>"
            "<style:text-properties fo:font-family=\"'DejaVu Sans'\" fo:font-size=\"7.5pt\"/>"
            "</style:style>"
            "<style:style style:name=\"ContentsHeading\" style:family=\"paragraph\">"
            "<style:paragraph-properties fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.2cm\"/>"
            "<style:text-properties fo:font-family=\"'DejaVu Sans'\" fo:font-size=\"14pt\""
            " fo:font-weight=\"bold\"/>"
            "</style:style>"
            "<style:style style:name=\"Contents1\" style:family=\"paragraph\">"
            "<style:paragraph-properties><style:tab-stops><style:tab-stop"
            " style:position=\"17.2cm\" style:type=\"right\" style:leader-style=\"dotted\""
            " style:leader-text=\".\"/></style:tab-stops></style:paragraph-properties>"
            "<style:text-properties fo:font-family=\"'DejaVu Sans'\" fo:font-size=\"10pt\"/>"
            "</style:style>"
            "</office:styles>"
            "<office:automatic-styles>"
            "<style:page-layout style:name=\"A4\">"
            "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
            " style:print-orientation=\"portrait\" fo:margin-top=\"1.2cm\""
            " fo:margin-bottom=\"1.2cm\" fo:margin-left=\"1.9cm\" fo:margin-right=\"1.9cm\"/>"
            "<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\""
            " fo:margin-bottom=\"0.5cm\" fo:border-bottom=\"0.5pt solid #000000\""
            " fo:padding-bottom=\"0.1cm\"/></style:header-style>"
            "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\""
            " fo:margin-top=\"0.5cm\" fo:border-top=\"0.5pt solid #000000\""
            " fo:padding-top=\"0.1cm\"/></style:footer-style>"
            "</style:page-layout>"
            "</office:automatic-styles>"
            "<office:master-styles>"
            "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
            "<style:header><text:p text:style-name=\"Running\">%1</text:p></style:header>"
            "<style:footer><text:p text:style-name=\"Running\">%2</text:p></style:footer>"
            "</style:master-page>"
            "</office:master-styles>"
            "</office:document-styles>\n")
            .arg(header, footer);
    return xml.toUtf8();
}

// The manifest with styles.xml listed (Qt's writer makes none).
QByteArray withStylesInManifest(const QByteArray &manifest)
{
    QByteArray out = manifest;
    const QByteArray entry = " <manifest:file-entry manifest:media-type=\"text/xml\""
                             " manifest:full-path=\"styles.xml\"/>\n";
    const qsizetype at = out.indexOf("</manifest:manifest>");
    if (at >= 0 && !out.contains("\"styles.xml\""))
        out.insert(at, entry);
    return out;
}

bool readEntry(zip_t *zip, const char *name, QByteArray *out, QString *error)
{
    const zip_int64_t index = zip_name_locate(zip, name, 0);
    zip_stat_t stat;
    if (index < 0 || zip_stat_index(zip, zip_uint64_t(index), 0, &stat) != 0) {
        *error = Tr::tr("the OpenDocument writer left no %1").arg(QLatin1String(name));
        return false;
    }
    QByteArray content(qsizetype(stat.size), Qt::Uninitialized);
    zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(index), 0);
    const zip_int64_t read = file ? zip_fread(file, content.data(), stat.size) : -1;
    if (file)
        zip_fclose(file);
    if (read != zip_int64_t(stat.size)) {
        *error = Tr::tr("%1 could not be read back").arg(QLatin1String(name));
        return false;
    }
    *out = content;
    return true;
}

// Puts `data` (kept alive by the caller until zip_close) into the archive as `name`.
bool putEntry(zip_t *zip, const char *name, const QByteArray &data, QString *error)
{
    zip_source_t *source = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
    if (!source || zip_file_add(zip, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
        if (source)
            zip_source_free(source);
        *error = QString::fromUtf8(zip_strerror(zip));
        return false;
    }
    return true;
}

bool rewriteContent(QByteArray *odt, const Document &document,
                    const QHash<QString, int> &headingStyles, QString *error)
{
    // libzip edits an archive file in place (written beside and renamed): a private copy in a
    // temporary directory, read back whole.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.odt"));
    {
        QFile copy(path);
        if (!dir.isValid() || !copy.open(QIODevice::WriteOnly) || copy.write(*odt) != odt->size()) {
            *error = Tr::tr("no room for a temporary copy");
            return false;
        }
    }
    int code = 0;
    ZipArchive archive;
    archive.zip = zip_open(QFile::encodeName(path).constData(), 0, &code);
    if (!archive.zip) {
        zip_error_t zerror;
        zip_error_init_with_code(&zerror, code);
        *error = QString::fromUtf8(zip_error_strerror(&zerror));
        zip_error_fini(&zerror);
        return false;
    }
    QByteArray content;
    QByteArray manifest;
    if (!readEntry(archive.zip, "content.xml", &content, error) ||
        !readEntry(archive.zip, "META-INF/manifest.xml", &manifest, error))
        return false;
    // Kept alive until zip_close, which reads them.
    const QByteArray promoted = withContents(promoteHeadings(content, headingStyles), document);
    const QByteArray styles = stylesXml(document);
    const QByteArray listed = withStylesInManifest(manifest);
    if (!putEntry(archive.zip, "content.xml", promoted, error) ||
        !putEntry(archive.zip, "styles.xml", styles, error) ||
        !putEntry(archive.zip, "META-INF/manifest.xml", listed, error))
        return false;
    if (zip_close(archive.zip) != 0) {
        *error = QString::fromUtf8(zip_strerror(archive.zip));
        return false;
    }
    archive.zip = nullptr;
    QFile result(path);
    if (!result.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("the rewritten archive could not be read");
        return false;
    }
    *odt = result.readAll();
    return !odt->isEmpty();
}

} // namespace

void buildTextDocument(const Document &document, const QString &title, QTextDocument *out)
{
    out->clear();
    out->setMetaInformation(QTextDocument::DocumentTitle, title);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(10);
    out->setDefaultFont(base);
    Builder b(out);
    for (const Block &block : document.blocks) {
        switch (block.kind) {
        case Block::Kind::Title:
            b.plain(block.text, 20, true);
            break;
        case Block::Kind::Subtitle:
            b.plain(block.text, 12);
            break;
        case Block::Kind::Heading:
            b.heading(block.text, 1, 14);
            break;
        case Block::Kind::Subheading:
            b.heading(block.text, 2, 11);
            break;
        case Block::Kind::Paragraph:
            b.markup(block.text);
            break;
        case Block::Kind::Table:
            b.table(block.table);
            break;
        case Block::Kind::PageBreak:
            b.pageBreak();
            break;
        case Block::Kind::Figure:
            b.figure(block.figure);
            break;
        case Block::Kind::Contents: // a real table of contents, put in by rewriteContent()
            b.plain(ContentsMarker, 10);
            break;
        case Block::Kind::Spacer:
            break;
        }
    }
}

bool writeOdt(const Document &document, const QString &path, const QString &title,
              QString *errorMessage)
{
    QTextDocument text;
    buildTextDocument(document, title, &text);
    QHash<QString, int> headingStyles;
    const QList<QTextFormat> formats = text.allFormats();
    for (qsizetype i = 0; i < formats.size(); ++i) {
        if (formats.at(i).isBlockFormat() && formats.at(i).toBlockFormat().headingLevel() > 0)
            headingStyles.insert(QStringLiteral("p%1").arg(i),
                                 formats.at(i).toBlockFormat().headingLevel());
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&text)) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1 cannot be written.").arg(path);
        return false;
    }
    buffer.close();
    QByteArray odt = buffer.data();
    QString error;
    if (!rewriteContent(&odt, document, headingStyles, &error)) {
        if (errorMessage)
            *errorMessage = Tr::tr("%1 cannot be written: %2").arg(path, error);
        return false;
    }
    return AtomicFile::write(path, odt, errorMessage);
}

} // namespace Continuity::Report
