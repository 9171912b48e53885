// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangesPage.h"

#include "analysis/ChangeRisk.h"
#include "analysis/Downtime.h"
#include "ChangeCalendar.h"
#include "ChangeWindowsDialog.h"
#include "dialogs/ReportExportBar.h"
#include "dialogs/UserDialogs.h"
#include "document/PlanDocument.h"
#include "incidents/IncidentsPage.h"
#include "report/CabReport.h"
#include "report/ReportFormat.h"
#include "tables/ChartLabels.h"
#include "tables/ElidingComboBox.h"
#include "tables/RelativeFont.h"
#include "tables/Relayout.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTimeZone>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Continuity {
namespace {

constexpr int IdRole = Qt::UserRole;

class CommitOnFocusOut : public QObject
{
public:
    CommitOnFocusOut(QObject *parent, std::function<void()> commit)
        : QObject(parent)
        , m_commit(std::move(commit))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_commit();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_commit;
};

QString nodeLabel(const Plan &plan, const QString &id)
{
    for (const Process &p : plan.processes) {
        if (p.id == id)
            return p.name == id ? id : QStringLiteral("%1 (%2)").arg(p.name, id);
    }
    for (const Service &s : plan.services) {
        if (s.id == id)
            return s.name == id ? id : QStringLiteral("%1 (%2)").arg(s.name, id);
    }
    return id;
}

// The colour a risk is shown in: one hue per level, dark enough for white text except the
// yellow of moderate, which takes black.
QColor riskColour(const QString &risk)
{
    switch (riskLevel(risk)) {
    case 3:
        return QColor(0xb7, 0x1c, 0x1c);
    case 2:
        return QColor(0xe6, 0x51, 0x00);
    case 1:
        return QColor(0xf9, 0xa8, 0x25);
    default:
        return QColor(0x2e, 0x7d, 0x32);
    }
}

QColor riskText(const QString &risk)
{
    return riskLevel(risk) == 1 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

// A report figure (layout units, a tenth of a point) drawn in a widget at the window's text
// size: the blast radius beside the change form is the CAB pack's figure.
class RadiusMapView : public QWidget
{
public:
    RadiusMapView() { setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); }
    void setFigure(Report::Figure figure)
    {
        m_figure = std::move(figure);
        setVisible(bool(m_figure.paint));
        setToolTip(m_figure.description);
        updateGeometry();
        update();
    }
    QSize sizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 40, int(std::ceil(m_figure.height * scale()))};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_figure.paint)
            return;
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        const double s = scale() / Report::LayoutUnit;
        p.scale(s, s);
        m_figure.paint(&p, QRectF(0, 0, width() / s, height() / s));
    }

private:
    // Pixels per point of the figure: its 8-point labels at about the window's text size.
    double scale() const { return std::max(1.0, QFontInfo(font()).pixelSize() / 9.0); }
    Report::Figure m_figure;
};

// The assessments of the plan's changes and of the change being edited, computed on a worker.
struct ChangesPage::Assessments
{
    struct Result
    {
        std::vector<ChangeAssessment> all;
        // The context they were computed in: its graph names the nodes of an assessment, and
        // it assesses a change being moved without building the plan's graph again.
        std::shared_ptr<const ChangeContext> context;
    };
    QHash<QString, ChangeAssessment> byId;
    QHash<QString, QString> names; // freeze id → name, error-budget freezes included
    // Its freezes() are the plan's and the error-budget ones.
    std::shared_ptr<const ChangeContext> context;
    QFutureWatcher<Result> watcher;
    bool again = false;
    bool ready = false;
};

ChangesPage::ChangesPage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_dialogs(dialogs)
    , m_assessments(std::make_unique<Assessments>())
{
    setObjectName(QStringLiteral("changesPage"));
    buildUi();
    connect(&m_assessments->watcher, &QFutureWatcherBase::finished, this, [this] {
        Assessments::Result result = m_assessments->watcher.result();
        m_assessments->byId.clear();
        for (ChangeAssessment &a : result.all)
            m_assessments->byId.insert(a.id, std::move(a));
        m_assessments->names.clear();
        m_assessments->context = std::move(result.context);
        for (const FreezeWindow &f : m_assessments->context->freezes())
            m_assessments->names.insert(f.id, f.name);
        m_calendar->setAssessments(&m_assessments->byId, m_assessments->context->freezes());
        m_assessments->ready = true;
        if (m_assessments->again) {
            m_assessments->again = false;
            reassess();
        }
        rebuildList();
        showAssessment();
    });
    connect(m_document, &PlanDocument::changed, this, &ChangesPage::onChanged);
    rebuildChoices();
    rebuildList();
    if (m_list->rowCount() > 0)
        m_list->selectRow(0);
    else
        loadDetail();
    reassess();
}

ChangesPage::~ChangesPage()
{
    m_assessments->watcher.waitForFinished();
}

bool ChangesPage::isAssessing() const
{
    return m_assessments->watcher.isRunning();
}

