// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditTrail.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Continuity {

class AuditTableModel;
class PlanDocument;
class UserDialogs;

// The Audit area (PRODUCT §14, docs/audit-trail.md): the plan's audit trail, newest first,
// filtered by date, user, object and action, with the chain's verification above it and the
// selected record's fields before and after below. The trail is read and verified on a worker
// thread over a connection of its own, again after every edit.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(PlanDocument *document, UserDialogs *dialogs, QWidget *parent = nullptr);
    ~AuditPage() override;

    // Most records the table holds (the newest of those that pass the filters).
    static constexpr qsizetype ShownRecords = 5000;
    QTableView *table() const { return m_table; }
    // Reads the trail again now (tests wait for loaded()).
    void reload();
    bool isLoading() const { return m_load.isRunning(); }

signals:
    void loaded();
    void statusMessage(const QString &message, int timeout = 0);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    struct Load
    {
        QList<Audit::Record> records;
        qsizetype matched = 0;
        Audit::Verification verification;
        QString error;
    };
    Audit::Filter filter() const;
    void onLoaded();
    void showSelected();
    void exportCsv();

    PlanDocument *m_document;
    UserDialogs *m_dialogs;
    AuditTableModel *m_model;
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QLineEdit *m_user;
    QLineEdit *m_object;
    QLineEdit *m_action;
    QPushButton *m_exportButton;
    QLabel *m_chain;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QTimer *m_reloadTimer;
    QFutureWatcher<Load> m_load;
    bool m_reloadAgain = false;
    bool m_columnsFitted = false;
    // The trail changed while the area was not shown: read it when it is (a long trail is not
    // read and verified after every edit made elsewhere).
    bool m_stale = true;
};

} // namespace Continuity
