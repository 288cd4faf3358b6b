// SPDX-License-Identifier: GPL-3.0-or-later
// The changes since the previous review, one sentence per row in the language shown.

#include "comparisonmodel.h"

#include "plaintext.h"

#include <QCoreApplication>
#include <QLocale>

namespace vitrine {

void ComparisonModel::reset(const Comparison &comparison)
{
    const int before = rowCount();
    beginResetModel();
    m_comparison = comparison;
    std::vector<Row>().swap(m_rows);
    if (comparison.hasPrevious) {
        for (int i = 0; i < comparison.newRecipients.size(); ++i)
            m_rows.push_back({QStringLiteral("newRecipient"), i});
        for (const Category c : allCategories()) {
            if (comparison.newCategories & categoryBit(c))
                m_rows.push_back({QStringLiteral("newCategory"), static_cast<int>(c)});
        }
        for (int i = 0; i < comparison.goneRecipients.size(); ++i)
            m_rows.push_back({QStringLiteral("goneRecipient"), i});
        for (const Category c : allCategories()) {
            if (comparison.goneCategories & categoryBit(c))
                m_rows.push_back({QStringLiteral("goneCategory"), static_cast<int>(c)});
        }
        if (comparison.changePerDayPercent())
            m_rows.push_back({QStringLiteral("volume"), 0});
    }
    endResetModel();
    if (before != rowCount())
        emit countChanged();
    emit previousChanged();
}

void ComparisonModel::retranslate()
{
    ReviewListModel::retranslate();
    emit previousChanged();
}

QString ComparisonModel::comparedWith() const
{
    return plain::comparedWithSentence(m_comparison);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KindRole)
        return r.kind;
    if (role != TextRole && role != Qt::DisplayRole)
        return {};
    const auto &c = m_comparison;
    if (r.kind == u"newRecipient") {
        return QCoreApplication::translate("vitrine::Review", "New recipient: %1")
            .arg(c.newRecipients[r.index].name);
    }
    if (r.kind == u"goneRecipient") {
        return QCoreApplication::translate("vitrine::Review", "No longer received data: %1")
            .arg(c.goneRecipients[r.index].name);
    }
    if (r.kind == u"newCategory") {
        return QCoreApplication::translate("vitrine::Review", "Newly recorded: %1")
            .arg(plain::categoryName(static_cast<Category>(r.index)));
    }
    if (r.kind == u"goneCategory") {
        return QCoreApplication::translate("vitrine::Review", "No longer recorded: %1")
            .arg(plain::categoryName(static_cast<Category>(r.index)));
    }
    const int percent = c.changePerDayPercent().value_or(0);
    if (percent >= 10) {
        return QCoreApplication::translate("vitrine::Review",
                                           "Your car recorded about %1 % more per day than "
                                           "last time.")
            .arg(QLocale().toString(percent));
    }
    if (percent <= -10) {
        return QCoreApplication::translate("vitrine::Review",
                                           "Your car recorded about %1 % less per day than "
                                           "last time.")
            .arg(QLocale().toString(-percent));
    }
    return QCoreApplication::translate("vitrine::Review",
                                       "Your car recorded about as much per day as last time.");
}

QHash<int, QByteArray> ComparisonModel::roleNames() const
{
    return {{KindRole, "kind"}, {TextRole, "text"}};
}

} // namespace vitrine
