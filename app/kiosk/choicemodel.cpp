// SPDX-License-Identifier: GPL-3.0-or-later
// The ticks of the choices card: one row per recipient, three choices each.

#include "choicemodel.h"

namespace vitrine {

void ChoiceModel::reset(const std::vector<RecipientSummary> &recipients)
{
    const int before = rowCount();
    beginResetModel();
    std::vector<Row>().swap(m_rows);
    for (const RecipientSummary &r : recipients)
        m_rows.push_back({r.id, r.name});
    endResetModel();
    if (before != rowCount())
        emit countChanged();
    emit choicesChanged();
}

int ChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case RecipientIdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case SwitchOffRole:
        return r.switchOff;
    case AskDeleteRole:
        return r.askDelete;
    case AskCopyRole:
        return r.askCopy;
    default:
        return {};
    }
}

bool ChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[static_cast<std::size_t>(index.row())];
    bool *field = role == SwitchOffRole   ? &r.switchOff
                  : role == AskDeleteRole ? &r.askDelete
                  : role == AskCopyRole   ? &r.askCopy
                                          : nullptr;
    if (!field || *field == value.toBool())
        return false;
    *field = value.toBool();
    emit dataChanged(index, index, {role});
    emit choicesChanged();
    return true;
}

Qt::ItemFlags ChoiceModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> ChoiceModel::roleNames() const
{
    return {{RecipientIdRole, "recipientId"},
            {NameRole, "name"},
            {SwitchOffRole, "switchOff"},
            {AskDeleteRole, "askDelete"},
            {AskCopyRole, "askCopy"}};
}

void ChoiceModel::toggle(int row, const QString &which)
{
    const int role = which == u"switchOff"   ? SwitchOffRole
                     : which == u"askDelete" ? AskDeleteRole
                     : which == u"askCopy"   ? AskCopyRole
                                             : -1;
    if (role < 0 || row < 0 || row >= rowCount())
        return;
    const QModelIndex i = index(row);
    setData(i, !data(i, role).toBool(), role);
}

int ChoiceModel::chosenCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += int(r.switchOff) + int(r.askDelete) + int(r.askCopy);
    return n;
}

} // namespace vitrine
