// SPDX-License-Identifier: GPL-3.0-or-later
// The sheets issued in this customer session, for the kiosk's views.

#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace vitrine {

/**
 * The sheets issued in this customer session (printed, saved on the customer's stick or kept
 * for the advisor), newest first; wiped with the session. A sheet only previewed is not here:
 * it was never issued.
 */
class IssuedSheetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Sheet")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        LanguageRole, ///< the sheet's language, named in itself ("Deutsch")
        TimeTextRole, ///< when it was made, dd.MM.yyyy HH:mm, Swiss time
        PrintedRole,  ///< printed at least once
        PathRole,
        /** What became of it, in a few words: "printed", "saved on a USB stick", ... */
        StatusTextRole,
    };

    struct Entry
    {
        QString code;
        QString lang;
        QDateTime createdAt;
        QString path;
        bool printed = false;
        bool saved = false;
        bool kept = false;
    };

    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The sheet at \a row, or nullptr. */
    const Entry *at(int row) const;
    /** True when the sheet with this code is listed. */
    bool contains(const QString &code) const;
    void add(const Entry &entry);
    void markPrinted(const QString &code);
    void markSaved(const QString &code);
    void markKept(const QString &code);
    void clear();
    /** The status texts follow the language. */
    void retranslate();

signals:
    void countChanged();

private:
    void change(const QString &code, bool Entry::*flag);

    QList<Entry> m_entries;
};

} // namespace vitrine
