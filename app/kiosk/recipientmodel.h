// SPDX-License-Identifier: GPL-3.0-or-later
// The "Where the data went" card's rows, one per recipient, and the flow picture made from them.

#pragma once

#include "recipients.h"
#include "reviewlistmodel.h"
#include "summary.h"

#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <vector>

namespace vitrine {

/**
 * Where the data went: one row per recipient, most events first. `flow` is the flow picture
 * made from the same rows: kinds of data, recipients and countries, and the links between them
 * with how many events each carried.
 */
class RecipientModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")
    Q_PROPERTY(QVariantMap flow READ flow NOTIFY flowChanged)
    /** The recipients past the summary's cap, in one sentence; empty when there are none. */
    Q_PROPERTY(QString othersNote READ othersNote NOTIFY flowChanged)

public:
    enum Role {
        RecipientIdRole = Qt::UserRole + 1,
        NameRole,
        ShortNameRole,
        RoleNameRole,
        CountryRole,
        CountryNameRole,
        AdequacyRole, ///< "domestic", "adequate", "adequate_private", "dpf_only", ...
        AdequateRole, ///< true when Switzerland deems the data adequately protected there
        AdequacySentenceRole,
        KnownRole,
        EventsRole,
        EventsTextRole,
        CategoryNamesRole,
        DescriptionRole,
        PrivacyContactRole,
        ShareRole,
        AdequacyLabelRole, ///< the verdict in words, as on the sheet: "Adequate protection"
    };
    using ReviewListModel::ReviewListModel;

    /** The flow picture names this many recipients at most: the busiest ones, then "others". */
    static constexpr int kFlowMaxRecipients = 8;

    /** \a others: the parties the summary did not keep (Summary::otherParties()). */
    void reset(std::vector<RecipientSummary> recipients, const Others &others = {});
    QString othersNote() const;
    const std::vector<RecipientSummary> &recipients() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void retranslate() override;

    /**
     * The flow picture, in the current language: `categories` [{id, name}], `recipients`
     * [{name, events}], `countries` [{name, adequacy}], `categoryLinks` and `countryLinks`
     * [{from, to, events, text}] (indexes into the node lists; category links also carry
     * `categoryId`, country links `adequacy`), and `maxEvents`, the largest link. Categories
     * come most private first; a country's adequacy is the least protective of its links.
     */
    QVariantMap flow() const;

signals:
    void flowChanged();

private:
    std::vector<RecipientSummary> m_rows;
    std::int64_t m_max = 0;
    Others m_others;
};

} // namespace vitrine
