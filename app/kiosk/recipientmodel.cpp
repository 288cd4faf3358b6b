// SPDX-License-Identifier: GPL-3.0-or-later
// The recipients of a summary in the language shown, and the flow picture of categories,
// recipients and countries.

#include "recipientmodel.h"

#include "catalogue.h"
#include "languages.h"
#include "plaintext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <array>
#include <utility>

namespace vitrine {

namespace {

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
    detail::sortByPrivacy(categories, sent);

    const Catalogue &catalogue = Catalogue::builtIn();
    const QString lang = Languages::current();
    auto countryName = [&](const QString &code) {
        return code.isEmpty() ? QCoreApplication::translate("vitrine::Review", "unknown country")
                              : plain::countryName(catalogue, code, lang);
    };

    QVariantList categoryNodes;
    for (const Category c : categories) {
        categoryNodes << QVariantMap{{QStringLiteral("id"), detail::latin1(categoryId(c))},
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
                {QStringLiteral("categoryId"), detail::latin1(categoryId(c))},
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
                {QStringLiteral("adequacy"), detail::latin1(adequacyId(adequacy))},
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
             detail::latin1(adequacyId(countryAdequacy[static_cast<std::size_t>(k)]))}};
    }
    return {{QStringLiteral("categories"), categoryNodes},
            {QStringLiteral("recipients"), recipientNodes},
            {QStringLiteral("countries"), countryNodes},
            {QStringLiteral("categoryLinks"), categoryLinks},
            {QStringLiteral("countryLinks"), countryLinks},
            {QStringLiteral("maxEvents"),
             QVariant::fromValue<qint64>(std::max<std::int64_t>(1, maxEvents))}};
}

} // namespace vitrine
