// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlobalSearch.h"

#include "domain/Plan.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Continuity {
namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

GlobalSearch::GlobalSearch(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_text(new QLineEdit)
    , m_results(new QListWidget)
{
    setObjectName(QStringLiteral("globalSearch"));
    setWindowTitle(tr("Search the Plan"));
    m_text->setObjectName(QStringLiteral("globalSearchText"));
    m_text->setPlaceholderText(tr("Name or id of a process, service, runbook or exercise"));
    m_text->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setUniformItemSizes(true);
    auto *hint = new QLabel(tr("Up and Down choose, Enter goes there, Esc closes."));
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);
    resize(620, 460);
    m_text->installEventFilter(this);
    connect(m_text, &QLineEdit::textChanged, this, &GlobalSearch::update);
    connect(m_results, &QListWidget::itemActivated, this, &GlobalSearch::accept);
    connect(m_text, &QLineEdit::returnPressed, this, &GlobalSearch::accept);
    update();
}

QList<GlobalSearch::Match> GlobalSearch::find(const Plan &plan, const QString &text, int limit)
{
    const QString needle = text.trimmed();
    QList<Match> starts;
    QList<Match> contains;
    auto consider = [&](Kind kind, const QString &id, const QString &name, const QString &what) {
        if (starts.size() >= limit)
            return;
        const QString shown = QStringLiteral("%1 — %2 (%3)").arg(what, name, id);
        if (needle.isEmpty() || name.startsWith(needle, Qt::CaseInsensitive) ||
            id.startsWith(needle, Qt::CaseInsensitive))
            starts.append({kind, id, shown});
        else if (contains.size() < limit && (name.contains(needle, Qt::CaseInsensitive) ||
                                             id.contains(needle, Qt::CaseInsensitive)))
            contains.append({kind, id, shown});
    };
    for (const Process &p : plan.processes)
        consider(Kind::Process, p.id, p.name, tr("Process"));
    for (const Service &s : plan.services)
        consider(Kind::Service, s.id, s.name, tr("Service"));
    for (const Runbook &r : plan.runbooks)
        consider(Kind::Runbook, r.id, r.title, tr("Runbook"));
    for (const Exercise &e : plan.exercises)
        consider(Kind::Exercise, e.id, e.title, tr("Exercise"));
    for (const Person &p : plan.persons)
        consider(Kind::Person, p.id, p.name, tr("Person"));
    for (const Role &r : plan.roles)
        consider(Kind::Role, r.id, r.name, tr("Role"));
    for (const CallTree &t : plan.callTrees)
        consider(Kind::CallTree, t.id, t.name, tr("Call tree"));
    QList<Match> result = starts.mid(0, limit);
    result += contains.mid(0, limit - result.size());
    return result;
}

void GlobalSearch::update()
{
    m_results->clear();
    for (const Match &m : find(m_plan, m_text->text())) {
        auto *item = new QListWidgetItem(m.text, m_results);
        item->setData(KindRole, int(m.kind));
        item->setData(IdRole, m.id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    // The keys that choose a result work while typing.
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            // The list moves its current row; the typing stays in the text.
            QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(m_results, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GlobalSearch::accept()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const auto kind = Kind(item->data(KindRole).toInt());
    const QString id = item->data(IdRole).toString();
    QDialog::accept();
    emit chosen(kind, id);
}

} // namespace Continuity
