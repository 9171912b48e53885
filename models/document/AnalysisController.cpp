// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisController.h"

#include "analysis/AnalysisRun.h"
#include "PlanDocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Continuity {

AnalysisController::AnalysisController(PlanDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::runNow);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<AnalysisOutput>>::finished, this,
            &AnalysisController::onFinished);
    // Any edit can change any analysis.
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.touchesGraph() && change.kind != PlanChange::Kind::AboutToBeRemoved)
            schedule();
    });
    schedule();
}

AnalysisController::~AnalysisController()
{
    cancel();
    m_watcher.waitForFinished();
}

void AnalysisController::setScenario(const QStringList &ids)
{
    if (ids == m_scenario)
        return;
    m_scenario = ids;
    schedule();
}

void AnalysisController::schedule()
{
    const bool wasRunning = isRunning();
    m_debounce.start();
    if (!wasRunning)
        emit runningChanged(true);
}

void AnalysisController::cancel()
{
    m_debounce.stop();
    m_pending = false;
    if (m_cancel)
        m_cancel->store(true);
}

void AnalysisController::runNow()
{
    m_debounce.stop();
    if (m_watcher.isRunning()) {
        // Let the old run stop first; this one starts when it has.
        m_cancel->store(true);
        m_pending = true;
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The plan copy is implicitly shared: O(1) here, safe to read in the worker.
    const Plan plan = m_document->plan();
    const QStringList scenario = m_scenario;
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([plan, scenario, flag] {
        return std::make_shared<AnalysisOutput>(runAnalyses(plan, scenario, flag.get()));
    }));
    emit runningChanged(true);
}

void AnalysisController::onFinished()
{
    std::shared_ptr<AnalysisOutput> output = m_watcher.result();
    if (m_pending) {
        m_pending = false;
        runNow();
        return;
    }
    if (output && !output->cancelled) {
        m_results = std::move(output);
        emit resultsChanged();
    }
    if (!isRunning())
        emit runningChanged(false);
}

} // namespace Continuity
