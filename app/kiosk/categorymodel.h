// SPDX-License-Identifier: GPL-3.0-or-later
// The "What your car recorded" card's rows: one per category the log holds events of.

#pragma once

#include "reviewlistmodel.h"
#include "summary.h"

#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <vector>

namespace vitrine {

/** What the car recorded: one row per category with at least one event. */
class CategoryModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")

public:
    enum Role {
        CategoryIdRole = Qt::UserRole + 1,
        NameRole,
        MeaningRole,
        SensitivityRole, ///< 0 low, 1 medium, 2 high
        SensitivityNameRole,
        EventsRole,
        EventsTextRole,
        ShareRole, ///< events relative to the largest category, 0..1
    };
    using ReviewListModel::ReviewListModel;

    void reset(const Summary *summary);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Category category;
        Tally tally;
    };
    std::vector<Row> m_rows;
    std::int64_t m_max = 0;
};

} // namespace vitrine
