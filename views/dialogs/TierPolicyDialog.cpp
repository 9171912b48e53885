// SPDX-License-Identifier: GPL-3.0-or-later
#include "TierPolicyDialog.h"

#include "itemmodels/TableFormat.h"
#include "tables/HeaderFit.h"
#include "tables/RelativeFont.h"

#include <QColor>
#include <QDialogButtonBox>
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

QTableWidget *makeTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    keepTitlesInView(table); // the dialog grows to show every title, at any text size
    return table;
}

} // namespace

TierPolicyDialog::TierPolicyDialog(const TierPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_tiers(makeTable({tr("Tier"), tr("Qualifies with an MTD of at most (hours)"),
                         tr("or a loss per hour of at least"), tr("Test every (months)"),
                         tr("Default SLO (%)")}))
    , m_rules(makeTable(
          {tr("Regulatory tag"), tr("Tier at least as critical as"), tr("RPO at most (hours)")}))
    , m_reviewMonths(new QSpinBox)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("tierPolicyDialog"));
    setWindowTitle(tr("Tier Policy"));
    m_tiers->setObjectName(QStringLiteral("tierTable"));
    m_rules->setObjectName(QStringLiteral("regulatoryTable"));
    m_error->setObjectName(QStringLiteral("tierPolicyError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    setTextColour(m_error, QColor(QStringLiteral("#b01c1c")));
    auto *intro = new QLabel(tr("A process is placed in the most critical tier whose MTD limit it "
                                "meets or whose loss floor it reaches. Services of a tier with a "
                                "test interval are due for an exercise that often; an SLO that "
                                "sets no objective takes its tier's default. Leave a cell empty "
                                "for no limit."));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Reset to Defaults"));
    buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setObjectName(QStringLiteral("resetTierPolicy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPolicy(TierPolicy::defaults()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tiers);
    layout->addWidget(new QLabel(tr("Regulatory tags")));
    layout->addWidget(m_rules);
    m_reviewMonths->setObjectName(QStringLiteral("biaReviewMonths"));
    m_reviewMonths->setRange(1, TierPolicy::MaxBiaReviewMonths);
    m_reviewMonths->setSuffix(tr(" months"));
    auto *reviewRow = new QHBoxLayout;
    auto *reviewLabel = new QLabel(tr("Review each process's &BIA every"));
    reviewLabel->setBuddy(m_reviewMonths);
    reviewRow->addWidget(reviewLabel);
    reviewRow->addWidget(m_reviewMonths);
    reviewRow->addStretch(1);
    layout->addLayout(reviewRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 520);
    setPolicy(policy);
}

void TierPolicyDialog::setPolicy(const TierPolicy &policy)
{
    m_tiers->setRowCount(0);
    for (const TierRule &rule : policy.tiers) {
        const int row = m_tiers->rowCount();
        m_tiers->insertRow(row);
        auto *tier = new QTableWidgetItem(QString::number(rule.tier));
        tier->setFlags(tier->flags() & ~Qt::ItemIsEditable);
        m_tiers->setItem(row, 0, tier);
        m_tiers->setItem(row, 1, new QTableWidgetItem(TableFormat::editText(rule.maxMtdHours)));
        m_tiers->setItem(row, 2, new QTableWidgetItem(TableFormat::editText(rule.minLossPerHour)));
        m_tiers->setItem(row, 3,
                         new QTableWidgetItem(rule.testEveryMonths
                                                  ? QString::number(*rule.testEveryMonths)
                                                  : QString()));
        m_tiers->setItem(row, 4, new QTableWidgetItem(TableFormat::editText(rule.sloObjective)));
    }
    m_reviewMonths->setValue(policy.biaReviewMonths);
    m_rules->setRowCount(0);
    for (const RegulatoryRule &rule : policy.regulatory) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        auto *tag = new QTableWidgetItem(rule.tag);
        tag->setFlags(tag->flags() & ~Qt::ItemIsEditable);
        m_rules->setItem(row, 0, tag);
        m_rules->setItem(
            row, 1,
            new QTableWidgetItem(rule.minTier ? QString::number(*rule.minTier) : QString()));
        m_rules->setItem(row, 2, new QTableWidgetItem(TableFormat::editText(rule.maxRpoHours)));
    }
    m_error->clear();
}

bool TierPolicyDialog::policy(TierPolicy *out, QString *errorMessage) const
{
    TierPolicy result;
    result.biaReviewMonths = m_reviewMonths->value();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        TierRule rule;
        rule.tier = m_tiers->item(row, 0)->text().toInt();
        if (!TableFormat::parseNumber(m_tiers->item(row, 1)->text(), &rule.maxMtdHours) ||
            !TableFormat::parseNumber(m_tiers->item(row, 2)->text(), &rule.minLossPerHour)) {
            *errorMessage =
                tr("Tier %1: enter numbers, or leave the cell empty for no limit.").arg(rule.tier);
            return false;
        }
        const QString months =
            m_tiers->item(row, 3) ? m_tiers->item(row, 3)->text().trimmed() : QString();
        if (!months.isEmpty()) {
            bool ok = false;
            const int value = months.toInt(&ok);
            if (!ok || value < 1 || value > 120) {
                *errorMessage = tr("Tier %1: test every 1 to 120 months, or leave the cell empty "
                                   "for no test interval.")
                                    .arg(rule.tier);
                return false;
            }
            rule.testEveryMonths = value;
        }
        const QString slo = m_tiers->item(row, 4) ? m_tiers->item(row, 4)->text() : QString();
        if (!TableFormat::parseNumber(slo, &rule.sloObjective) ||
            (rule.sloObjective && (*rule.sloObjective <= 0 || *rule.sloObjective >= 100))) {
            *errorMessage = tr("Tier %1: a default SLO is a percentage above 0 and below 100, "
                               "such as 99.9, or empty for none.")
                                .arg(rule.tier);
            return false;
        }
        result.tiers.append(rule);
    }
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        RegulatoryRule rule;
        rule.tag = m_rules->item(row, 0)->text();
        std::optional<double> tier;
        if (!TableFormat::parseNumber(m_rules->item(row, 1)->text(), &tier) ||
            !TableFormat::parseNumber(m_rules->item(row, 2)->text(), &rule.maxRpoHours)) {
            *errorMessage =
                tr("%1: enter numbers, or leave the cell empty for no rule.").arg(rule.tag);
            return false;
        }
        if (tier)
            rule.minTier = int(*tier);
        result.regulatory.append(rule);
    }
    *out = result;
    return true;
}

void TierPolicyDialog::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace Continuity
