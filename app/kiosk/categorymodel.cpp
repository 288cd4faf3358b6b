// SPDX-License-Identifier: GPL-3.0-or-later
// The recorded categories of a summary, most private first, with their texts in data().

#include "categorymodel.h"

#include "plaintext.h"

#include <algorithm>

namespace vitrine {

void CategoryModel::reset(const Summary *summary)
{
    const int before = rowCount();
    beginResetModel();
    // Swapping with an empty vector frees the memory: a wiped review leaves nothing behind.
    std::vector<Row>().swap(m_rows);
    m_max = 0;
    if (summary) {
        for (const Category c : allCategories()) {
            const Tally &t = summary->byCategory()[static_cast<std::size_t>(c)];
            if (t.events > 0) {
                m_rows.push_back({c, t});
                m_max = std::max(m_max, t.events);
            }
        }
        // Most private first, then most frequent: what the customer should read first.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            if (sensitivity(a.category) != sensitivity(b.category))
                return sensitivity(a.category) > sensitivity(b.category);
            return a.tally.events > b.tally.events;
        });
    }
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return plain::categoryName(r.category);
    case CategoryIdRole: {
        const auto id = categoryId(r.category);
        return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
    }
    case MeaningRole:
        return plain::categoryMeaning(r.category);
    case SensitivityRole:
        return static_cast<int>(sensitivity(r.category));
    case SensitivityNameRole:
        return plain::sensitivityName(sensitivity(r.category));
    case EventsRole:
        return QVariant::fromValue<qint64>(r.tally.events);
    case EventsTextRole:
        return plain::timesPhrase(r.tally.events);
    case ShareRole:
        return m_max > 0 ? static_cast<double>(r.tally.events) / static_cast<double>(m_max) : 0.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    return {{CategoryIdRole, "categoryId"},
            {NameRole, "name"},
            {MeaningRole, "meaning"},
            {SensitivityRole, "sensitivity"},
            {SensitivityNameRole, "sensitivityName"},
            {EventsRole, "events"},
            {EventsTextRole, "eventsText"},
            {ShareRole, "share"}};
}

} // namespace vitrine
