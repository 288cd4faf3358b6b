// SPDX-License-Identifier: GPL-3.0-or-later
// Turning a log's summary into the rows, sentences, flow picture and chart of the review's cards.

#include "reviewmodels.h"

#include "importmessages.h"
#include "languages.h"
#include "plaintext.h"
#include "rfc3339.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <limits>

namespace vitrine {

namespace {

QString latin1(std::string_view id)
{
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

// How little a country protects the data: the flow picture shows the worst of a group.
int protectionRank(Adequacy a)
{
    switch (a) {
    case Adequacy::Domestic:
    case Adequacy::Adequate:
    case Adequacy::AdequatePrivate:
        return 0;
    case Adequacy::DpfOnly:
    case Adequacy::Unknown:
        return 1;
    case Adequacy::NotAdequate:
        return 2;
    }
    return 1;
}

// Most private first, then most frequent: the order of the "What your car recorded" card.
void sortByPrivacy(std::vector<Category> &categories,
                   const std::array<std::int64_t, kCategoryCount> &events)
{
    std::stable_sort(categories.begin(), categories.end(), [&](Category a, Category b) {
        if (sensitivity(a) != sensitivity(b))
            return sensitivity(a) > sensitivity(b);
        return events[static_cast<std::size_t>(a)] > events[static_cast<std::size_t>(b)];
    });
}

QString contactText(const PrivacyContact &c)
{
    QStringList parts;
    for (const QString &p : {c.email, c.url, c.postal}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

void ReviewListModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

// --- CategoryModel ---------------------------------------------------------------------------

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

// --- RecipientModel --------------------------------------------------------------------------

void RecipientModel::reset(std::vector<RecipientSummary> recipients, const Others &others)
{
    const int before = rowCount();
    m_others = others;
    beginResetModel();
    std::vector<RecipientSummary>().swap(m_rows);
    m_rows = std::move(recipients);
    m_max = 0;
    for (const RecipientSummary &r : m_rows)
        m_max = std::max(m_max, r.tally.total.events);
    endResetModel();
    if (before != rowCount())
        emit countChanged();
    emit flowChanged();
}

int RecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RecipientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecipientSummary &r = m_rows[static_cast<std::size_t>(index.row())];
    const Catalogue &catalogue = Catalogue::builtIn();
    const QString lang = Languages::current();
    const QString shortName =
        r.entry && !r.entry->commonName.isEmpty() ? r.entry->commonName : r.name;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case RecipientIdRole:
        return r.id;
    case ShortNameRole:
        return shortName;
    case RoleNameRole:
        return r.entry ? plain::roleName(r.entry->role)
                       : QCoreApplication::translate("vitrine::Review", "unknown recipient");
    case CountryRole:
        return r.country;
    case CountryNameRole:
        return r.country.isEmpty()
                   ? QCoreApplication::translate("vitrine::Review", "unknown country")
                   : plain::countryName(catalogue, r.country, lang);
    case AdequacyRole: {
        const auto id = adequacyId(r.adequacy);
        return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
    }
    case AdequateRole:
        return isAdequate(r.adequacy);
    case AdequacyLabelRole:
        return plain::adequacyLabel(r.adequacy);
    case AdequacySentenceRole:
        return plain::adequacySentence(r.adequacy, shortName,
                                       plain::countryIn(catalogue, r.country, lang));
    case KnownRole:
        return r.known();
    case EventsRole:
        return QVariant::fromValue<qint64>(r.tally.total.events);
    case EventsTextRole:
        return plain::timesPhrase(r.tally.total.events);
    case CategoryNamesRole: {
        QStringList names;
        for (const Category c : allCategories()) {
            if (r.tally.byCategory[static_cast<std::size_t>(c)].events > 0)
                names << plain::categoryName(c);
        }
        return names;
    }
    case DescriptionRole:
        return r.entry ? r.entry->description.in(lang) : QString();
    case PrivacyContactRole:
        return r.entry ? contactText(r.entry->privacyContact) : QString();
    case ShareRole:
        return m_max > 0 ? static_cast<double>(r.tally.total.events) / static_cast<double>(m_max)
                         : 0.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecipientModel::roleNames() const
{
    return {{RecipientIdRole, "recipientId"},
            {NameRole, "name"},
            {ShortNameRole, "shortName"},
            {RoleNameRole, "roleName"},
            {CountryRole, "country"},
            {CountryNameRole, "countryName"},
            {AdequacyRole, "adequacy"},
            {AdequateRole, "adequate"},
            {AdequacyLabelRole, "adequacyLabel"},
            {AdequacySentenceRole, "adequacySentence"},
            {KnownRole, "known"},
            {EventsRole, "events"},
            {EventsTextRole, "eventsText"},
            {CategoryNamesRole, "categoryNames"},
            {DescriptionRole, "description"},
            {PrivacyContactRole, "privacyContact"},
            {ShareRole, "share"}};
}

QString RecipientModel::othersNote() const
{
    return m_others.any() ? plain::otherRecipientsSentence(m_others.keys, m_others.keysExact,
                                                           m_others.tally.events)
                          : QString();
}

void RecipientModel::retranslate()
{
    ReviewListModel::retranslate();
    emit flowChanged();
}

QVariantMap RecipientModel::flow() const
{
    // The named recipients, then one group for the rest (kFlowMaxRecipients nodes at most).
    struct Group
    {
        QString name;
        std::int64_t events = 0;
        std::array<std::int64_t, kCategoryCount> byCategory{};
        std::vector<std::pair<QString, std::pair<std::int64_t, Adequacy>>> byCountry;
    };
    const std::size_t named = m_rows.size() > std::size_t{kFlowMaxRecipients}
                                  ? std::size_t{kFlowMaxRecipients} - 1
                                  : m_rows.size();
    std::vector<Group> groups;
    auto addTo = [](Group &g, const RecipientSummary &r) {
        g.events += r.tally.total.events;
        for (std::size_t c = 0; c < g.byCategory.size(); ++c)
            g.byCategory[c] += r.tally.byCategory[c].events;
        auto same = std::find_if(g.byCountry.begin(), g.byCountry.end(),
                                 [&](const auto &k) { return k.first == r.country; });
        if (same == g.byCountry.end()) {
            g.byCountry.push_back({r.country, {r.tally.total.events, r.adequacy}});
        } else {
            same->second.first += r.tally.total.events;
            if (protectionRank(r.adequacy) > protectionRank(same->second.second))
                same->second.second = r.adequacy;
        }
    };
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const RecipientSummary &r = m_rows[i];
        if (i < named) {
            Group g;
            g.name = r.entry && !r.entry->commonName.isEmpty() ? r.entry->commonName : r.name;
            addTo(g, r);
            groups.push_back(std::move(g));
        } else {
            if (groups.size() == named)
                groups.push_back({});
            addTo(groups.back(), r);
        }
    }
    if (groups.size() > named) {
        const int others = plain::pluralCount(static_cast<std::int64_t>(m_rows.size() - named));
        groups.back().name = QCoreApplication::translate(
            "vitrine::Review", "%Ln other(s)", "flow picture: recipients grouped together", others);
    }

    // The kinds of data that went to anyone, in the order of the "recorded" card.
    std::array<std::int64_t, kCategoryCount> sent{};
    for (const Group &g : groups) {
        for (std::size_t c = 0; c < sent.size(); ++c)
            sent[c] += g.byCategory[c];
    }
    std::vector<Category> categories;
    for (const Category c : allCategories()) {
        if (sent[static_cast<std::size_t>(c)] > 0)
            categories.push_back(c);
    }
    sortByPrivacy(categories, sent);

    const Catalogue &catalogue = Catalogue::builtIn();
    const QString lang = Languages::current();
    auto countryName = [&](const QString &code) {
        return code.isEmpty() ? QCoreApplication::translate("vitrine::Review", "unknown country")
                              : plain::countryName(catalogue, code, lang);
    };

    QVariantList categoryNodes;
    for (const Category c : categories) {
        categoryNodes << QVariantMap{{QStringLiteral("id"), latin1(categoryId(c))},
                                     {QStringLiteral("name"), plain::categoryName(c)}};
    }
    QVariantList recipientNodes;
    QVariantList categoryLinks;
    QVariantList countryLinks;
    QStringList countryCodes;
    std::vector<Adequacy> countryAdequacy;
    std::int64_t maxEvents = 0;
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups[gi];
        const int to = static_cast<int>(gi);
        recipientNodes << QVariantMap{
            {QStringLiteral("name"), g.name},
            {QStringLiteral("events"), QVariant::fromValue<qint64>(g.events)}};
        for (std::size_t ci = 0; ci < categories.size(); ++ci) {
            const Category c = categories[ci];
            const std::int64_t events = g.byCategory[static_cast<std::size_t>(c)];
            if (events <= 0)
                continue;
            maxEvents = std::max(maxEvents, events);
            categoryLinks << QVariantMap{
                {QStringLiteral("from"), static_cast<int>(ci)},
                {QStringLiteral("to"), to},
                {QStringLiteral("events"), QVariant::fromValue<qint64>(events)},
                {QStringLiteral("categoryId"), latin1(categoryId(c))},
                {QStringLiteral("text"),
                 QCoreApplication::translate("vitrine::Review", "%1 to %2: %3",
                                             "flow picture: Location to HERE: about 300 times")
                     .arg(plain::categoryName(c), g.name, plain::timesPhrase(events))}};
        }
        for (const auto &[code, tally] : g.byCountry) {
            const auto [events, adequacy] = tally;
            qsizetype ki = countryCodes.indexOf(code);
            if (ki < 0) {
                countryCodes << code;
                countryAdequacy.push_back(adequacy);
                ki = countryCodes.size() - 1;
            } else if (protectionRank(adequacy) >
                       protectionRank(countryAdequacy[static_cast<std::size_t>(ki)])) {
                countryAdequacy[static_cast<std::size_t>(ki)] = adequacy;
            }
            maxEvents = std::max(maxEvents, events);
            countryLinks << QVariantMap{
                {QStringLiteral("from"), to},
                {QStringLiteral("to"), static_cast<int>(ki)},
                {QStringLiteral("events"), QVariant::fromValue<qint64>(events)},
                {QStringLiteral("adequacy"), latin1(adequacyId(adequacy))},
                {QStringLiteral("text"),
                 QCoreApplication::translate("vitrine::Review", "%1 to %2: %3",
                                             "flow picture: Location to HERE: about 300 times")
                     .arg(g.name, countryName(code), plain::timesPhrase(events))}};
        }
    }
    QVariantList countryNodes;
    for (qsizetype k = 0; k < countryCodes.size(); ++k) {
        countryNodes << QVariantMap{
            {QStringLiteral("name"), countryName(countryCodes[k])},
            {QStringLiteral("adequacy"),
             latin1(adequacyId(countryAdequacy[static_cast<std::size_t>(k)]))}};
    }
    return {{QStringLiteral("categories"), categoryNodes},
            {QStringLiteral("recipients"), recipientNodes},
            {QStringLiteral("countries"), countryNodes},
            {QStringLiteral("categoryLinks"), categoryLinks},
            {QStringLiteral("countryLinks"), countryLinks},
            {QStringLiteral("maxEvents"),
             QVariant::fromValue<qint64>(std::max<std::int64_t>(1, maxEvents))}};
}

// --- RejectionModel --------------------------------------------------------------------------

void RejectionModel::reset(std::vector<RejectedItem> rows)
{
    const int before = rowCount();
    beginResetModel();
    std::vector<RejectedItem>().swap(m_rows);
    m_rows = std::move(rows);
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

int RejectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RejectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedItem &r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case LineRole:
        return QVariant::fromValue<qint64>(r.position);
    case Qt::DisplayRole:
    case ReasonRole:
        return rejectionMessage(r.reason, r.detail);
    default:
        return {};
    }
}

QHash<int, QByteArray> RejectionModel::roleNames() const
{
    return {{LineRole, "line"}, {ReasonRole, "reason"}};
}

// --- ComparisonModel -------------------------------------------------------------------------

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

// --- ChoiceModel -----------------------------------------------------------------------------

void ChoiceModel::reset(const std::vector<RecipientSummary> &recipients)
{
    const int before = rowCount();
    beginResetModel();
    std::vector<Row>().swap(m_rows);
    for (const RecipientSummary &r : recipients)
        m_rows.push_back({r.id, r.name});
    endResetModel();
    if (before != rowCount())
        emit countChanged();
    emit choicesChanged();
}

int ChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case RecipientIdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case SwitchOffRole:
        return r.switchOff;
    case AskDeleteRole:
        return r.askDelete;
    case AskCopyRole:
        return r.askCopy;
    default:
        return {};
    }
}

