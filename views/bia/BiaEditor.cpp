// SPDX-License-Identifier: GPL-3.0-or-later
#include "BiaEditor.h"
#include "tables/ChartLabels.h"

#include "analysis/BiaReview.h"
#include "analysis/Tiers.h"
#include "BiaTableView.h"
#include "document/PlanDocument.h"
#include "domain/Contacts.h"
#include "itemmodels/BiaTableModel.h"
#include "tables/RelativeFont.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

QString hoursText(double h)
{
    return QCoreApplication::translate("Continuity::BiaEditor", "%1 h")
        .arg(QLocale().toString(h, 'g', 6));
}

} // namespace

BiaEditor::BiaEditor(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new BiaTableModel(document, this))
    , m_table(new BiaTableView)
    , m_title(new QLabel)
    , m_mtd(new QLabel)
    , m_tier(new QLabel)
    , m_falls(new QLabel)
    , m_review(new QLabel)
    , m_reviewButton(new QPushButton(tr("Record &Review…")))
    , m_chart(new QChartView)
{
    setObjectName(QStringLiteral("biaEditor"));
    m_table->setObjectName(QStringLiteral("biaTable"));
    m_table->setModel(m_model);
    for (QLabel *label : {m_title, m_mtd, m_tier}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_mtd->setObjectName(QStringLiteral("biaMtd"));
    m_tier->setObjectName(QStringLiteral("biaTier"));
    keepFontRelative(m_title, 1.15, true);
    m_chart->setObjectName(QStringLiteral("biaChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    fitChart();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 2);
    m_falls->setObjectName(QStringLiteral("biaFalls"));
    m_falls->setTextFormat(Qt::PlainText);
    m_falls->setWordWrap(true);
    setTextColour(m_falls, QColor(QStringLiteral("#a05a00")));
    layout->addWidget(m_falls);
    layout->addWidget(m_mtd);
    layout->addWidget(m_tier);
    m_review->setObjectName(QStringLiteral("biaReview"));
    m_review->setTextFormat(Qt::PlainText);
    m_review->setWordWrap(true);
    m_reviewButton->setObjectName(QStringLiteral("biaReviewButton"));
    m_reviewButton->setToolTip(
        tr("Record that the process owner has reviewed and confirmed these ratings"));
    m_reviewButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->setContentsMargins(0, 0, 0, 0);
    reviewRow->addWidget(m_review, 1);
    reviewRow->addWidget(m_reviewButton, 0, Qt::AlignTop);
    layout->addLayout(reviewRow);
    layout->addWidget(m_chart, 3);
    connect(m_reviewButton, &QPushButton::clicked, this, &BiaEditor::askReview);

    connect(m_model, &BiaTableModel::editRefused, this, &BiaEditor::editRefused);
    connect(m_table, &BiaTableView::keyRefused, this, &BiaEditor::editRefused);
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        using E = PlanChange::Entity;
        using K = PlanChange::Kind;
        if (change.entity == E::WholePlan) {
            setProcess(m_document->process(processId()) ? processId() : QString());
            refresh();
        } else if (change.entity == E::TierPolicy) {
            refresh();
        } else if (change.entity == E::Process && change.kind == K::Changed &&
                   change.id() == processId()) {
            refresh();
        } else if (change.entity == E::Process && change.kind == K::Removed &&
                   (change.id() == processId() || !m_document->process(processId()))) {
            setProcess(QString());
        }
    });
    refresh();
}

BiaEditor::~BiaEditor() = default;

QString BiaEditor::processId() const
{
    return m_model->processId();
}

void BiaEditor::setProcess(const QString &id)
{
    if (id == processId())
        return;
    m_model->setProcess(id);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    refresh();
}

void BiaEditor::refresh()
{
    const Process *p = m_document->process(processId());
    m_table->setEnabled(p != nullptr);
    if (!p) {
        m_title->setText(tr("Select a process to rate its business impact."));
        m_mtd->clear();
        m_tier->clear();
        m_falls->hide();
        m_review->clear();
        m_reviewButton->setEnabled(false);
        updateChart();
        return;
    }
    // Impact grows as an outage lasts: a rating lower than one before it is most often a slip
    // of the keyboard. Said, not refused (a fine may be one-off). Cells still 0 after the last
    // rating typed are not yet rated, not a fall.
    QStringList falls;
    for (ImpactCategory c : allImpactCategories) {
        const QList<int> &ratings = p->impact(c);
        int highest = 0;
        for (int h = 1; h < ratings.size(); ++h) {
            if (ratings.at(h - 1) > ratings.at(highest))
                highest = h - 1;
            if (ratings.at(h) > 0 && ratings.at(h) < ratings.at(highest)) {
                falls.append(tr("%1 falls from %2 at %3 to %4 at %5")
                                 .arg(displayName(c))
                                 .arg(ratings.at(highest))
                                 .arg(m_model->headerData(highest, Qt::Horizontal).toString())
                                 .arg(ratings.at(h))
                                 .arg(m_model->headerData(h, Qt::Horizontal).toString()));
                break;
            }
        }
    }
    m_falls->setText(falls.isEmpty() ? QString()
                                     : tr("Check: %1. Impact usually grows the longer an outage "
                                          "lasts.")
                                           .arg(falls.join(QStringLiteral("; "))));
    m_falls->setVisible(!falls.isEmpty());
    m_title->setText(
        tr("Business impact of \"%1\": type 0 (none) to 4 (severe) in each cell").arg(p->name));
    const Plan &plan = m_document->plan();
    const std::optional<double> suggested = suggestedMtdHours(*p, plan.biaHorizonsHours);
    QString mtdText;
    if (suggested) {
        QString category;
        const int h = int(plan.biaHorizonsHours.indexOf(*suggested));
        for (ImpactCategory c : allImpactCategories) {
            if (p->impact(c).value(h) >= 4) {
                category = displayName(c);
                break;
            }
        }
        mtdText = tr("Suggested MTD: %1, because %2 impact is rated severe at %1.")
                      .arg(hoursText(*suggested), category.toLower());
    } else {
        mtdText = tr("Suggested MTD: none yet; no category is rated severe (4) at any horizon.");
    }
    if (p->mtdHours)
        mtdText += QLatin1Char(' ') + tr("Agreed MTD: %1.").arg(hoursText(*p->mtdHours));
    m_mtd->setText(mtdText);

    const ProcessTier tier = processTier(*p, plan.tierPolicy, plan.biaHorizonsHours);
    const std::optional<double> mtd = p->mtdHours ? p->mtdHours : suggested;
    TierRule rule;
    for (const TierRule &r : plan.tierPolicy.tiers) {
        if (r.tier == tier.tier)
            rule = r;
    }
    switch (tier.source) {
    case ProcessTier::Source::Assigned:
        m_tier->setText(tr("Tier %1, assigned by hand: %2")
                            .arg(tier.tier)
                            .arg(p->tierReason.isEmpty() ? tr("no reason given") : p->tierReason));
        break;
    case ProcessTier::Source::DerivedFromMtd:
        m_tier->setText(
            tr("Tier %1, because its MTD of %2 is at most %3, the limit for tier %1.")
                .arg(tier.tier)
                .arg(hoursText(mtd.value_or(0)), hoursText(rule.maxMtdHours.value_or(0))));
        break;
    case ProcessTier::Source::DerivedFromLoss:
        m_tier->setText(tr("Tier %1, because it loses %2 per hour, at least the %3 of tier %1.")
                            .arg(tier.tier)
                            .arg(QLocale().toString(p->lossPerHour.value_or(0), 'f', 0),
                                 QLocale().toString(rule.minLossPerHour.value_or(0), 'f', 0)));
        break;
    case ProcessTier::Source::Default:
        m_tier->setText(tr("Tier %1: neither its MTD nor its loss per hour qualifies it for a more "
                           "critical tier.")
                            .arg(tier.tier));
        break;
    }
    const BiaReview review = biaReview(*p, plan.tierPolicy.biaReviewMonths, QDate::currentDate());
    const QString by = Contacts::displayName(plan, p->reviewedBy);
    const QString on = review.reviewedOn.toString(Qt::ISODate);
    const QString due = review.dueOn.toString(Qt::ISODate);
    switch (review.state) {
    case BiaReviewState::Missing:
        m_review->setText(tr("Review: nothing rated yet."));
        break;
    case BiaReviewState::NotReviewed:
        m_review->setText(tr("Review: not reviewed yet. Once the owner confirms the ratings, "
                             "record the review."));
        break;
    case BiaReviewState::Changed:
        m_review->setText(tr("Review: reviewed by %1 on %2, but a rating has changed since. "
                             "Review it again.")
                              .arg(by, on));
        break;
    case BiaReviewState::Overdue:
        m_review->setText(tr("Review: reviewed by %1 on %2; overdue since %3.").arg(by, on, due));
        break;
    case BiaReviewState::Reviewed:
        m_review->setText(tr("Review: reviewed by %1 on %2; due again by %3.").arg(by, on, due));
        break;
    }
    setTextColour(m_review, review.state == BiaReviewState::Reviewed ||
                                    review.state == BiaReviewState::Missing
                                ? QColor()
                                : QColor(QStringLiteral("#a05a00")));
    m_reviewButton->setEnabled(review.state != BiaReviewState::Missing &&
                               !m_document->isReadOnly());
    updateChart();
}

void BiaEditor::fitChart()
{
    // Readable, and small enough that the grid and the chart fit a laptop in presentation mode.
    m_chart->setMinimumHeight(fontMetrics().lineSpacing() * 8);
}

void BiaEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitChart();
        updateChart(); // its text at the new size (presentation mode)
    }
}

