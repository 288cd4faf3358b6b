// SPDX-License-Identifier: GPL-3.0-or-later
// Bucketing a summary's days into the "When" chart's bars, with its axis, labels and sentences.

#include "timelinemodel.h"

#include "languages.h"
#include "plaintext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantMap>

#include <algorithm>
#include <climits>
#include <limits>

namespace vitrine {

namespace {

const QDate kEpoch(1970, 1, 1);

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

void TimelineModel::reset(const Summary *summary)
{
    m_summary = summary && summary->hasRecords() && !summary->byDay().empty() ? summary : nullptr;
    m_chosen = false;
    const Granularity chosen =
        m_summary ? fittingGranularity(dayCount(), m_plotWidth, m_minBarWidth) : Week;
    const bool switched = chosen != m_granularity;
    m_granularity = chosen;
    rebuild();
    if (switched)
        emit granularityChanged();
    emit fitChanged();
}

void TimelineModel::setGranularity(Granularity granularity)
{
    if (granularity != Day && granularity != Week)
        return;
    if (granularity == Day && !dailyFits())
        return;
    m_chosen = true;
    switchTo(granularity);
}

void TimelineModel::switchTo(Granularity granularity)
{
    if (granularity == m_granularity)
        return;
    m_granularity = granularity;
    rebuild();
    emit granularityChanged();
}

bool TimelineModel::daysFit(int days, qreal width, qreal minBarWidth)
{
    if (width <= 0 || minBarWidth <= 0 || days <= 0)
        return true;
    return width / std::min(days, kMaxRows) >= minBarWidth;
}

TimelineModel::Granularity TimelineModel::fittingGranularity(int days, qreal width,
                                                             qreal minBarWidth)
{
    return days <= kDailyUpToDays && daysFit(days, width, minBarWidth) ? Day : Week;
}

int TimelineModel::dayCount() const
{
    if (!m_summary)
        return 0;
    const std::int64_t first = m_summary->byDay().begin()->first;
    const std::int64_t last = m_summary->byDay().rbegin()->first;
    return static_cast<int>(std::min<std::int64_t>(last - first + 1, INT_MAX));
}

bool TimelineModel::dailyFits() const
{
    return daysFit(dayCount(), m_plotWidth, m_minBarWidth);
}

void TimelineModel::setPlotWidth(qreal width)
{
    width = std::max<qreal>(0, width);
    if (qFuzzyCompare(width + 1, m_plotWidth + 1))
        return;
    m_plotWidth = width;
    refit();
    emit fitChanged();
}

void TimelineModel::setMinBarWidth(qreal width)
{
    width = std::max<qreal>(0, width);
    if (qFuzzyCompare(width + 1, m_minBarWidth + 1))
        return;
    m_minBarWidth = width;
    refit();
    emit fitChanged();
}

void TimelineModel::refit()
{
    if (!m_summary)
        return;
    if (m_granularity == Day && !dailyFits())
        switchTo(Week);
    else if (!m_chosen)
        switchTo(fittingGranularity(dayCount(), m_plotWidth, m_minBarWidth));
}

void TimelineModel::rebuild()
{
    const int before = rowCount();
    beginResetModel();
    // Swapping with an empty vector frees the memory: a wiped review leaves nothing behind.
    std::vector<Bucket>().swap(m_rows);
    m_present.clear();
    m_max = 0;
    m_maxStack = 0;
    m_skipped = 0;
    if (m_summary) {
        const auto &days = m_summary->byDay();
        const bool weekly = m_granularity == Week;
        const qint64 step = weekly ? 7 : 1;
        auto startOf = [&](std::int64_t day) {
            const QDate date = kEpoch.addDays(day);
            return weekly ? mondayOf(date) : date;
        };
        const QDate last = startOf(days.rbegin()->first);
        QDate first = startOf(days.begin()->first);
        // Every period from the first to the last, the empty ones too; a log too long for the
        // screen keeps its most recent kMaxRows.
        const qint64 periods = first.daysTo(last) / step + 1;
        if (periods > kMaxRows) {
            m_skipped = static_cast<int>(std::min<qint64>(periods - kMaxRows, INT_MAX));
            first = last.addDays(-(kMaxRows - 1) * step);
        }
        const auto count = static_cast<std::size_t>(std::min<qint64>(periods, kMaxRows));
        m_rows.resize(count);
        for (std::size_t i = 0; i < count; ++i)
            m_rows[i].start = first.addDays(static_cast<qint64>(i) * step);

        std::array<std::int64_t, kCategoryCount> totals{};
        for (auto it = days.lower_bound(kEpoch.daysTo(first)); it != days.end(); ++it) {
            const qint64 row = first.daysTo(startOf(it->first)) / step;
            if (row < 0 || row >= static_cast<qint64>(count))
                continue;
            Bucket &b = m_rows[static_cast<std::size_t>(row)];
            b.total += it->second.total.events;
            for (std::size_t c = 0; c < b.byCategory.size(); ++c) {
                b.byCategory[c] += it->second.eventsByCategory[c];
                totals[c] += it->second.eventsByCategory[c];
            }
        }
        for (Bucket &b : m_rows) {
            m_max = std::max(m_max, b.total);
            for (const std::int64_t e : b.byCategory)
                b.stacked += e;
            m_maxStack = std::max(m_maxStack, b.stacked);
        }
        for (const Category c : allCategories()) {
            if (totals[static_cast<std::size_t>(c)] > 0)
                m_present.push_back(c);
        }
        detail::sortByPrivacy(m_present, totals);
    }
    endResetModel();
    if (before != rowCount())
        emit countChanged();
    emit chartChanged();
}

void TimelineModel::retranslate()
{
    ReviewListModel::retranslate();
    emit chartChanged();
}

QStringList TimelineModel::labels() const
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const Bucket &b : m_rows)
        out << b.start.toString(QStringLiteral("dd.MM."));
    return out;
}