bool ChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[static_cast<std::size_t>(index.row())];
    bool *field = role == SwitchOffRole   ? &r.switchOff
                  : role == AskDeleteRole ? &r.askDelete
                  : role == AskCopyRole   ? &r.askCopy
                                          : nullptr;
    if (!field || *field == value.toBool())
        return false;
    *field = value.toBool();
    emit dataChanged(index, index, {role});
    emit choicesChanged();
    return true;
}

Qt::ItemFlags ChoiceModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> ChoiceModel::roleNames() const
{
    return {{RecipientIdRole, "recipientId"},
            {NameRole, "name"},
            {SwitchOffRole, "switchOff"},
            {AskDeleteRole, "askDelete"},
            {AskCopyRole, "askCopy"}};
}

void ChoiceModel::toggle(int row, const QString &which)
{
    const int role = which == u"switchOff"   ? SwitchOffRole
                     : which == u"askDelete" ? AskDeleteRole
                     : which == u"askCopy"   ? AskCopyRole
                                             : -1;
    if (role < 0 || row < 0 || row >= rowCount())
        return;
    const QModelIndex i = index(row);
    setData(i, !data(i, role).toBool(), role);
}

int ChoiceModel::chosenCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += int(r.switchOff) + int(r.askDelete) + int(r.askCopy);
    return n;
}

// --- TimelineModel ---------------------------------------------------------------------------

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
        sortByPrivacy(m_present, totals);
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
                           {QStringLiteral("id"), latin1(categoryId(c))},
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
