// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeoplePolicyDialog.h"

#include "domain/Contacts.h"
#include "domain/Plan.h"
#include "rules/Validation.h"
#include "tables/RelativeFont.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Continuity {
namespace {

QString names(const Plan &plan, const QStringList &contacts)
{
    QStringList out;
    for (const QString &id : contacts)
        out.append(Contacts::displayName(plan, id));
    return out.join(QStringLiteral(", "));
}

// "Crisis team, Dana Weber" as contact ids; false and the name when one names nobody.
bool contactsOf(const Plan &plan, const QString &text, QStringList *out, QString *unknown)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const QString id = Contacts::resolve(plan, name);
        if (!Contacts::person(plan, id) && !Contacts::role(plan, id)) {
            *unknown = name;
            return false;
        }
        out->append(id);
    }
    return true;
}

} // namespace

PeoplePolicyDialog::PeoplePolicyDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("peoplePolicyDialog"));
    setWindowTitle(tr("People Policy"));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("verifyWithinDays"));
    m_days->setRange(1, MaxVerifyWithinDays);
    m_days->setSuffix(tr(" days"));
    m_days->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_steps = new QTableWidget(0, 2);
    m_steps->setObjectName(QStringLiteral("rtoEscalationTable"));
    m_steps->setHorizontalHeaderLabels(
        {tr("At % of the RTO"), tr("Notify (names, comma-separated)")});
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    auto *addStep = new QPushButton(tr("Add Step"));
    connect(addStep, &QPushButton::clicked, this, [this] {
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        m_steps->setItem(row, 0, new QTableWidgetItem(QString::number((row + 1) * 50)));
        m_steps->setItem(row, 1, new QTableWidgetItem);
        m_steps->setCurrentCell(row, 1);
        m_steps->editItem(m_steps->item(row, 1));
    });
    auto *removeStep = new QPushButton(tr("Remove Step"));
    connect(removeStep, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0)
            m_steps->removeRow(m_steps->currentRow());
    });
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(addStep);
    stepButtons->addWidget(removeStep);
    stepButtons->addStretch(1);

    m_tiers = new QTableWidget(4, 3);
    m_tiers->setObjectName(QStringLiteral("tierEscalationTable"));
    m_tiers->setHorizontalHeaderLabels(
        {tr("Tier"), tr("Levels (minutes: names; …)"), tr("Repeat")});
    m_tiers->verticalHeader()->hide();
    m_tiers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tiers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tiers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tiers->setToolTip(tr("For example \"0: Incident manager; 15: Crisis team\". Leave the "
                           "levels empty for no default in that tier."));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("peoplePolicyError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    setTextColour(m_error, QColor(QStringLiteral("#b01c1c")));

    auto *intro = new QLabel(tr("Contacts confirm their details within this period, or the plan's "
                                "check names them. As a service's recovery passes a share of its "
                                "RTO, the live console names whom to notify. A role without an "
                                "escalation policy of its own uses its tier's."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Contact details confirmed &every:"), m_days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    auto *stepsLabel = new QLabel(tr("Escalation as the &RTO runs out"));
    stepsLabel->setBuddy(m_steps);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    auto *tiersLabel = new QLabel(tr("Default &escalation per tier"));
    tiersLabel->setBuddy(m_tiers);
    layout->addWidget(tiersLabel);
    layout->addWidget(m_tiers, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 560);
    setPolicy(plan.peoplePolicy);
}

void PeoplePolicyDialog::setPolicy(const PeoplePolicy &policy)
{
    m_days->setValue(policy.verifyWithinDays);
    m_steps->setRowCount(0);
    for (const RtoEscalationStep &step : policy.rtoEscalation) {
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        m_steps->setItem(row, 0, new QTableWidgetItem(QLocale().toString(step.fraction * 100)));
        m_steps->setItem(row, 1, new QTableWidgetItem(names(m_plan, step.notify)));
    }
    for (int tier = 0; tier < 4; ++tier) {
        auto *label = new QTableWidgetItem(QString::number(tier));
        label->setFlags(label->flags() & ~Qt::ItemIsEditable);
        m_tiers->setItem(tier, 0, label);
        QStringList levels;
        int repeat = 0;
        if (const auto &p = policy.tierEscalation[tier]) {
            for (const EscalationLevel &level : p->levels)
                levels.append(QStringLiteral("%1: %2").arg(QLocale().toString(level.afterMinutes),
                                                           names(m_plan, level.notify)));
            repeat = p->repeat;
        }
        m_tiers->setItem(tier, 1, new QTableWidgetItem(levels.join(QStringLiteral("; "))));
        m_tiers->setItem(tier, 2, new QTableWidgetItem(QString::number(repeat)));
    }
    m_error->clear();
}

bool PeoplePolicyDialog::policy(PeoplePolicy *out, QString *errorMessage) const
{
    PeoplePolicy result;
    result.verifyWithinDays = m_days->value();
    result.rtoEscalation.clear();
    auto text = [](const QTableWidget *table, int row, int column) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    QString unknown;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        bool ok = false;
        const double percent =
            QLocale().toDouble(text(m_steps, row, 0).remove(QLatin1Char('%')).trimmed(), &ok);
        if (!ok) {
            *errorMessage = tr("Step %1: \"%2\" is not a percentage of the RTO.")
                                .arg(row + 1)
                                .arg(text(m_steps, row, 0));
            return false;
        }
        RtoEscalationStep step{percent / 100, {}};
        if (!contactsOf(m_plan, text(m_steps, row, 1), &step.notify, &unknown)) {
            *errorMessage = tr("Step %1: \"%2\" is not a person or role of the plan.")
                                .arg(row + 1)
                                .arg(unknown);
            return false;
        }
        result.rtoEscalation.append(step);
    }
    for (int tier = 0; tier < 4; ++tier) {
        const QString levels = text(m_tiers, tier, 1);
        if (levels.isEmpty())
            continue;
        EscalationPolicy policy;
        bool ok = false;
        policy.repeat = text(m_tiers, tier, 2).toInt(&ok);
        if (!ok && !text(m_tiers, tier, 2).isEmpty()) {
            *errorMessage = tr("Tier %1: repeat must be a whole number.").arg(tier);
            return false;
        }
        for (const QString &part : levels.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype colon = part.indexOf(QLatin1Char(':'));
            const double minutes =
                colon > 0 ? QLocale().toDouble(part.left(colon).trimmed(), &ok) : 0;
            if (colon <= 0 || !ok) {
                *errorMessage = tr("Tier %1: write each level as \"minutes: names\", levels "
                                   "separated by \";\" (not \"%2\").")
                                    .arg(tier)
                                    .arg(part.trimmed());
                return false;
            }
            EscalationLevel level{minutes, {}};
            if (!contactsOf(m_plan, part.mid(colon + 1), &level.notify, &unknown)) {
                *errorMessage = tr("Tier %1: \"%2\" is not a person or role of the plan.")
                                    .arg(tier)
                                    .arg(unknown);
                return false;
            }
            policy.levels.append(level);
        }
        result.tierEscalation[tier] = policy;
    }
    const QList<FieldProblem> problems = checkPeoplePolicy(result);
    if (!problems.isEmpty()) {
        *errorMessage = describeProblems(tr("People policy"), problems);
        return false;
    }
    *out = result;
    return true;
}

void PeoplePolicyDialog::accept()
{
    PeoplePolicy checked;
    QString error;
    if (!policy(&checked, &error)) {
        showError(error);
        return;
    }
    QDialog::accept();
}

void PeoplePolicyDialog::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace Continuity