QTimeZone ChangesPage::zone() const
{
    const QTimeZone z(m_document->plan().incidentPolicy.timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

void ChangesPage::reassess()
{
    if (m_assessments->watcher.isRunning()) {
        m_assessments->again = true;
        return;
    }
    const Plan plan = m_document->plan();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_assessments->watcher.setFuture(QtConcurrent::run([plan, now] {
        auto context = std::make_shared<const ChangeContext>(plan, now);
        return Assessments::Result{context->assessAll(), context};
    }));
}

void ChangesPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Changes"));
    heading->setObjectName(QStringLiteral("changesHeading"));
    keepFontRelative(heading, 1.3, true);
    layout->addWidget(heading);

    auto *bar = new QHBoxLayout;
    m_newButton = new QPushButton(tr("New Change"));
    m_newButton->setObjectName(QStringLiteral("newChangeButton"));
    connect(m_newButton, &QPushButton::clicked, this, &ChangesPage::newChange);
    m_deleteButton = new QPushButton(tr("Delete Change"));
    m_deleteButton->setObjectName(QStringLiteral("deleteChangeButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, &ChangesPage::deleteChange);
    m_noticeButton = new QPushButton(tr("Stakeholder Notice…"));
    m_noticeButton->setObjectName(QStringLiteral("changeNoticeButton"));
    m_noticeButton->setToolTip(tr("A plain-language summary of the change for the business: "
                                  "which processes may be affected, when, and the fallback"));
    connect(m_noticeButton, &QPushButton::clicked, this, &ChangesPage::showNotice);
    bar->addWidget(m_newButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(m_noticeButton);
    auto *windows = new QPushButton(tr("Freezes && Maintenance Windows…"));
    windows->setObjectName(QStringLiteral("changeWindowsButton"));
    windows->setToolTip(tr("The freeze windows that block changes and the windows in which "
                           "changes may happen or suppliers are down"));
    connect(windows, &QPushButton::clicked, this, &ChangesPage::editWindows);
    bar->addWidget(windows);
    bar->addStretch(1);
    layout->addLayout(bar);

    // Filters: state, risk, class, date, text.
    auto *filters = new QHBoxLayout;
    auto combo = [&](QComboBox *&box, const char *name, const QString &label) {
        box = new QComboBox;
        box->setObjectName(QLatin1String(name));
        auto *l = new QLabel(label);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
        connect(box, &QComboBox::activated, this, &ChangesPage::rebuildList);
    };
    combo(m_stateFilter, "changeStateFilter", tr("&State:"));
    m_stateFilter->addItem(tr("Open"), QStringLiteral("open"));
    m_stateFilter->addItem(tr("All"), QString());
    for (const QString &name : changeStateNames())
        m_stateFilter->addItem(displayName(*changeStateFromString(name)), name);
    combo(m_riskFilter, "changeRiskFilter", tr("&Risk:"));
    m_riskFilter->addItem(tr("Any"), QString());
    for (int level = 3; level >= 0; --level)
        m_riskFilter->addItem(displayRisk(riskName(level)), riskName(level));
    combo(m_classFilter, "changeClassFilter", tr("C&lass:"));
    m_classFilter->addItem(tr("Any"), QString());
    for (const QString &name : changeClassNames())
        m_classFilter->addItem(displayName(*changeClassFromString(name)), name);
    combo(m_dateFilter, "changeDateFilter", tr("&When:"));
    m_dateFilter->addItem(tr("Any time"), QString());
    m_dateFilter->addItem(tr("Next 7 days"), QStringLiteral("7"));
    m_dateFilter->addItem(tr("Next 30 days"), QStringLiteral("30"));
    m_dateFilter->addItem(tr("Next 90 days"), QStringLiteral("90"));
    m_dateFilter->addItem(tr("Past 90 days"), QStringLiteral("-90"));
    m_dateFilter->addItem(tr("Not scheduled"), QStringLiteral("none"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("changeSearch"));
    m_search->setPlaceholderText(tr("Filter by id, title or target"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ChangesPage::rebuildList);
    filters->addWidget(m_search, 1);
    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addLayout(filters);

    // The list above, full width; the selected change below, its form beside its assessment.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("changesSplitter"));
    m_list = new QTableWidget(0, 6);
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setHorizontalHeaderLabels(
        {tr("Id"), tr("Title"), tr("State"), tr("Start"), tr("Risk"), tr("Flags")});
    m_list->horizontalHeaderItem(5)->setToolTip(
        tr("Blocked by a freeze, conflicts, missing controls"));
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        m_id = m_list->item(row, 0)->data(IdRole).toString();
        loadDetail();
    });
    splitter->addWidget(m_list);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("changeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTextColour(m_error, QColor(QStringLiteral("#b00020")));
    m_error->hide();
    rightLayout->addWidget(m_error);
    m_detail = new QStackedWidget;
    auto *empty = new QLabel(tr("No change selected. New Change records one."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_detail->addWidget(empty);
    auto *detail = new QSplitter;
    detail->setObjectName(QStringLiteral("changeDetailSplitter"));
    // Each side scrolls down, never sideways: it is at least as wide as its widest row needs at
    // the current text size (a field or a button cut at the edge was easy to miss).
    auto scrolled = [](QWidget *w) {
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(w);
        relayoutWhenChanged(scroll, w, [scroll, w] {
            scroll->setMinimumWidth(w->minimumSizeHint().width() +
                                    scroll->verticalScrollBar()->sizeHint().width() +
                                    2 * scroll->frameWidth());
        });
        return scroll;
    };
    detail->addWidget(scrolled(buildForm()));
    detail->addWidget(scrolled(buildAssessment()));
    detail->setChildrenCollapsible(false);
    detail->setStretchFactor(0, 1);
    detail->setStretchFactor(1, 1);
    detail->setSizes({600, 600});
    m_detail->addWidget(detail);
    rightLayout->addWidget(m_detail, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 660});
    splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("changesTabs"));
    listLayout->addWidget(splitter, 1);
    m_tabs->addTab(listPage, tr("List"));
    m_tabs->addTab(buildCalendar(), tr("Calendar"));
    m_tabs->addTab(buildMetrics(), tr("Metrics"));
    layout->addWidget(m_tabs, 1);
    m_exportBar = new ReportExportBar;
    layout->addWidget(m_exportBar);
    connect(m_exportBar, &ReportExportBar::finished, this,
            [this](bool, const QString &message) { emit statusMessage(message, 8000); });
}

void ChangesPage::printPreview()
{
    const QDate today = QDate::currentDate();
    const Report::Document document =
        cabReport(m_document->plan(), today, today.addDays(13), QDateTime::currentDateTime());
    ReportExportBar::preview(document, tr("Change advisory board"), this);
}

void ChangesPage::askExportPdf()
{
    const QString suggested =
        QFileInfo(m_document->filePath())
            .dir()
            .filePath(tr("cab-pack") + QStringLiteral("-") +
                      QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".pdf"));
    const QString path = m_dialogs->askExportPath(this, tr("Export the CAB Pack as PDF"), suggested,
                                                  tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool ChangesPage::exportPdf(const QString &path)
{
    const Plan plan = m_document->plan();
    const QDate today = QDate::currentDate();
    return m_exportBar->start(
        [plan, today](Report::Document *document, QString *) {
            *document = cabReport(plan, today, today.addDays(13), QDateTime::currentDateTime());
            return true;
        },
        path, tr("Change advisory board"));
}

void ChangesPage::editWindows()
{
    auto *dialog = new ChangeWindowsDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

bool ChangesPage::isExporting() const
{
    return m_exportBar->isRunning();
}

QWidget *ChangesPage::buildCalendar()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_calendar = new ChangeCalendar(m_document);
    auto *view = new QComboBox;
    view->setObjectName(QStringLiteral("calendarMode"));
    view->addItem(tr("Month"));
    view->addItem(tr("Week"));
    view->addItem(tr("Agenda"));
    connect(view, &QComboBox::activated, this,
            [this](int index) { m_calendar->setMode(ChangeCalendar::Mode(index)); });
    auto step = [this](int direction) {
        const QDate a = m_calendar->anchor();
        switch (m_calendar->mode()) {
        case ChangeCalendar::Mode::Month:
            m_calendar->setAnchor(a.addMonths(direction));
            break;
        case ChangeCalendar::Mode::Week:
            m_calendar->setAnchor(a.addDays(7 * direction));
            break;
        case ChangeCalendar::Mode::Agenda:
            m_calendar->setAnchor(a.addDays(28 * direction));
            break;
        }
    };
    auto *previous = new QToolButton;
    previous->setObjectName(QStringLiteral("calendarPrevious"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Earlier"));
    connect(previous, &QToolButton::clicked, this, [step] { step(-1); });
    auto *next = new QToolButton;
    next->setObjectName(QStringLiteral("calendarNext"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Later"));
    connect(next, &QToolButton::clicked, this, [step] { step(1); });
    auto *today = new QPushButton(tr("Today"));
    today->setObjectName(QStringLiteral("calendarToday"));
    connect(today, &QPushButton::clicked, this,
            [this] { m_calendar->setAnchor(QDate::currentDate()); });
    m_calendarTitle = new QLabel(m_calendar->title());
    m_calendarTitle->setObjectName(QStringLiteral("calendarTitle"));
    QFont bold = m_calendarTitle->font();
    bold.setBold(true);
    m_calendarTitle->setFont(bold);
    connect(m_calendar, &ChangeCalendar::titleChanged, m_calendarTitle, &QLabel::setText);
    auto *legend = new QLabel(tr("Changes in their risk's colour; blue bands: freezes; green: "
                                 "agreed maintenance; purple: supplier maintenance; teal: "
                                 "exercises; red dashes: changes that collide; \u26a0: in a "
                                 "freeze. Drag a change to move it."));
    legend->setObjectName(QStringLiteral("calendarLegend"));
    legend->setWordWrap(true);
    bar->addWidget(view);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_calendarTitle, 1);
    layout->addLayout(bar);
    layout->addWidget(legend);
    layout->addWidget(m_calendar, 1);
    connect(m_calendar, &ChangeCalendar::changeActivated, this, [this](const QString &id) {
        showTab(0);
        showChange(id);
    });
    connect(m_calendar, &ChangeCalendar::rescheduleRefused, this, &ChangesPage::refused);
    return page;
}

QWidget *ChangesPage::buildMetrics()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *splitter = new QSplitter(Qt::Vertical);
    m_metricsChart = new QChartView;
    m_metricsChart->setObjectName(QStringLiteral("changeMetricsChart"));
    m_metricsChart->setRenderHint(QPainter::Antialiasing);
    m_metricsChart->setMinimumHeight(fontMetrics().lineSpacing() * 14);
    splitter->addWidget(m_metricsChart);
    m_metrics = new QTableWidget(0, 9);
    m_metrics->setObjectName(QStringLiteral("changeMetricsTable"));
    m_metrics->setHorizontalHeaderLabels({tr("Month"), tr("Changes"), tr("Standard"), tr("Normal"),
                                          tr("Emergency"), tr("Success"), tr("Rolled back"),
                                          tr("Lead time"), tr("Caused incidents")});
    m_metrics->horizontalHeaderItem(7)->setToolTip(
        tr("Median days from raising a change to its planned start"));
    m_metrics->verticalHeader()->hide();
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metrics->horizontalHeader()->setStretchLastSection(false);
    splitter->addWidget(m_metrics);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    refreshMetrics();
    return page;
}

void ChangesPage::refreshMetrics()
{
    const QList<ChangeMonth> months = changeMetrics(m_document->plan());
    const QLocale locale;
    auto percent = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v * 100, 'f', 0) + QStringLiteral(" %") : QStringLiteral("—");
    };
    // The last twelve months with changes, newest last.
    const QList<ChangeMonth> shown = months.mid(std::max<qsizetype>(0, months.size() - 12));
    m_metrics->setRowCount(int(shown.size()));
    QStringList labels;
    auto *standard = new QBarSet(displayName(ChangeClass::Standard));
    auto *normal = new QBarSet(displayName(ChangeClass::Normal));
    auto *emergency = new QBarSet(displayName(ChangeClass::Emergency));
    standard->setColor(QColor(0x9e, 0xb8, 0xd0));
    normal->setColor(QColor(0x5b, 0x7d, 0xa6));
    emergency->setColor(QColor(0xb7, 0x1c, 0x1c));
    // Points, not a line: a month without closed changes has no rate to join across.
    auto *success = new QScatterSeries;
    success->setName(tr("Success rate (%)"));
    success->setColor(QColor(0x2e, 0x7d, 0x32));
    success->setMarkerSize(fontMetrics().height() * 0.8);
    int top = 1;
    for (int r = 0; r < int(shown.size()); ++r) {
        const ChangeMonth &m = shown.at(r);
        const QString month = locale.monthName(m.month, QLocale::ShortFormat) + QLatin1Char(' ') +
                              QString::number(m.year);
        labels.append(month);
        const QStringList cells{month,
                                QString::number(m.total()),
                                QString::number(m.standard),
                                QString::number(m.normal),
                                QString::number(m.emergency),
                                percent(m.successRate()),
                                percent(m.rollbackRate()),
                                m.medianLeadDays
                                    ? tr("%1 d").arg(locale.toString(*m.medianLeadDays, 'f', 1))
                                    : QStringLiteral("—"),
                                QString::number(m.causedIncidents)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_metrics->setItem(r, c, item);
        }
        *standard << m.standard;
        *normal << m.normal;
        *emergency << m.emergency;
        top = std::max(top, m.total());
        if (const std::optional<double> rate = m.successRate())
            success->append(r, *rate * 100);
    }
    auto *bars = new QStackedBarSeries;
    bars->append(standard);
    bars->append(normal);
    bars->append(emergency);
    auto *chart = new QChart;
    chart->setTitle(tr("Changes per month by class, and the share that succeeded"));
    chart->addSeries(bars);
    chart->addSeries(success);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    success->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(top, 5) + 1);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    auto *rate = new QValueAxis;
    rate->setRange(0, 100);
    rate->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(rate, Qt::AlignRight);
    success->attachAxis(rate);
    ChartLabels::keepLabelsWhole(chart);
    QChart *old = m_metricsChart->chart();
    m_metricsChart->setChart(chart);
    delete old;
}

void ChangesPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

QWidget *ChangesPage::buildForm()
{
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("changeForm"));
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto line = [&](QLineEdit *&edit, const char *name, const QString &label, const QString &text,
                    const QString &placeholder = QString()) {
        edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::editingFinished, this, [this, text] { commit(text); });
        layout->addRow(label, edit);
    };
    auto box = [&](QComboBox *&combo, const char *name, const QString &label, const QString &text) {
        // Long choices (a runbook's title, a mode) end in "…" with the whole in the tooltip.
        combo = new ElidingComboBox;
        combo->setObjectName(QLatin1String(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::activated, this, [this, text] { commit(text); });
        layout->addRow(label, combo);
    };
    auto text = [&](QPlainTextEdit *&edit, const char *name, const QString &label,
                    const QString &undo) {
        edit = new QPlainTextEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        edit->installEventFilter(new CommitOnFocusOut(edit, [this, undo] { commit(undo); }));
        layout->addRow(label, edit);
    };
    m_idLabel = new QLabel;
    m_idLabel->setObjectName(QStringLiteral("changeId"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Id:"), m_idLabel);
    line(m_title, "changeTitle", tr("&Title:"), tr("Edit the change's title"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("changeState"));
    auto *stateRow = new QWidget;
    auto *stateLayout = new QVBoxLayout(stateRow);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(m_state);
    m_moves = new QHBoxLayout;
    stateLayout->addLayout(m_moves);
    layout->addRow(tr("State:"), stateRow);
    box(m_class, "changeClass", tr("&Class:"), tr("Change the change's class"));
    for (const QString &name : changeClassNames())
        m_class->addItem(displayName(*changeClassFromString(name)), name);
    box(m_mode, "changeMode", tr("&Mode:"), tr("Change the change's mode"));
    m_mode->addItem(tr("Outage: all targets down for the window"), QStringLiteral("outage"));
    m_mode->addItem(tr("Rolling: one target at a time"), QStringLiteral("rolling"));
    line(m_start, "changeStart", tr("Planned &start:"), tr("Change the planned start"),
         tr("YYYY-MM-DD HH:MM"));
    line(m_end, "changeEnd", tr("Planned &end:"), tr("Change the planned end"),
         tr("YYYY-MM-DD HH:MM"));

    // Targets: a list, a node to add, and Remove.
    auto *targets = new QWidget;
    auto *targetsLayout = new QVBoxLayout(targets);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    m_targets = new QListWidget;
    m_targets->setObjectName(QStringLiteral("changeTargets"));
    m_targets->setFixedHeight(m_targets->fontMetrics().lineSpacing() * 4 + 12);
    targetsLayout->addWidget(m_targets);
    auto *addRow = new QHBoxLayout;
    m_addTarget = new ElidingComboBox;
    m_addTarget->setObjectName(QStringLiteral("changeAddTarget"));
    m_addTarget->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addTarget->setMinimumContentsLength(12);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("changeAddTargetButton"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("changeRemoveTargetButton"));
    addRow->addWidget(m_addTarget, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    targetsLayout->addLayout(addRow);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString id = m_addTarget->currentData().toString();
        if (id.isEmpty() || !m_targets->findItems(id, Qt::MatchExactly).isEmpty())
            return;
        for (int i = 0; i < m_targets->count(); ++i) {
            if (m_targets->item(i)->data(IdRole).toString() == id)
                return;
        }
        auto *item = new QListWidgetItem(nodeLabel(m_document->plan(), id));
        item->setData(IdRole, id);
        m_targets->addItem(item);
        commit(tr("Add a target to the change"));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_targets->currentItem();
        commit(tr("Remove a target from the change"));
    });
    layout->addRow(tr("Targets:"), targets);

    box(m_implementer, "changeImplementer", tr("&Implementer:"), tr("Change the implementer"));
    box(m_reviewer, "changeReviewer", tr("&Peer reviewer:"), tr("Change the peer reviewer"));
    box(m_backoutRunbook, "changeBackoutRunbook", tr("&Backout runbook:"),
        tr("Change the backout runbook"));
    text(m_backoutPlan, "changeBackoutPlan", tr("Backout &plan:"), tr("Edit the backout plan"));
    box(m_cab, "changeCab", tr("CAB &decision:"), tr("Change the CAB decision"));
    m_cab->addItem(tr("Not reviewed"), QString());
    for (const QString &name : cabDecisionNames())
        m_cab->addItem(displayName(*cabDecisionFromString(name)), name);
    line(m_cabOn, "changeCabOn", tr("CAB date:"), tr("Change the CAB date"), tr("YYYY-MM-DD"));
    box(m_outcome, "changeOutcome", tr("&Outcome:"), tr("Change the outcome"));
    m_outcome->addItem(tr("Not yet"), QString());
    for (const QString &name : changeOutcomeNames())
        m_outcome->addItem(displayName(*changeOutcomeFromString(name)), name);
    line(m_externalRef, "changeExternalRef", tr("E&xternal ref.:"),
         tr("Edit the change's external reference"), tr("the ticket elsewhere"));
    text(m_description, "changeDescription", tr("Descri&ption:"),
         tr("Edit the change's description"));
    return form;
}

QWidget *ChangesPage::buildAssessment()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("changeAssessment"));
    auto *layout = new QVBoxLayout(panel);
    auto *riskRow = new QHBoxLayout;
    m_risk = new QLabel;
    m_risk->setObjectName(QStringLiteral("changeRisk"));
    m_risk->setAlignment(Qt::AlignCenter);
    m_risk->setMargin(6);
    m_risk->setMinimumWidth(
        m_risk->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMMM")));
    // Bold through a font that sets only its weight: the size follows the window's (presentation).
    QFont bold;
    bold.setBold(true);
    m_risk->setFont(bold);
    m_riskDetail = new QLabel;
    m_riskDetail->setObjectName(QStringLiteral("changeRiskDetail"));
    m_riskDetail->setWordWrap(true);
    riskRow->addWidget(m_risk);
    riskRow->addWidget(m_riskDetail, 1);
    layout->addLayout(riskRow);
    auto label = [&](QLabel *&l, const char *name) {
        l = new QLabel;
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        layout->addWidget(l);
    };
    label(m_blocked, "changeBlocked");
    label(m_figures, "changeFigures");
    label(m_missing, "changeMissing");
    auto table = [&](QTableWidget *&t, const char *name, const QString &title,
                     const QStringList &headers) {
        auto *group = new QGroupBox(title);
        auto *g = new QVBoxLayout(group);
        t = new QTableWidget(0, int(headers.size()));
        t->setObjectName(QLatin1String(name));
        t->setHorizontalHeaderLabels(headers);
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setWordWrap(false);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        t->setMinimumHeight(t->fontMetrics().lineSpacing() * 5);
        g->addWidget(t);
        if (name == QByteArrayLiteral("changeConflicts"))
            t->setMaximumHeight(t->fontMetrics().lineSpacing() * 8);
        layout->addWidget(group, name == QByteArrayLiteral("changeConflicts") ? 0 : 1);
    };
    table(m_conflicts, "changeConflicts", tr("Conflicts"), {tr("With"), tr("Kind")});
    table(m_processes, "changeProcessesHit", tr("Processes hit"),
          {tr("Process"), tr("State"), tr("Loss/h"), tr("Headroom")});
    table(m_radius, "changeBlastRadius", tr("Blast radius"), {tr("Node"), tr("State"), tr("Tier")});
    // The same small map as the CAB pack's, above the table of every node.
    m_radiusMap = new RadiusMapView;
    m_radiusMap->setObjectName(QStringLiteral("changeBlastRadiusMap"));
    if (auto *group = qobject_cast<QGroupBox *>(m_radius->parentWidget()))
        static_cast<QVBoxLayout *>(group->layout())->insertWidget(0, m_radiusMap);
    return panel;
}

void ChangesPage::rebuildChoices()
{
    const Plan &plan = m_document->plan();
    m_loading = true;
    m_addTarget->clear();
    QList<std::pair<QString, QString>> nodes;
    for (const Process &p : plan.processes)
        nodes.append({p.name, p.id});
    for (const Service &s : plan.services)
        nodes.append({s.name, s.id});
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : nodes)
        m_addTarget->addItem(name == id ? id : QStringLiteral("%1 (%2)").arg(name, id), id);
    for (QComboBox *people : {m_implementer, m_reviewer}) {
        people->clear();
        people->addItem(tr("Nobody"), QString());
        for (const Person &p : plan.persons)
            people->addItem(p.name, p.id);
        for (const Role &r : plan.roles)
            people->addItem(tr("%1 (role)").arg(r.name), r.id);
    }
    m_backoutRunbook->clear();
    m_backoutRunbook->addItem(tr("None"), QString());
    for (const Runbook &r : plan.runbooks)
        m_backoutRunbook->addItem(r.title, r.id);
    m_loading = false;
}

void ChangesPage::onChanged(const PlanChange &change)
{
    if (change.entity == PlanChange::Entity::Change && change.kind == PlanChange::Kind::Added)
        m_id = change.id();
    if (change.entity != PlanChange::Entity::Change &&
        change.entity != PlanChange::Entity::Freeze &&
        change.entity != PlanChange::Entity::Maintenance &&
        change.entity != PlanChange::Entity::ChangePolicy)
        rebuildChoices();
    rebuildList();
    loadDetail();
    m_calendar->update();
    if (change.entity == PlanChange::Entity::Change ||
        change.entity == PlanChange::Entity::Incident ||
        change.entity == PlanChange::Entity::WholePlan ||
        change.entity == PlanChange::Entity::IncidentPolicy)
        refreshMetrics();
    reassess();
}

void ChangesPage::rebuildList()
{
    const Plan &plan = m_document->plan();
    const QString filter = m_search->text().trimmed();
    const QString state = m_stateFilter->currentData().toString();
    const QString risk = m_riskFilter->currentData().toString();
    const QString cls = m_classFilter->currentData().toString();
    const QString when = m_dateFilter->currentData().toString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<const Change *> shown;
    for (const Change &c : plan.changes) {
        if (state == QLatin1String("open") ? !c.isOpen()
                                           : !state.isEmpty() && toString(c.state) != state)
            continue;
        if (!cls.isEmpty() && toString(c.changeClass) != cls)
            continue;
        const auto a = m_assessments->byId.constFind(c.id);
        if (!risk.isEmpty() && (a == m_assessments->byId.constEnd() || a->risk != risk))
            continue;
        const qint64 start = c.plannedStart ? instantMs(*c.plannedStart).value_or(-1) : qint64(-1);
        if (when == QLatin1String("none") ? start >= 0 : !when.isEmpty() && start < 0)
            continue;
        if (!when.isEmpty() && when != QLatin1String("none")) {
            const int days = when.toInt();
            const qint64 edge = now + qint64(days) * 86400000LL;
            if (days > 0 ? (start < now || start > edge) : (start > now || start < edge))
                continue;
        }
        bool match = filter.isEmpty() || c.id.contains(filter, Qt::CaseInsensitive) ||
                     c.title.contains(filter, Qt::CaseInsensitive);
        for (const QString &t : c.targets)
            match = match || nodeLabel(plan, t).contains(filter, Qt::CaseInsensitive);
        if (match)
            shown.append(&c);
    }
    // By planned start, the unscheduled last; the newest first within a day.
    std::sort(shown.begin(), shown.end(), [](const Change *a, const Change *b) {
        const qint64 ta = a->plannedStart ? instantMs(*a->plannedStart).value_or(0) : LLONG_MAX;
        const qint64 tb = b->plannedStart ? instantMs(*b->plannedStart).value_or(0) : LLONG_MAX;
        return ta != tb ? ta < tb : a->id < b->id;
    });
    const QTimeZone tz = zone();
    m_loading = true;
    m_list->setRowCount(int(shown.size()));
    int current = -1;
    for (int row = 0; row < int(shown.size()); ++row) {
        const Change &c = *shown.at(row);
        auto item = [&](int column, const QString &text, const QString &tip = QString()) {
            auto *it = new QTableWidgetItem(text);
            it->setData(IdRole, c.id);
            it->setToolTip(tip.isEmpty() ? text : tip);
            m_list->setItem(row, column, it);
            return it;
        };
        item(0, c.id);
        item(1, c.title);
        item(2, displayName(c.state));
        item(3, IncidentsPage::shownInstant(c.plannedStart, tz),
             c.plannedStart
                 ? IncidentsPage::shownInstant(c.plannedStart, tz) + QStringLiteral(" – ") +
                       IncidentsPage::shownInstant(c.plannedEnd, tz)
                 : tr("Not scheduled"));
        const auto a = m_assessments->byId.constFind(c.id);
        if (a == m_assessments->byId.constEnd()) {
            item(4, QStringLiteral("…"), tr("Being assessed"));
            item(5, QString());
        } else {
            QTableWidgetItem *r = item(4, displayRisk(a->risk));
            r->setBackground(riskColour(a->risk));
            r->setForeground(riskText(a->risk));
            QStringList flags;
            QStringList tips;
            if (a->blocked) {
                flags.append(tr("blocked"));
                tips.append(tr("Blocked by a freeze"));
            }
            if (!a->conflicts.isEmpty()) {
                flags.append(tr("%n conflict(s)", nullptr, int(a->conflicts.size())));
                tips.append(tr("%n conflict(s)", nullptr, int(a->conflicts.size())));
            }
            if (!a->missing.isEmpty() && c.isOpen()) {
                flags.append(tr("%n missing", "controls", int(a->missing.size())));
                tips.append(tr("Missing controls: %1").arg(a->missing.join(QStringLiteral(", "))));
            }
            QTableWidgetItem *f =
                item(5, flags.join(QStringLiteral(", ")), tips.join(QLatin1Char('\n')));
            if (a->blocked)
                f->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        if (c.id == m_id)
            current = row;
    }
    m_loading = false;
    if (current >= 0) {
        m_loading = true;
        m_list->selectRow(current);
        m_loading = false;
    } else if (!m_document->change(m_id)) {
        m_id.clear();
    }
    m_deleteButton->setEnabled(!m_id.isEmpty() && !m_document->isReadOnly());
    m_newButton->setEnabled(!m_document->isReadOnly());
    m_noticeButton->setEnabled(!m_id.isEmpty());
}

void ChangesPage::showChange(const QString &id)
{
    m_search->clear();
    m_stateFilter->setCurrentIndex(1); // all
    m_riskFilter->setCurrentIndex(0);
    m_classFilter->setCurrentIndex(0);
    m_dateFilter->setCurrentIndex(0);
    m_id = id;
    rebuildList();
    loadDetail();
}

void ChangesPage::loadDetail()
{
    const Change *c = m_document->change(m_id);
    m_detail->setCurrentIndex(c ? 1 : 0);
    if (!c)
        return;
    const Plan &plan = m_document->plan();
    const QTimeZone tz = zone();
    m_loading = true;
    m_idLabel->setText(c->id);
    m_title->setText(c->title);
    m_class->setCurrentIndex(m_class->findData(toString(c->changeClass)));
    m_mode->setCurrentIndex(m_mode->findData(toString(c->mode)));
    m_start->setText(IncidentsPage::shownInstant(c->plannedStart, tz));
    m_end->setText(IncidentsPage::shownInstant(c->plannedEnd, tz));
    m_targets->clear();
    for (const QString &t : c->targets) {
        auto *item = new QListWidgetItem(nodeLabel(plan, t));
        item->setData(IdRole, t);
        m_targets->addItem(item);
    }
    auto select = [](QComboBox *box, const QString &id) {
        int index = box->findData(id);
        if (index < 0 && !id.isEmpty()) { // a record of someone or something the plan lost
            box->addItem(id, id);
            index = box->count() - 1;
        }
        box->setCurrentIndex(std::max(0, index));
    };
    select(m_implementer, c->implementer);
    select(m_reviewer, c->peerReviewer);
    select(m_backoutRunbook, c->backoutRunbook);
    m_backoutPlan->setPlainText(c->backoutPlan);
    m_cab->setCurrentIndex(c->cab ? m_cab->findData(toString(c->cab->decision)) : 0);
    m_cabOn->setText(c->cab && c->cab->on ? *c->cab->on : QString());
    m_cabOn->setEnabled(c->cab.has_value());
    m_outcome->setCurrentIndex(c->outcome ? m_outcome->findData(toString(*c->outcome)) : 0);
    m_externalRef->setText(c->externalRef);
    m_description->setPlainText(c->description);
    m_state->setText(displayName(c->state));
    // The moves the state machine allows, as buttons.
    while (QLayoutItem *item = m_moves->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (ChangeState next : nextStates(c->state)) {
        auto *button = new QPushButton(tr("→ %1").arg(displayName(next)));
        button->setObjectName(QStringLiteral("changeMove_") + toString(next));
        button->setEnabled(!m_document->isReadOnly());
        connect(button, &QPushButton::clicked, this, [this, next] { moveTo(int(next)); });
        m_moves->addWidget(button);
    }
    m_moves->addStretch(1);
    const bool editable = !m_document->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_title, m_class, m_mode, m_start, m_end, m_addTarget, m_implementer, m_reviewer,
             m_backoutRunbook, m_cab, m_outcome, m_externalRef})
        w->setEnabled(editable);
    m_backoutPlan->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    m_loading = false;
    showAssessment();
}

void ChangesPage::showAssessment()
{
    const Change *c = m_document->change(m_id);
    if (!c)
        return;
    const auto found = m_assessments->byId.constFind(c->id);
    if (found == m_assessments->byId.constEnd()) {
        m_risk->setText(QStringLiteral("…"));
        m_risk->setAutoFillBackground(false);
        m_risk->setPalette(m_risk->parentWidget()->palette());
        m_riskDetail->setText(tr("Being assessed…"));
        for (QLabel *l : {m_blocked, m_figures, m_missing})
            l->clear();
        for (QTableWidget *t : {m_conflicts, m_processes, m_radius})
            t->setRowCount(0);
        m_radiusMap->setFigure({});
        return;
    }
    const ChangeAssessment &a = *found;
    const Plan &plan = m_document->plan();
    const QLocale locale;
    m_risk->setText(displayRisk(a.risk));
    // The risk's colours through the palette, not a style sheet, which would fix the badge's
    // text at the size it met first (presentation mode enlarges it).
    QPalette badge = m_risk->parentWidget()->palette();
    badge.setColor(QPalette::Window, riskColour(a.risk));
    badge.setColor(QPalette::WindowText, riskText(a.risk));
    m_risk->setPalette(badge);
    m_risk->setAutoFillBackground(true);
    static const char *const probabilities[] = {QT_TR_NOOP("low"), QT_TR_NOOP("medium"),
                                                QT_TR_NOOP("high")};
    QString probability = a.probability;
    for (const char *p : probabilities) {
        if (a.probability == QLatin1String(p))
            probability = tr(p);
    }
    QString detail = tr("Impact %1 of 4, probability %2: %n closed change(s) on its targets in "
                        "the year before, %3 failed.",
                        nullptr, a.history)
                         .arg(a.impact)
                         .arg(probability)
                         .arg(a.failures);
    if (a.raisedBy.contains(QLatin1String("spof")))
        detail += QLatin1Char(' ') + tr("Raised a level: a target is a single point of failure "
                                        "of a tier 0 or 1 process or service.");
    if (a.raisedBy.contains(QLatin1String("error-budget")))
        detail += QLatin1Char(' ') + tr("Raised a level: a node it takes down has less than a "
                                        "quarter of its error budget left.");
    m_riskDetail->setText(detail);
    QStringList freezes;
    for (const QString &f : a.blockedBy)
        freezes.append(m_assessments->names.value(f, f));
    if (a.blocked)
        m_blocked->setText(tr("Blocked: the window falls in the freeze %1. Only an emergency "
                              "change may go ahead.")
                               .arg(freezes.join(QStringLiteral(", "))));
    else if (!a.blockedBy.isEmpty())
        m_blocked->setText(tr("In the freeze %1, allowed as an emergency change.")
                               .arg(freezes.join(QStringLiteral(", "))));
    else if (!c->plannedStart)
        m_blocked->setText(tr("Not scheduled yet: freezes and conflicts are checked once it has "
                              "a planned start and end."));
    else
        m_blocked->setText(tr("No freeze blocks it."));
    // Red and bold when blocked, through the palette and a font that sets only its weight: the
    // size keeps following the window's (a style sheet would fix it at the size it met first,
    // and presentation mode would leave this line small).
    QPalette palette = m_blocked->parentWidget()->palette();
    if (a.blocked)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_blocked->setPalette(palette);
    QFont weight;
    weight.setBold(a.blocked);
    m_blocked->setFont(weight);
    m_figures->setText(
        tr("Worst tier: %1. Loss exposure: %2. Worst outage with backout: %3. Headroom to the "
           "tightest RTO: %4.")
            .arg(a.worstTier ? QString::number(*a.worstTier) : tr("none"),
                 locale.toString(a.lossExposure, 'f', 0), Report::duration(a.worstOutageHours),
                 a.headroomHours ? (*a.headroomHours < 0
                                        ? tr("%1 short").arg(Report::duration(-*a.headroomHours))
                                        : Report::duration(*a.headroomHours))
                                 : tr("no RTO")));
    QStringList missing;
    for (const QString &m : a.missing)
        missing.append(QStringLiteral("• ") + missingControlText(m));
    m_missing->setText(missing.isEmpty() ? tr("No controls missing.")
                                         : tr("Missing controls:") + QLatin1Char('\n') +
                                               missing.join(QLatin1Char('\n')));
    auto fill = [](QTableWidget *t, const QList<QStringList> &rows) {
        t->setRowCount(int(rows.size()));
        for (int r = 0; r < int(rows.size()); ++r) {
            for (int col = 0; col < int(rows.at(r).size()); ++col) {
                auto *item = new QTableWidgetItem(rows.at(r).at(col));
                item->setToolTip(rows.at(r).at(col));
                t->setItem(r, col, item);
            }
        }
    };
    QList<QStringList> conflicts;
    for (const ChangeConflict &x : a.conflicts) {
        QString with = x.with;
        if (x.kind == QLatin1String("change")) {
            if (const Change *other = m_document->change(x.with))
                with = QStringLiteral("%1 %2").arg(other->id, other->title);
        } else if (x.kind == QLatin1String("outside-maintenance")) {
            with = nodeLabel(plan, x.with);
        } else if (x.kind == QLatin1String("exercise")) {
            for (const Exercise &e : plan.exercises) {
                if (e.id == x.with)
                    with = QStringLiteral("%1 (%2)").arg(e.title, e.date);
            }
        } else {
            for (const MaintenanceWindow &m : plan.maintenanceWindows) {
                if (m.id == x.with)
                    with = m.name.isEmpty() ? m.id : m.name;
            }
        }
        conflicts.append({with, conflictKindText(x.kind)});
    }
    fill(m_conflicts, conflicts);
    QList<QStringList> processes;
    QList<QStringList> radius;
    QHash<QString, const Process *> processOf;
    for (const Process &p : plan.processes)
        processOf.insert(p.id, &p);
    const GraphSnapshot &graph = m_assessments->context->graph();
    for (const auto &[node, state] : a.nodes) {
        if (node >= graph.nodeCount())
            continue;
        const QString id = graph.id(node);
        const QString stateText = state == NodeState::Down ? tr("down") : tr("degraded");
        radius.append({nodeLabel(plan, id), stateText,
                       graph.tier(node) >= 0 ? QString::number(graph.tier(node)) : QString()});
        if (const Process *p = processOf.value(id)) {
            QString headroom;
            if (state == NodeState::Down && p->rtoHours)
                headroom = Report::duration(*p->rtoHours - a.worstOutageHours);
            processes.append({p->name, stateText,
                              p->lossPerHour ? locale.toString(*p->lossPerHour, 'f', 0) : QString(),
                              headroom});
        }
    }
    fill(m_processes, processes);
    fill(m_radius, radius);
    m_radiusMap->setFigure(
        a.nodes.empty() ? Report::Figure{}
                        : blastRadiusFigure(graph, a, c->targets,
                                            tr("The blast radius: the targets on the left, what "
                                               "depends on them on the right; down in red, "
                                               "degraded in amber.")));
}

bool ChangesPage::formChange(Change *c, QString *error) const
{
    const QTimeZone tz = zone();
    bool ok = true;
    QStringList bad;
    c->title = m_title->text().trimmed();
    c->changeClass = *changeClassFromString(m_class->currentData().toString());
    c->mode = *changeModeFromString(m_mode->currentData().toString());
    bool startOk = true;
    bool endOk = true;
    c->plannedStart = IncidentsPage::typedInstant(m_start->text(), tz, &startOk);
    c->plannedEnd = IncidentsPage::typedInstant(m_end->text(), tz, &endOk);
    // A window has both ends: typing one proposes an hour, which the other field then moves.
    if (startOk && endOk && c->plannedStart.has_value() != c->plannedEnd.has_value()) {
        const QDateTime given =
            QDateTime::fromString(c->plannedStart ? *c->plannedStart : *c->plannedEnd, Qt::ISODate);
        if (c->plannedStart)
            c->plannedEnd = given.addSecs(3600).toString(Qt::ISODate);
        else
            c->plannedStart = given.addSecs(-3600).toString(Qt::ISODate);
    }
    if (!startOk)
        bad.append(tr("planned start"));
    if (!endOk)
        bad.append(tr("planned end"));
    c->targets.clear();
    for (int i = 0; i < m_targets->count(); ++i)
        c->targets.append(m_targets->item(i)->data(IdRole).toString());
    c->implementer = m_implementer->currentData().toString();
    c->peerReviewer = m_reviewer->currentData().toString();
    c->backoutRunbook = m_backoutRunbook->currentData().toString();
    c->backoutPlan = m_backoutPlan->toPlainText();
    const QString decision = m_cab->currentData().toString();
    if (decision.isEmpty()) {
        c->cab.reset();
    } else {
        if (!c->cab)
            c->cab = CabReview();
        c->cab->decision = *cabDecisionFromString(decision);
        const QString on = m_cabOn->text().trimmed();
        c->cab->on = on.isEmpty() ? std::nullopt : std::optional<QString>(on);
    }
    const QString outcome = m_outcome->currentData().toString();
    c->outcome = outcome.isEmpty() ? std::nullopt : changeOutcomeFromString(outcome);
    c->externalRef = m_externalRef->text().trimmed();
    c->description = m_description->toPlainText();
    if (!bad.isEmpty()) {
        *error = tr("%1: write a date and time as YYYY-MM-DD HH:MM.")
                     .arg(bad.join(QStringLiteral(", ")));
        ok = false;
    }
    return ok;
}

void ChangesPage::commit(const QString &text)
{
    if (m_loading || m_document->isReadOnly())
        return;
    const Change *current = m_document->change(m_id);
    if (!current)
        return;
    Change next = *current;
    QString error;
    if (!formChange(&next, &error)) {
        refused(error);
        return;
    }
    if (next == *current)
        return;
    if (!m_document->changeChange(next, text, &error))
        refused(error);
    else
        m_error->hide();
}

void ChangesPage::refused(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    loadDetail();
}

bool ChangesPage::moveTo(int state)
{
    const Change *current = m_document->change(m_id);
    if (!current || m_document->isReadOnly())
        return false;
    const ChangeState to = ChangeState(state);
    // The rules are read on the change as it is now: the last assessment's context when it
    // is of the plan as it is, else one built for the move (an assessment is still running).
    std::unique_ptr<ChangeContext> fresh;
    const ChangeContext *context = m_assessments->context.get();
    if (!context || isAssessing()) {
        fresh = std::make_unique<ChangeContext>(m_document->plan(),
                                                QDateTime::currentMSecsSinceEpoch());
        context = fresh.get();
    }
    const ChangeAssessment a = context->assess(*current);
    const QStringList refusals = moveRefusals(*current, to, a);
    if (!refusals.isEmpty()) {
        m_dialogs->showWarning(this, tr("Change Not Moved"),
                               tr("%1 cannot move to %2:").arg(current->id, displayName(to)) +
                                   QStringLiteral("\n\n• ") +
                                   refusals.join(QStringLiteral("\n• ")));
        return false;
    }
    Change next = *current;
    next.state = to;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (to == ChangeState::Implement && !next.actualStart)
        next.actualStart = now;
    if (to == ChangeState::Review && !next.actualEnd)
        next.actualEnd = now;
    QString error;
    if (!m_document->changeChange(
            next, tr("Move change %1 to %2").arg(current->id, displayName(to)), &error)) {
        refused(error);
        return false;
    }
    // `current` points into the plan the edit replaced; read what was written.
    if (to == ChangeState::Scheduled && next.changeClass == ChangeClass::Emergency &&
        !a.missing.isEmpty())
        emit statusMessage(tr("Scheduled as an emergency change; add the missing controls "
                              "afterwards (check lists them until then)."),
                           10000);
    return true;
}

QString ChangesPage::stakeholderNotice() const
{
    const Change *c = m_document->change(m_id);
    if (!c)
        return {};
    const Plan &plan = m_document->plan();
    const QTimeZone tz = zone();
    const QLocale locale;
    QString when = tr("at a time not fixed yet");
    if (c->plannedStart && c->plannedEnd) {
        const QDateTime from = QDateTime::fromString(*c->plannedStart, Qt::ISODate).toTimeZone(tz);
        const QDateTime to = QDateTime::fromString(*c->plannedEnd, Qt::ISODate).toTimeZone(tz);
        when = tr("from %1 to %2 (%3)")
                   .arg(locale.toString(from, QLocale::LongFormat),
                        locale.toString(to, QLocale::LongFormat), plan.incidentPolicy.timeZone);
    }
    QStringList down;
    QStringList slowed;
    const auto found = m_assessments->byId.constFind(c->id);
    if (found != m_assessments->byId.constEnd() && m_assessments->context) {
        const GraphSnapshot &graph = m_assessments->context->graph();
        for (const auto &[node, state] : found->nodes) {
            if (node >= graph.nodeCount() || !graph.isProcess(node))
                continue;
            (state == NodeState::Down ? down : slowed).append(graph.name(node));
        }
    }
    QString text = tr("Planned change: %1").arg(c->title) + QStringLiteral("\n\n");
    text += tr("When: %1.").arg(when) + QLatin1Char('\n');
    if (down.isEmpty() && slowed.isEmpty())
        text += tr("Business processes affected: none expected.") + QLatin1Char('\n');
    if (!down.isEmpty())
        text +=
            tr("May be unavailable: %1.").arg(locale.createSeparatedList(down)) + QLatin1Char('\n');
    if (!slowed.isEmpty())
        text += tr("May be slower or limited: %1.").arg(locale.createSeparatedList(slowed)) +
                QLatin1Char('\n');
    QString fallback;
    if (!c->backoutPlan.trimmed().isEmpty())
        fallback = c->backoutPlan.trimmed();
    else if (!c->backoutRunbook.isEmpty()) {
        QString runbook = c->backoutRunbook;
        if (const Runbook *r = m_document->runbook(c->backoutRunbook); r && !r->title.isEmpty())
            runbook = r->title;
        fallback = tr("the rehearsed backout procedure \"%1\"").arg(runbook);
    }
    text += tr("If it goes wrong: %1.")
                .arg(fallback.isEmpty() ? tr("the team restores the previous state") : fallback) +
            QLatin1Char('\n');
    text += tr("Reference: %1.").arg(c->externalRef.isEmpty() ? c->id : c->externalRef) +
            QLatin1Char('\n');
    return text;
}

namespace {

// The notice as a one-page document: its first line the title, the rest as written.
Report::Document noticeDocument(const QString &notice, const QString &planName,
                                const QString &reference, const QString &footer)
{
    Report::Document doc;
    doc.headerLeft = planName;
    doc.headerRight = reference;
    doc.footerLeft = footer;
    const qsizetype firstBreak = notice.indexOf(QLatin1Char('\n'));
    doc.title(notice.left(firstBreak));
    doc.spacer(6);
    doc.plain(
        notice.mid(firstBreak + 1).trimmed().replace(QLatin1Char('\n'), QStringLiteral("\n\n")));
    return doc;
}

} // namespace

void ChangesPage::showNotice()
{
    const QString notice = stakeholderNotice();
    if (notice.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("changeNoticeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Stakeholder Notice for %1").arg(m_id));
    auto *layout = new QVBoxLayout(dialog);
    auto *hint = new QLabel(tr("For the people outside IT the change may affect: copy it into "
                               "mail or chat, or print it."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *text = new QPlainTextEdit(notice);
    text->setObjectName(QStringLiteral("changeNoticeText"));
    text->setReadOnly(true);
    text->setMinimumSize(text->fontMetrics().averageCharWidth() * 72,
                         text->fontMetrics().lineSpacing() * 12);
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    auto *print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    const QString id = m_id;
    connect(copy, &QPushButton::clicked, dialog, [this, notice] {
        QApplication::clipboard()->setText(notice);
        emit statusMessage(tr("The stakeholder notice is on the clipboard."), 6000);
    });
    connect(print, &QPushButton::clicked, dialog, [this, dialog, notice] {
        ReportExportBar::preview(
            noticeDocument(notice, m_document->plan().name, m_id,
                           tr("Printed %1").arg(Report::dateTime(QDateTime::currentDateTime()))),
            tr("Stakeholder notice"), dialog);
    });
    connect(pdf, &QPushButton::clicked, dialog, [this, dialog, id] {
        const QString suggested =
            QFileInfo(m_document->filePath())
                .dir()
                .filePath(tr("notice") + QLatin1Char('-') + id + QStringLiteral(".pdf"));
        const QString path = m_dialogs->askExportPath(
            dialog, tr("Export the Stakeholder Notice as PDF"), suggested, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportNoticePdf(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    copy->setFocus();
}

bool ChangesPage::exportNoticePdf(const QString &path)
{
    const QString notice = stakeholderNotice();
    if (notice.isEmpty())
        return false;
    return m_exportBar->start(
        std::make_shared<const Report::Document>(
            noticeDocument(notice, m_document->plan().name, m_id,
                           tr("Printed %1").arg(Report::dateTime(QDateTime::currentDateTime())))),
        path, tr("Stakeholder notice"));
}

void ChangesPage::newChange()
{
    if (m_document->isReadOnly())
        return;
    Change c;
    c.id = m_document->nextChangeId();
    c.title = tr("New change");
    c.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString error;
    if (!m_document->addChange(c, &error)) {
        refused(error);
        return;
    }
    showChange(c.id);
    m_title->setFocus();
    m_title->selectAll();
}

void ChangesPage::deleteChange()
{
    const Change *c = m_document->change(m_id);
    if (!c || m_document->isReadOnly())
        return;
    if (!m_dialogs->confirm(
            this, tr("Delete Change"),
            tr("Delete change %1, \"%2\"? Undo brings it back.").arg(c->id, c->title),
            tr("Delete Change")))
        return;
    QString error;
    if (!m_document->removeChange(m_id, &error))
        refused(error);
}

} // namespace Continuity
