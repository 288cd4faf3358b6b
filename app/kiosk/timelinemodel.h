// SPDX-License-Identifier: GPL-3.0-or-later
// The "When" card's chart: events per day or per week, in total and per category.

#pragma once

#include "category.h"
#include "reviewlistmodel.h"
#include "summary.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <cstdint>
#include <vector>

namespace vitrine {

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
