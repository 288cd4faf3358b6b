// SPDX-License-Identifier: GPL-3.0-or-later
// The models behind the review's cards, so that QML shows a log's summary in the customer's
// language and follows it when it changes.

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
    virtual void retranslate();

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

/**
 * When: events per day or per week (Monday to Sunday; UTC days), in total and per category,
 * with what the chart of them needs: the bars' labels, each category's values, the value axis
 * and a sentence on the busiest period. Empty days and weeks stay as rows (gaps in the chart).
 */
class TimelineModel : public ReviewListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the review")
    Q_PROPERTY(
        Granularity granularity READ granularity WRITE setGranularity NOTIFY granularityChanged)
    Q_PROPERTY(qint64 maxTotal READ maxTotal NOTIFY chartChanged)
    Q_PROPERTY(QStringList labels READ labels NOTIFY chartChanged)
    Q_PROPERTY(QVariantList categories READ presentCategories NOTIFY chartChanged)
    Q_PROPERTY(QVariantList axisTicks READ axisTicks NOTIFY chartChanged)
    Q_PROPERTY(qint64 axisMax READ axisMax NOTIFY chartChanged)
    Q_PROPERTY(int busiestRow READ busiestRow NOTIFY chartChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY chartChanged)
    Q_PROPERTY(QString note READ note NOTIFY chartChanged)
    /** The bars' room in pixels, as the chart has laid it out (0 while unknown). */
    Q_PROPERTY(qreal plotWidth READ plotWidth WRITE setPlotWidth NOTIFY fitChanged)
    /** The narrowest bar a finger can tap (the theme's touch target), in pixels. */
    Q_PROPERTY(qreal minBarWidth READ minBarWidth WRITE setMinBarWidth NOTIFY fitChanged)
    /** One bar per day fits plotWidth at minBarWidth at least (true while either is unknown). */
    Q_PROPERTY(bool dailyFits READ dailyFits NOTIFY fitChanged)

public:
    enum Granularity { Day, Week };
    Q_ENUM(Granularity)
    enum Role {
        StartRole = Qt::UserRole + 1, ///< the first day of the row (a Monday for weeks)
        WeekStartRole = StartRole,
        LabelRole,       ///< "14.04.", short, for the axis
        DescriptionRole, ///< "14.04.2026: data recorded about 310 times (each kind counted)."
        TotalRole,
    };
    /** Logs that cover at most this many days are shown per day at first, longer ones per week. */
    static constexpr int kDailyUpToDays = 31;
    /** At most this many bars: a longer log shows its most recent ones (and says so). */
    static constexpr int kMaxRows = 800;

    using ReviewListModel::ReviewListModel;

    /**
     * Reads the summary's days and chooses the granularity for its length. The summary must stay
     * alive until the next reset() (a granularity switch reads it again).
     */
    void reset(const Summary *summary);
    void retranslate() override;

    Granularity granularity() const { return m_granularity; }
    /**
     * The customer's choice. Per day is refused while day bars would be narrower than a finger
     * (dailyFits()); a choice is kept until the next reset().
     */
    void setGranularity(Granularity granularity);

    /**
     * Per day or per week for a log of days days (first to last, both counted) on width pixels
     * of chart: per day for at most kDailyUpToDays days whose bars are each minBarWidth wide at
     * least, per week otherwise. An unknown width (0) or bar width (0) does not count.
     */
    static Granularity fittingGranularity(int days, qreal width, qreal minBarWidth);
    /** days bars of at least minBarWidth fit width (true while either is unknown). */
    static bool daysFit(int days, qreal width, qreal minBarWidth);

    qreal plotWidth() const { return m_plotWidth; }
    /**
     * The chart's room changed (a turn of the screen, larger text): day bars that no longer fit
     * become weeks, and the review's own choice follows the room until the customer chooses.
     */
    void setPlotWidth(qreal width);
    qreal minBarWidth() const { return m_minBarWidth; }
    void setMinBarWidth(qreal width);
    bool dailyFits() const;
    /** Days from the first to the last recorded day, both counted (the bars per day). */
    int dayCount() const;
    qint64 maxTotal() const { return m_max; }
    QStringList labels() const;
    /** The categories present, most private first: [{index (contract order), id, name}]. */
    Q_INVOKABLE QVariantList presentCategories() const;
    /** One category's events (index in contract order), one number per row. */
    Q_INVOKABLE QVariantList values(int category) const;
    /** Events of one category (index in contract order) in one row. */
    Q_INVOKABLE qint64 events(int row, int category) const;
    /**
     * One row in a sentence (the description role), with the bar's height: how often each kind
     * of data was recorded, added up. Empty for a row that does not exist.
     */
    Q_INVOKABLE QString describe(int row) const;
    /**
     * The value axis' ticks, round numbers from 0 to axisMax: [{value, label}]. The axis
     * reaches the tallest stacked bar, which can be more than maxTotal: one event can hold
     * several kinds of data, and each kind has its share of the bar.
     */
    QVariantList axisTicks() const;
    qint64 axisMax() const;
    /** The row with the tallest bar; -1 when there is none. */
    int busiestRow() const;
    /** "The busiest day was 14.04.2026: ...", the tallest bar; empty without events. */
    QString headline() const;
    /** Says that only the most recent bars are shown, when the log was too long for all. */
    QString note() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void granularityChanged();
    void chartChanged();
    void fitChanged();

private:
    struct Bucket
    {
        QDate start;
        std::int64_t total = 0;
        std::array<std::int64_t, kCategoryCount> byCategory{};
        std::int64_t stacked = 0; ///< byCategory added up: the bar's height
    };
    void rebuild();
    std::int64_t axisStep() const;
    /** After the room changed: follow it, or leave per day when days no longer fit. */
    void refit();
    void switchTo(Granularity granularity);

    const Summary *m_summary = nullptr;
    Granularity m_granularity = Week;
    std::vector<Bucket> m_rows;
    std::vector<Category> m_present; ///< most private first, then most frequent
    std::int64_t m_max = 0;
    std::int64_t m_maxStack = 0; ///< the tallest bar: its kinds of data added up
    int m_skipped = 0;           ///< earlier periods left out (kMaxRows)
    qreal m_plotWidth = 0;
    qreal m_minBarWidth = 0;
    bool m_chosen = false; ///< the customer chose day or week since the last reset()
};

} // namespace vitrine
