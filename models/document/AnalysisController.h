// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Continuity {

class PlanDocument;
struct AnalysisOutput;

// Keeps the analyses of a document current (PRODUCT §4: long work off the GUI thread). A
// change of the plan or of the scenario starts a run after a short pause (debounce) in a
// worker thread; a newer run cancels the older one, whose results are dropped. Owned by the
// window that shows the results; the document must outlive it.
class AnalysisController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisController)

public:
    explicit AnalysisController(PlanDocument *document, QObject *parent = nullptr);
    ~AnalysisController() override;

    QStringList scenario() const { return m_scenario; }
    void setScenario(const QStringList &ids);
    std::shared_ptr<const AnalysisOutput> results() const { return m_results; }
    bool isRunning() const { return m_watcher.isRunning() || m_debounce.isActive(); }
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

    void cancel();
    // Starts a run now instead of after the pause.
    void runNow();

signals:
    void resultsChanged();
    void runningChanged(bool running);

private:
    void schedule();
    void onFinished();

    PlanDocument *m_document;
    QStringList m_scenario;
    std::shared_ptr<const AnalysisOutput> m_results;
    QTimer m_debounce;
    QFutureWatcher<std::shared_ptr<AnalysisOutput>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_pending = false;
};

} // namespace Continuity
