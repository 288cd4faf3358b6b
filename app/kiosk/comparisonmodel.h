// SPDX-License-Identifier: GPL-3.0-or-later
// The "New since your last visit" card's rows: what changed since the car's previous review.

#pragma once

#include "comparison.h"
#include "reviewlistmodel.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace vitrine {

/**
 * "New since your last visit", one sentence per change; a kind first-visit text otherwise, or
 * "cannot tell" when the earlier visits could not be read.
 */
class ComparisonModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")
    Q_PROPERTY(bool firstVisit READ firstVisit NOTIFY previousChanged)
    Q_PROPERTY(bool historyKnown READ historyKnown NOTIFY previousChanged)
    Q_PROPERTY(QString comparedWith READ comparedWith NOTIFY previousChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, TextRole };
    using ReviewListModel::ReviewListModel;

    void reset(const Comparison &comparison);
    void retranslate() override;
    /** No earlier review of the car in records that could be read. */
    bool firstVisit() const { return m_comparison.historyKnown && !m_comparison.hasPrevious; }
    bool historyKnown() const { return m_comparison.historyKnown; }
    /** "Compared with your visit of 12.04.2026." (as on the sheet); empty on a first visit. */
    QString comparedWith() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void previousChanged();

private:
    struct Row
    {
        QString kind;
        int index = 0; ///< into the comparison's lists, or the category
    };
    Comparison m_comparison;
    std::vector<Row> m_rows;
};

} // namespace vitrine
