// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace Continuity::TableFormat {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::TableFormat)
};
const QString unset = QStringLiteral("—");
} // namespace

QString hours(const std::optional<double> &value)
{
    if (!value)
        return unset;
    return Tr::tr("%1 h").arg(QLocale().toString(*value, 'g', 6));
}

QString money(const std::optional<double> &value)
{
    if (!value)
        return unset;
    return QLocale().toString(*value, 'f', 0);
}

QString tier(const std::optional<int> &value)
{
    if (!value)
        return unset;
    return Tr::tr("Tier %1").arg(*value);
}

QVariant sortKey(const std::optional<double> &value)
{
    return value ? *value : std::numeric_limits<double>::max();
}

bool parseNumber(const QString &text, std::optional<double> *value)
{
    static const QRegularExpression unit(QStringLiteral("\\s*h(ours?)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString s = text.trimmed();
    s.remove(unit);
    if (s.isEmpty()) {
        *value = std::nullopt;
        return true;
    }
    bool ok = false;
    double v = QLocale().toDouble(s, &ok);
    if (!ok)
        v = QLocale::c().toDouble(s.remove(QLatin1Char(',')), &ok);
    if (ok)
        *value = v;
    return ok;
}

QString editText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

} // namespace Continuity::TableFormat
