#include "reviewmodels.h"

#include "languages.h"
#include "plaintext.h"
#include "rfc3339.h"

#include <QCoreApplication>

#include <algorithm>

namespace vitrine {

namespace {

bool isAdequate(Adequacy a)
{
    return a == Adequacy::Domestic || a == Adequacy::Adequate || a == Adequacy::AdequatePrivate;
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

void RecipientModel::reset(std::vector<RecipientSummary> recipients)
{
    const int before = rowCount();
    beginResetModel();
    std::vector<RecipientSummary>().swap(m_rows);
    m_rows = std::move(recipients);
    m_max = 0;
    for (const RecipientSummary &r : m_rows)
        m_max = std::max(m_max, r.tally.total.events);
    endResetModel();
    if (before != rowCount())
        emit countChanged();
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
    case AdequacySentenceRole:
        return plain::adequacySentence(r.adequacy, shortName);
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
            {AdequacySentenceRole, "adequacySentence"},
            {KnownRole, "known"},
            {EventsRole, "events"},
            {EventsTextRole, "eventsText"},
            {CategoryNamesRole, "categoryNames"},
            {DescriptionRole, "description"},
            {PrivacyContactRole, "privacyContact"},
            {ShareRole, "share"}};
}

// --- RejectionModel --------------------------------------------------------------------------

void RejectionModel::reset(std::vector<RejectedLine> rows)
{
    const int before = rowCount();
    beginResetModel();
    std::vector<RejectedLine>().swap(m_rows);
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
    const RejectedLine &r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case LineRole:
        return QVariant::fromValue<qint64>(r.line);
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

void TimelineModel::reset(const Summary *summary)
{
    const int before = rowCount();
    beginResetModel();
    std::vector<Week>().swap(m_rows);
    m_present = 0;
    m_max = 0;
    if (summary && summary->hasRecords()) {
        const QDate epoch(1970, 1, 1);
        for (const auto &[day, tally] : summary->byDay()) {
            const QDate date = epoch.addDays(day);
            const QDate monday = date.addDays(1 - date.dayOfWeek());
            if (m_rows.empty() || m_rows.back().start != monday) {
                // Empty weeks in between stay visible as gaps in the chart.
                while (!m_rows.empty() && m_rows.back().start.addDays(7) < monday)
                    m_rows.push_back({m_rows.back().start.addDays(7)});
                m_rows.push_back({monday});
            }
            Week &w = m_rows.back();
            w.total += tally.total.events;
            for (std::size_t c = 0; c < w.byCategory.size(); ++c) {
                w.byCategory[c] += tally.eventsByCategory[c];
                if (tally.eventsByCategory[c] > 0)
                    m_present |= categoryBit(static_cast<Category>(c));
            }
        }
        for (const Week &w : m_rows)
            m_max = std::max<qint64>(m_max, w.total);
    }
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

qint64 TimelineModel::events(int row, int category) const
{
    if (row < 0 || row >= rowCount() || category < 0 || category >= kCategoryCount)
        return 0;
    return m_rows[static_cast<std::size_t>(row)].byCategory[static_cast<std::size_t>(category)];
}

QVariantList TimelineModel::presentCategories() const
{
    QVariantList out;
    for (const Category c : allCategories()) {
        if (m_present & categoryBit(c)) {
            out << QVariantMap{{QStringLiteral("index"), static_cast<int>(c)},
                               {QStringLiteral("name"), plain::categoryName(c)}};
        }
    }
    return out;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Week &w = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case WeekStartRole:
        return w.start;
    case Qt::DisplayRole:
    case LabelRole:
        return w.start.toString(QStringLiteral("dd.MM."));
    case TotalRole:
        return QVariant::fromValue<qint64>(w.total);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{WeekStartRole, "weekStart"}, {LabelRole, "label"}, {TotalRole, "total"}};
}

} // namespace vitrine