void BiaEditor::askReview()
{
    const Process *p = m_document->process(processId());
    if (!p)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("biaReviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Record BIA Review"));
    auto *form = new QFormLayout(dialog);
    auto *intro = new QLabel(tr("Who confirmed the ratings of \"%1\", and when?").arg(p->name));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    form->addRow(intro);
    // The plan's persons by name; a name typed that is no person is kept as typed.
    auto *reviewer = new QComboBox;
    reviewer->setObjectName(QStringLiteral("biaReviewer"));
    reviewer->setEditable(true);
    reviewer->setInsertPolicy(QComboBox::NoInsert);
    const Plan &plan = m_document->plan();
    for (const Person &person : plan.persons)
        reviewer->addItem(person.name, person.id);
    const QString suggested = p->reviewedBy.isEmpty() ? p->owner : p->reviewedBy;
    const int at = reviewer->findData(suggested);
    if (at >= 0)
        reviewer->setCurrentIndex(at);
    else
        reviewer->setEditText(Contacts::displayName(plan, suggested));
    form->addRow(tr("Reviewed &by:"), reviewer);
    auto *date = new QDateEdit(QDate::currentDate());
    date->setObjectName(QStringLiteral("biaReviewDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("Reviewed &on:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Review"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString id = p->id;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, reviewer, date, id] {
        // The person chosen by name, or the text typed.
        const int index = reviewer->findText(reviewer->currentText());
        const QString who =
            index >= 0 ? reviewer->itemData(index).toString() : reviewer->currentText().trimmed();
        QString error;
        if (!m_document->recordBiaReview(id, who, date->date(), &error)) {
            emit editRefused(error);
            return;
        }
        dialog->accept();
    });
    dialog->open();
}

