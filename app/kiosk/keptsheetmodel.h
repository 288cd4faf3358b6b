// SPDX-License-Identifier: GPL-3.0-or-later
// The sheets kept in the store for the advisor to print, for the Advisor screen.

#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace vitrine {

/**
 * The sheets kept in the store for the advisor to print (Store::keepSheet), newest first: the
 * advisor's list on the Advisor screen, this session's marked.
 */
class KeptSheetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Sheet")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        LanguageRole, ///< named in itself ("Italiano")
        TimeTextRole, ///< when it was kept, dd.MM.yyyy HH:mm, Swiss time
        ThisSessionRole,
        /** Being printed now. */
        PrintingRole,
    };

    struct Entry
    {
        QString code;
        QString lang;
        QDateTime keptAt;
        bool thisSession = false;
    };

    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Entry *at(int row) const;
    void reset(const QList<Entry> &entries);
    /** Marks the row being printed (empty: none). */
    void setPrinting(const QString &code);

signals:
    void countChanged();

private:
    QList<Entry> m_entries;
    QString m_printing;
};

} // namespace vitrine
