// SPDX-License-Identifier: GPL-3.0-or-later
// The tyres a carmaker's export knows, one row per set (or per axle or wheel where they
// differ), for the small tyres panel of the review: the visit is the tyre change.

#pragma once

#include "exportdetailtext.h"
#include "reviewlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace vitrine {

/** The mounted tyres and the ones in storage, in the words of text/exportdetailtext. */
class TyreModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")

public:
    enum Role {
        SetRole = Qt::UserRole + 1,
        WheelsRole,
        DimensionRole,
        SeasonRole,
        TreadRole,
        ProducedRole,
        WearRole,
        TitleRole,
        FactsRole
    };
    using ReviewListModel::ReviewListModel;

    /** Shows the tyre sets of \a details; an empty one clears the model. */
    void reset(const ExportDetails &details);
    /** Makes the lines again in the language just installed, then refreshes every row. */
    void retranslate() override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<TyreSetFacts> m_sets;
    std::vector<TyreLine> m_lines; ///< of m_sets, in the installed language
};

} // namespace vitrine
