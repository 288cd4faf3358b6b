#pragma once

#include "comparison.h"
#include "recipients.h"
#include "summary.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <array>
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
    void retranslate();

signals:
    void countChanged();
};

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

/** Where the data went: one row per recipient, most events first. */
class RecipientModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")

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
    };
    using ReviewListModel::ReviewListModel;

    void reset(std::vector<RecipientSummary> recipients);
    const std::vector<RecipientSummary> &recipients() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<RecipientSummary> m_rows;
    std::int64_t m_max = 0;
};

/** The lines of the imported file that were refused, with the reason in the current language. */
class RejectionModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")

public:
    enum Role { LineRole = Qt::UserRole + 1, ReasonRole };
    using ReviewListModel::ReviewListModel;

    void reset(std::vector<RejectedLine> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<RejectedLine> m_rows;
};

/** "New since your last visit", one sentence per change; a kind first-visit text otherwise. */
class ComparisonModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")
    Q_PROPERTY(bool firstVisit READ firstVisit NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, TextRole };
    using ReviewListModel::ReviewListModel;

    void reset(const Comparison &comparison);
    bool firstVisit() const { return !m_comparison.hasPrevious; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString kind;
        int index = 0; ///< into the comparison's lists, or the category
    };
    Comparison m_comparison;
    std::vector<Row> m_rows;
};

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

/** When: events per week (Monday to Sunday, UTC days), in total and per category. */
class TimelineModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")
    Q_PROPERTY(qint64 maxTotal READ maxTotal NOTIFY countChanged)

public:
    enum Role { WeekStartRole = Qt::UserRole + 1, LabelRole, TotalRole };
    using ReviewListModel::ReviewListModel;

    void reset(const Summary *summary);
    qint64 maxTotal() const { return m_max; }
    /** Events of one category (index in contract order) in one week. */
    Q_INVOKABLE qint64 events(int row, int category) const;
    /** The names of the categories present, in contract order, with their index. */
    Q_INVOKABLE QVariantList presentCategories() const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Week
    {
        QDate start;
        std::int64_t total = 0;
        std::array<std::int64_t, kCategoryCount> byCategory{};
    };
    std::vector<Week> m_rows;
    CategorySet m_present = 0;
    qint64 m_max = 0;
};

} // namespace vitrine
