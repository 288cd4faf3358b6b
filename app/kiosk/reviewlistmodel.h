// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the review's list models, which refreshes their texts when the language changes,
// and the small helpers more than one of them needs.

#pragma once

#include "category.h"

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace vitrine {

/**
 * Base of the review's models: texts are made in data() from the installed language, so a
 * language switch only needs retranslate() to refresh every visible row.
 */
class ReviewListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;
    int count() const { return rowCount(); }
    /** Emits dataChanged for every row: their texts follow the new language. */
    virtual void retranslate();

signals:
    void countChanged();
};

namespace detail {

/** A core identifier (a category's, an adequacy's) as a QString. */
QString latin1(std::string_view id);

/** Most private first, then most frequent: the order of the "What your car recorded" card. */
void sortByPrivacy(std::vector<Category> &categories,
                   const std::array<std::int64_t, kCategoryCount> &events);

} // namespace detail

} // namespace vitrine
