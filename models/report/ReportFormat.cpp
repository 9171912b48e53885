// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Continuity::Report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::Report)
};

} // namespace

QString duration(double hours)
{
    if (!std::isfinite(hours))
        return QStringLiteral("—");
    const bool negative = hours < 0;
    const double h = std::abs(hours);
    const long long minutes = std::llround(h * 60);
    QString text;
    if (h == 0)
        text = Tr::tr("%1 min").arg(0);
    else if (h * 60 < 1)
        text = Tr::tr("< 1 min");
    else if (minutes < 60)
        text = Tr::tr("%1 min").arg(minutes);
    else if (minutes % 60 != 0) // one form at any length: never "68.5 h" beside "44 h 33 min"
        text = Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    else
        text = Tr::tr("%1 h").arg(minutes / 60);
    return negative ? QStringLiteral("−") + text : text;
}

namespace {

// The same unambiguous form from the window and the command line: the month by name, in the
// report's language ("5 Dec 2026", "5. Dez. 2026", "5 déc. 2026"), never 12/5/26 against 5/12/26.
QString dateFormat()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("d. MMM yyyy")
                                                   : QStringLiteral("d MMM yyyy");
}

} // namespace

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, dateFormat()) : QStringLiteral("—");
}

QString dateTime(const QDateTime &at)
{
    return QLocale().toString(at, dateFormat() + QStringLiteral(" HH:mm"));
}

QString money(double amount)
{
    // The command line runs in the C locale, which groups no digits: its reports print amounts
    // as the English window does ("250,000"), not "250000".
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    return locale.toString(amount, 'f', 0);
}

} // namespace Continuity::Report