void BiaEditor::updateChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const Process *p = m_document->process(processId());
    const QList<double> &horizons = m_document->plan().biaHorizonsHours;
    if (p && !horizons.isEmpty()) {
        chart->setTitle(tr("Impact over time"));
        auto *x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (qsizetype h = 0; h < horizons.size(); ++h)
            x->append(m_model->headerData(int(h), Qt::Horizontal).toString(), double(h));
        x->setRange(0, double(horizons.size() - 1));
        auto *y = new QValueAxis;
        y->setRange(0, 4.2);
        y->setTickCount(3);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (ImpactCategory c : allImpactCategories) {
            const QList<int> &ratings = p->impact(c);
            if (ratings.isEmpty())
                continue;
            auto *series = new QLineSeries;
            series->setName(displayName(c));
            for (qsizetype h = 0; h < ratings.size(); ++h)
                series->append(double(h), ratings.at(h));
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
        const std::optional<double> mtd =
            p->mtdHours ? p->mtdHours : suggestedMtdHours(*p, horizons);
        if (mtd && *mtd > 0) {
            // Where the MTD falls between the horizons, on a log scale of time.
            double position = 0;
            if (*mtd >= horizons.constLast()) {
                position = double(horizons.size() - 1);
            } else if (*mtd > horizons.constFirst()) {
                for (qsizetype h = 0; h + 1 < horizons.size(); ++h) {
                    if (*mtd <= horizons.at(h + 1)) {
                        position = double(h) + std::log(*mtd / horizons.at(h)) /
                                                   std::log(horizons.at(h + 1) / horizons.at(h));
                        break;
                    }
                }
            }
            auto *marker = new QLineSeries;
            marker->setName(tr("MTD %1").arg(hoursText(*mtd)));
            QPen pen(Qt::black);
            pen.setWidth(2);
            pen.setStyle(Qt::DashLine);
            marker->setPen(pen);
            marker->append(position, 0);
            marker->append(position, 4.2);
            chart->addSeries(marker);
            marker->attachAxis(x);
            marker->attachAxis(y);
        }
    }
    QChart *old = m_chart->chart();
    ChartLabels::keepLabelsWhole(chart);
    ChartLabels::useFont(chart, font());
    m_chart->setChart(chart);
    delete old;
}

} // namespace Continuity
