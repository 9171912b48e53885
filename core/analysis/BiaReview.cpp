// SPDX-License-Identifier: GPL-3.0-or-later
#include "BiaReview.h"

#include "domain/Process.h"

#include <QCoreApplication>

namespace Continuity {

BiaReview biaReview(const Process &p, int months, const QDate &today)
{
    BiaReview r;
    if (p.reviewedOn) {
        r.reviewedOn = QDate::fromString(*p.reviewedOn, Qt::ISODate);
        if (r.reviewedOn.isValid())
            r.dueOn = r.reviewedOn.addMonths(months);
    }
    if (!p.hasBia())
        r.state = BiaReviewState::Missing;
    else if (!r.reviewedOn.isValid())
        r.state = BiaReviewState::NotReviewed;
    else if (p.biaChangedSinceReview)
        r.state = BiaReviewState::Changed;
    else if (today > r.dueOn)
        r.state = BiaReviewState::Overdue;
    else
        r.state = BiaReviewState::Reviewed;
    return r;
}

QString toString(BiaReviewState state)
{
    switch (state) {
    case BiaReviewState::Missing:
        return QStringLiteral("missing");
    case BiaReviewState::NotReviewed:
        return QStringLiteral("not reviewed");
    case BiaReviewState::Changed:
        return QStringLiteral("changed since review");
    case BiaReviewState::Overdue:
        return QStringLiteral("review overdue");
    case BiaReviewState::Reviewed:
        return QStringLiteral("reviewed");
    }
    return {};
}

QString displayName(BiaReviewState state)
{
    const char *text = "";
    switch (state) {
    case BiaReviewState::Missing:
        text = QT_TRANSLATE_NOOP("Continuity::BiaReview", "No BIA");
        break;
    case BiaReviewState::NotReviewed:
        text = QT_TRANSLATE_NOOP("Continuity::BiaReview", "Not reviewed");
        break;
    case BiaReviewState::Changed:
        text = QT_TRANSLATE_NOOP("Continuity::BiaReview", "Changed since review");
        break;
    case BiaReviewState::Overdue:
        text = QT_TRANSLATE_NOOP("Continuity::BiaReview", "Review overdue");
        break;
    case BiaReviewState::Reviewed:
        text = QT_TRANSLATE_NOOP("Continuity::BiaReview", "Reviewed");
        break;
    }
    return QCoreApplication::translate("Continuity::BiaReview", text);
}

void markBiaChange(const Process &before, Process &after)
{
    if (after.reviewedOn && after.reviewedOn == before.reviewedOn &&
        after.reviewedBy == before.reviewedBy && after.impacts != before.impacts)
        after.biaChangedSinceReview = true;
}

} // namespace Continuity
