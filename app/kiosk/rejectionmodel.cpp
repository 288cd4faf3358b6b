// SPDX-License-Identifier: GPL-3.0-or-later
// The refused lines of the imported file, each with its reason in the language shown.

#include "rejectionmodel.h"

#include "importmessages.h"

#include <utility>

namespace vitrine {

void RejectionModel::reset(std::vector<RejectedItem> rows)
{
    const int before = rowCount();
    beginResetModel();
    std::vector<RejectedItem>().swap(m_rows);
    m_rows = std::move(rows);
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

int RejectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RejectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedItem &r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case LineRole:
        return QVariant::fromValue<qint64>(r.position);
    case Qt::DisplayRole:
    case ReasonRole:
        return rejectionMessage(r.reason, r.detail);
    default:
        return {};
    }
}

QHash<int, QByteArray> RejectionModel::roleNames() const
{
    return {{LineRole, "line"}, {ReasonRole, "reason"}};
}

} // namespace vitrine
