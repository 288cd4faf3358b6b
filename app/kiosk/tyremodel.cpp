// SPDX-License-Identifier: GPL-3.0-or-later
// The tyres panel's rows: the sets are kept, their lines made in data() in the language shown.

#include "tyremodel.h"

#include "exportdetailtext.h"

namespace vitrine {

namespace {

std::vector<TyreLine> linesOf(const std::vector<TyreSetFacts> &sets)
{
    ExportDetails details;
    details.tyreSets = sets;
    return tyreLines(details);
}

} // namespace

void TyreModel::reset(const ExportDetails &details)
{
    const int before = rowCount();
    beginResetModel();
    m_sets = details.tyreSets;
    m_rows = linesOf(m_sets).size();
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

int TyreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows);
}

QVariant TyreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::vector<TyreLine> lines = linesOf(m_sets);
    const auto row = static_cast<std::size_t>(index.row());
    if (row >= lines.size())
        return {};
    const TyreLine &l = lines[row];
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
