// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Continuity {

struct Process;

// Where a process's BIA stands in its review cycle (product/11-reports.md,
// docs/decisions/bia-review.md).
enum class BiaReviewState {
    Missing,     // no impact rated yet
    NotReviewed, // rated, never reviewed
    Changed,     // a rating was edited after the last review
    Overdue,     // the last review is older than the plan's review period
    Reviewed,    // reviewed within the period, unchanged since
};

struct BiaReview
{
    BiaReviewState state = BiaReviewState::Missing;
    QDate reviewedOn; // invalid when never reviewed
    QDate dueOn;      // reviewedOn + the period; invalid when never reviewed
};

// The state of `p`'s BIA on `today` with a review period of `months`.
BiaReview biaReview(const Process &p, int months, const QDate &today);
// "reviewed", "not reviewed", ...: as the plan JSON and the command line name the state.
QString toString(BiaReviewState state);
// "Reviewed", "Not reviewed", ...: for people, translated.
QString displayName(BiaReviewState state);

// The rule of a rating edited after review: `after` replaces `before`; when its impact ratings
// differ and the edit keeps the same review, the BIA is marked changed since that review.
void markBiaChange(const Process &before, Process &after);

} // namespace Continuity
