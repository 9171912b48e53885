// SPDX-License-Identifier: GPL-3.0-or-later
#include "BiaTableModel.h"

#include "document/PlanDocument.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Continuity {

BiaTableModel::BiaTableModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        using E = PlanChange::Entity;
        using K = PlanChange::Kind;
        if (change.entity == E::WholePlan) {
            // The process may be gone, or rated otherwise.
            setProcess(m_document->process(m_processId) ? m_processId : QString());
        } else if (change.entity == E::Process && change.id() == m_processId) {
            if (change.kind == K::AboutToBeRemoved)
                setProcess(QString());
            else if (change.kind == K::Changed && rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
    });
}

void BiaTableModel::setProcess(const QString &id)
{
    beginResetModel();
    m_processId = id;
    endResetModel();
}

int BiaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document->process(m_processId) ? 0 : ImpactCategoryCount;
}

int BiaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->plan().biaHorizonsHours.size());
}

QString BiaTableModel::ratingName(int rating)
{
    switch (rating) {
    case 0:
        return tr("none");
    case 1:
        return tr("minor");
    case 2:
        return tr("moderate");
    case 3:
        return tr("major");
    case 4:
        return tr("severe");
    }
    return {};
}

QVariant BiaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Process *p = m_document->process(m_processId);
    if (!p)
        return {};
    const QList<int> &ratings = p->impact(allImpactCategories[std::size_t(index.row())]);
    const bool rated = index.column() < ratings.size();
    const int rating = rated ? ratings.at(index.column()) : -1;
    switch (role) {
    case RatingRole:
    case Qt::EditRole:
        return rated ? QVariant(rating) : QVariant();
    case Qt::DisplayRole:
        return rated ? QStringLiteral("%1 %2").arg(rating).arg(ratingName(rating))
                     : QStringLiteral("–");
    case Qt::ToolTipRole:
        return tr("Type 0 (none) to 4 (severe)");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        // Severity colours that still read in black and white and on a projector.
        static const QColor colours[] = {QColor(0xf4, 0xf4, 0xf4), QColor(0xfc, 0xf0, 0xb5),
                                         QColor(0xf9, 0xcf, 0x8a), QColor(0xf0, 0x93, 0x6a),
                                         QColor(0xd9, 0x4c, 0x44)};
        return rated ? QBrush(colours[std::clamp(rating, 0, 4)]) : QVariant();
    }
    case Qt::ForegroundRole:
        return rating == 4 ? QBrush(Qt::white) : QVariant();
    }
    return {};
}

bool BiaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    const int rating = value.toInt(&ok);
    QString error;
    if (!ok ||
        !m_document->setImpactRating(m_processId, allImpactCategories[std::size_t(index.row())],
                                     index.column(), rating, &error)) {
        emit editRefused(ok ? error : tr("A rating must be a number from 0 (none) to 4 (severe)."));
        return false;
    }
    return true;
}

Qt::ItemFlags BiaTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BiaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < ImpactCategoryCount
                   ? displayName(allImpactCategories[std::size_t(section)])
                   : QVariant();
    const double hours = m_document->plan().biaHorizonsHours.value(section);
    if (hours == 168)
        return tr("1 week");
    if (hours > 168 && std::fmod(hours, 168) == 0)
        return tr("%1 weeks").arg(hours / 168);
    return tr("%1 h").arg(QLocale().toString(hours, 'g', 4));
}

} // namespace Continuity