qint64 TimelineModel::events(int row, int category) const
{
    if (row < 0 || row >= rowCount() || category < 0 || category >= kCategoryCount)
        return 0;
    return m_rows[static_cast<std::size_t>(row)].byCategory[static_cast<std::size_t>(category)];
}

QVariantList TimelineModel::values(int category) const
{
    QVariantList out;
    if (category < 0 || category >= kCategoryCount)
        return out;
    out.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const Bucket &b : m_rows)
        out << static_cast<double>(b.byCategory[static_cast<std::size_t>(category)]);
    return out;
}

QVariantList TimelineModel::presentCategories() const
{
    QVariantList out;
    for (const Category c : m_present) {
        out << QVariantMap{{QStringLiteral("index"), static_cast<int>(c)},
                           {QStringLiteral("id"), detail::latin1(categoryId(c))},
                           {QStringLiteral("name"), plain::categoryName(c)}};
    }
    return out;
}

QString TimelineModel::describe(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Bucket &b = m_rows[static_cast<std::size_t>(row)];
    const QString date = Languages::date(b.start);
    if (b.stacked == 0) {
        return m_granularity == Week
                   ? QCoreApplication::translate("vitrine::Review",
                                                 "Week of %1: nothing was recorded.")
                         .arg(date)
                   : QCoreApplication::translate("vitrine::Review", "%1: nothing was recorded.")
                         .arg(date);
    }
    const QString times = plain::timesPhrase(b.stacked);
    return m_granularity == Week
               ? QCoreApplication::translate("vitrine::Review",
                                             "Week of %1: data recorded %2 (each kind counted).",
                                             "%2 is a number of times: about 1'200 times")
                     .arg(date, times)
               : QCoreApplication::translate("vitrine::Review",
                                             "%1: data recorded %2 (each kind counted).",
                                             "%2 is a number of times: about 300 times")
                     .arg(date, times);
}

std::int64_t TimelineModel::axisStep() const
{
    // The smallest round step (1, 2 or 5 times a power of ten) that reaches the tallest bar in
    // six steps at most: a few lines, each easy to read.
    constexpr std::int64_t kMaxSteps = 6;
    for (std::int64_t magnitude = 1;; magnitude *= 10) {
        // Absurd counts from a hostile file must not overflow.
        if (magnitude > std::numeric_limits<std::int64_t>::max() / (10 * kMaxSteps))
            return magnitude;
        for (const std::int64_t f : {1, 2, 5}) {
            const std::int64_t step = f * magnitude;
            if (step * kMaxSteps >= m_maxStack)
                return step;
        }
    }
}

qint64 TimelineModel::axisMax() const
{
    const std::int64_t step = axisStep();
    return m_maxStack <= 0 ? step : ((m_maxStack - 1) / step + 1) * step;
}

QVariantList TimelineModel::axisTicks() const
{
    QVariantList out;
    const std::int64_t step = axisStep();
    const std::int64_t top = axisMax();
    for (std::int64_t v = 0; v <= top; v += step) {
        out << QVariantMap{{QStringLiteral("value"), static_cast<double>(v)},
                           {QStringLiteral("label"), QLocale().toString(static_cast<qint64>(v))}};
    }
    return out;
}

int TimelineModel::busiestRow() const
{
    if (m_maxStack <= 0)
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [&](const Bucket &b) { return b.stacked == m_maxStack; });
    return static_cast<int>(it - m_rows.cbegin());
}

QString TimelineModel::headline() const
{
    const int row = busiestRow();
    if (row < 0)
        return {};
    const Bucket &b = m_rows[static_cast<std::size_t>(row)];
    const QString date = Languages::date(b.start);
    const QString times = plain::timesPhrase(b.stacked);
    return m_granularity == Week
               ? QCoreApplication::translate(
                     "vitrine::Review",
                     "The busiest week began on %1: data recorded %2 (each kind counted).",
                     "%2 is a number of times: about 1'200 times")
                     .arg(date, times)
               : QCoreApplication::translate(
                     "vitrine::Review",
                     "The busiest day was %1: data recorded %2 (each kind counted).",
                     "%2 is a number of times: about 300 times")
                     .arg(date, times);
}

QString TimelineModel::note() const
{
    if (m_skipped <= 0)
        return {};
    const int shown = plain::pluralCount(static_cast<std::int64_t>(m_rows.size()));
    return m_granularity == Week
               ? QCoreApplication::translate(
                     "vitrine::Review", "The chart shows the last %n week(s) only.", nullptr, shown)
               : QCoreApplication::translate(
                     "vitrine::Review", "The chart shows the last %n day(s) only.", nullptr, shown);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bucket &b = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case StartRole:
        return b.start;
    case Qt::DisplayRole:
    case LabelRole:
        return b.start.toString(QStringLiteral("dd.MM."));
    case DescriptionRole:
        return describe(index.row());
    case TotalRole:
        return QVariant::fromValue<qint64>(b.total);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{StartRole, "start"},
            {LabelRole, "label"},
            {DescriptionRole, "description"},
            {TotalRole, "total"}};
}

} // namespace vitrine
