// SPDX-License-Identifier: GPL-3.0-or-later
// Refreshing every row of a review model after a language switch, and the models' shared helpers.

#include "reviewlistmodel.h"

#include <algorithm>

namespace vitrine {

namespace detail {

QString latin1(std::string_view id)
{
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

void sortByPrivacy(std::vector<Category> &categories,
                   const std::array<std::int64_t, kCategoryCount> &events)
{
    std::stable_sort(categories.begin(), categories.end(), [&](Category a, Category b) {
        if (sensitivity(a) != sensitivity(b))
            return sensitivity(a) > sensitivity(b);
        return events[static_cast<std::size_t>(a)] > events[static_cast<std::size_t>(b)];
    });
}

} // namespace detail

void ReviewListModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace vitrine
