// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TierPolicy.h"

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace Continuity {

// Edits a plan's tier policy (PRODUCT §2): the MTD limit and loss floor of each tier, and what
// regulatory tags impose; how long a BIA review holds; "Reset to defaults" brings back the shipped
// policy. The caller applies the result (one undo step) and shows refusals with showError().
class TierPolicyDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierPolicyDialog)

public:
    explicit TierPolicyDialog(const TierPolicy &policy, QWidget *parent = nullptr);

    // The policy as entered; false and a message naming the cell when a value is not a number.
    bool policy(TierPolicy *out, QString *errorMessage) const;
    void setPolicy(const TierPolicy &policy);
    void showError(const QString &message);

private:
    QTableWidget *m_tiers;
    QTableWidget *m_rules;
    QSpinBox *m_reviewMonths;
    QLabel *m_error;
};

} // namespace Continuity
