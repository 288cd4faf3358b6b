// SPDX-License-Identifier: GPL-3.0-or-later
// The refused lines of the imported file, for the review's card on what could not be read.

#pragma once

#include "problems.h"
#include "reviewlistmodel.h"

#include <QtQml/qqmlregistration.h>

#include <vector>

namespace vitrine {

/** The lines of the imported file that were refused, with the reason in the current language. */
class RejectionModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")

public:
    enum Role { LineRole = Qt::UserRole + 1, ReasonRole };
    using ReviewListModel::ReviewListModel;

    void reset(std::vector<RejectedItem> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<RejectedItem> m_rows;
};

} // namespace vitrine
