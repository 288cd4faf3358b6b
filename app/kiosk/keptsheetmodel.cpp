// SPDX-License-Identifier: GPL-3.0-or-later
// The sheets kept in the store for the advisor to print.

#include "keptsheetmodel.h"

#include "languages.h"

#include <QCoreApplication>

namespace vitrine {

int KeptSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant KeptSheetModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = index.isValid() ? at(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
        return e->code;
    case LanguageRole:
        return Languages::nativeName(e->lang);
    case TimeTextRole:
        return Languages::swissDateTime(e->keptAt);
    case ThisSessionRole:
        return e->thisSession;
    case PrintingRole:
        return !m_printing.isEmpty() && e->code == m_printing;
    default:
        return {};
    }
}

QHash<int, QByteArray> KeptSheetModel::roleNames() const
{
    return {{CodeRole, "code"},
            {LanguageRole, "language"},
            {TimeTextRole, "timeText"},
            {ThisSessionRole, "thisSession"},
            {PrintingRole, "printing"}};
}

const KeptSheetModel::Entry *KeptSheetModel::at(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void KeptSheetModel::reset(const QList<Entry> &entries)
{
    const qsizetype before = m_entries.size();
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (m_entries.size() != before)
        emit countChanged();
}

void KeptSheetModel::setPrinting(const QString &code)
{
    if (code == m_printing)
        return;
    m_printing = code;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_entries.size()) - 1), {PrintingRole});
}

} // namespace vitrine
