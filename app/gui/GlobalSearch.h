// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchKind.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Continuity {

struct Plan;

// Search over the whole plan (Ctrl+K, or Ctrl+F outside the map): processes, services,
// runbooks and exercises by name or id as one types; Up and Down choose, Enter goes there.
class GlobalSearch : public QDialog
{
    Q_OBJECT

public:
    using Kind = SearchKind;

    GlobalSearch(const Plan &plan, QWidget *parent = nullptr);

    // The matches of `text` in `plan`, best first (names and ids that start with it, then those
    // that contain it), at most `limit`: (kind, id, shown text).
    struct Match
    {
        Kind kind;
        QString id;
        QString text;
    };
    static QList<Match> find(const Plan &plan, const QString &text, int limit = 200);

signals:
    void chosen(Kind kind, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void accept() override;

    const Plan &m_plan;
    QLineEdit *m_text;
    QListWidget *m_results;
};

} // namespace Continuity
