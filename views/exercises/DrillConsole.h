// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Continuity {

struct Exercise;
class PlanDocument;
class UserDialogs;

// The live console of a call-tree drill (product/10-people.md "Call-tree drill", docs/people.md):
// the drill's clock, everyone the tree calls in its order with phone, who calls them now (a
// fallback when their caller was unreachable), expected reach time, answer and its time; keys R
// (confirmed), U (unreachable), Backspace (not confirmed), E (contact details found wrong), N
// (note), P (pause), D (declare), Ctrl+E (end). T50/T90/T100, the share within target, the people
// cut off and the measured mobilisation per role follow every answer; the measured mobilisation
// is applied to a role in one undo step. Every answer is one undo step written at once.
class DrillConsole : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    DrillConsole(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);

    void setExercise(const QString &id);
    void setClock(Clock clock);
    QTableWidget *callsView() const { return m_calls; }
    QTableWidget *mobilisationView() const { return m_mobilisation; }
    QLabel *resultsLabel() const { return m_results; }
    QLabel *clockLabel() const { return m_clock; }
    QListWidget *timelineView() const { return m_timeline; }

    // The actions behind the buttons and keys, for tests too.
    void declare();
    void togglePause();
    void end();
    void confirmCurrent();
    void unreachableCurrent();
    void clearCurrent();
    void noteDetails();
    void addNote();
    void applyMobilisation();

signals:
    void statusMessage(const QString &message, int timeout);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Exercise *exercise() const;
    QString now() const;
    bool apply(const QString &text, const std::function<bool(Exercise &, QString *)> &edit);
    void answerCurrent(int status);
    void refresh();
    void tick();
    void backToCalls();
    void selectNextOpen(int fromRow);

    QPointer<PlanDocument> m_document;
    UserDialogs *m_dialogs;
    QString m_exerciseId;
    Clock m_now;
    QLabel *m_clock = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_results = nullptr;
    QPushButton *m_declare = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_unreachable = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    QTableWidget *m_calls = nullptr;
    QTableWidget *m_mobilisation = nullptr;
    QListWidget *m_timeline = nullptr;
    QTimer m_timer;
};

} // namespace Continuity
