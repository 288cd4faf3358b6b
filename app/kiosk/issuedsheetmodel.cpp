// SPDX-License-Identifier: GPL-3.0-or-later
// The sheets issued in this customer session.

#include "issuedsheetmodel.h"

#include "languages.h"

#include <QCoreApplication>

namespace vitrine {

int IssuedSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant IssuedSheetModel::data(const QModelIndex &index, int role) const
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
        return Languages::swissDateTime(e->createdAt);
    case PrintedRole:
        return e->printed;
    case PathRole:
        return e->path;
    case StatusTextRole:
        if (e->printed)
            return QCoreApplication::translate("vitrine::Sheet", "printed",
                                               "what became of a sheet");
        if (e->saved)
            return QCoreApplication::translate("vitrine::Sheet", "saved on a USB stick",
                                               "what became of a sheet");
        return QCoreApplication::translate("vitrine::Sheet", "kept to print later",
                                           "what became of a sheet");
    default:
        return {};
    }
}

QHash<int, QByteArray> IssuedSheetModel::roleNames() const
{
    return {{CodeRole, "code"},       {LanguageRole, "language"}, {TimeTextRole, "timeText"},
            {PrintedRole, "printed"}, {PathRole, "path"},         {StatusTextRole, "statusText"}};
}

const IssuedSheetModel::Entry *IssuedSheetModel::at(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

bool IssuedSheetModel::contains(const QString &code) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&](const Entry &e) { return e.code == code; });
}

void IssuedSheetModel::add(const Entry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    emit countChanged();
}

void IssuedSheetModel::change(const QString &code, bool Entry::*flag)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).code == code && !(m_entries.at(i).*flag)) {
            m_entries[i].*flag = true;
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed, {PrintedRole, StatusTextRole});
        }
    }
}

void IssuedSheetModel::markPrinted(const QString &code)
{
    change(code, &Entry::printed);
}

void IssuedSheetModel::markSaved(const QString &code)
{
    change(code, &Entry::saved);
}

void IssuedSheetModel::markKept(const QString &code)
{
    change(code, &Entry::kept);
}

void IssuedSheetModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    emit countChanged();
}

void IssuedSheetModel::retranslate()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_entries.size()) - 1), {StatusTextRole});
}

} // namespace vitrine
