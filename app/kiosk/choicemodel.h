// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's choices per recipient on the review: switch off, ask to delete, ask for a copy.

#pragma once

#include "recipients.h"
#include "reviewlistmodel.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace vitrine {

/** The customer's choices per recipient: switch off, ask to delete, ask for a copy. */
class ChoiceModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY choicesChanged)

public:
    enum Role {
        RecipientIdRole = Qt::UserRole + 1,
        NameRole,
        SwitchOffRole,
        AskDeleteRole,
        AskCopyRole,
    };
    using ReviewListModel::ReviewListModel;

    void reset(const std::vector<RecipientSummary> &recipients);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Flips one choice: which is "switchOff", "askDelete" or "askCopy". */
    Q_INVOKABLE void toggle(int row, const QString &which);
    /** How many choices are ticked, over all recipients. */
    int chosenCount() const;

signals:
    void choicesChanged();

private:
    struct Row
    {
        QString id;
        QString name;
        bool switchOff = false;
        bool askDelete = false;
        bool askCopy = false;
    };
    std::vector<Row> m_rows;
};

} // namespace vitrine
