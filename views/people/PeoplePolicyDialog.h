// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace Continuity {

struct Plan;
struct PeoplePolicy;

// The plan's people policy (docs/people.md): how often contact details are confirmed, whom to
// notify as a service passes fractions of its RTO, and the default escalation of each tier for
// roles without their own. Names are typed as people write them and resolved to contacts.
class PeoplePolicyDialog : public QDialog
{
    Q_OBJECT

public:
    PeoplePolicyDialog(const Plan &plan, QWidget *parent = nullptr);

    // What the dialog holds; false with a message naming the cell when it cannot be read.
    bool policy(PeoplePolicy *out, QString *errorMessage) const;
    void showError(const QString &message);
    // Closes only when what it holds can be read; else it says why and stays open.
    void accept() override;

private:
    void setPolicy(const PeoplePolicy &policy);

    const Plan &m_plan;
    QSpinBox *m_days = nullptr;
    QTableWidget *m_steps = nullptr;
    QTableWidget *m_tiers = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Continuity
