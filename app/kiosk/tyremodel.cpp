// SPDX-License-Identifier: GPL-3.0-or-later
// The tyres panel's rows: the sets are kept, their lines made once per language.

#include "tyremodel.h"

namespace vitrine {

void TyreModel::reset(const ExportDetails &details)
{
    const int before = rowCount();
    beginResetModel();
    m_sets = details.tyreSets;
    m_lines = tyreLines(m_sets);
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

void TyreModel::retranslate()
{
    m_lines = tyreLines(m_sets);
    ReviewListModel::retranslate();
}

int TyreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QVariant TyreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TyreLine &l = m_lines[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SetRole:
        return l.set;
    case WheelsRole:
        return l.wheels;
    case DimensionRole:
        return l.dimension;
    case SeasonRole:
        return l.season;
    case TreadRole:
        return l.tread;
    case ProducedRole:
        return l.produced;
    case WearRole:
        return l.wear;
    case TitleRole:
        return l.title();
    case FactsRole:
        return l.facts();
    case Qt::DisplayRole:
        return l.sentence();
    default:
        return {};
    }
}

QHash<int, QByteArray> TyreModel::roleNames() const
{
    return {{SetRole, "set"},       {WheelsRole, "wheels"}, {DimensionRole, "dimension"},
            {SeasonRole, "season"}, {TreadRole, "tread"},   {ProducedRole, "produced"},
            {WearRole, "wear"},     {TitleRole, "title"},   {FactsRole, "facts"}};
}

} // namespace vitrine
