// SPDX-License-Identifier: GPL-3.0-or-later
// How the catalogue is read from its JSON files, and how a host is matched to an organisation:
// by its longest known domain, never by a guess.

#include "catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vitrine {

std::string_view adequacyId(Adequacy a)
{
    switch (a) {
    case Adequacy::Unknown:
        return "unknown";
    case Adequacy::Domestic:
        return "domestic";
    case Adequacy::Adequate:
        return "adequate";
    case Adequacy::AdequatePrivate:
        return "adequate_private";
    case Adequacy::DpfOnly:
        return "dpf_only";
    case Adequacy::NotAdequate:
        return "not_adequate";
    }
    return "unknown";
}

bool isAdequate(Adequacy a)
{
    return a == Adequacy::Domestic || a == Adequacy::Adequate || a == Adequacy::AdequatePrivate;
}

bool isNotAdequate(Adequacy a)
{
    return a == Adequacy::NotAdequate || a == Adequacy::DpfOnly;
}

QString LocalizedText::in(const QString &lang) const
{
    const QString l = lang.left(2);
    const QString &t = l == u"fr" ? fr : l == u"de" ? de : l == u"it" ? it : en;
    return t.isEmpty() ? en : t;
}

namespace {

LocalizedText localized(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(u"fr").toString(), o.value(u"de").toString(), o.value(u"it").toString(),
            o.value(u"en").toString()};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

std::optional<Adequacy> adequacyFromId(const QString &s)
{
    for (auto a : {Adequacy::Domestic, Adequacy::Adequate, Adequacy::AdequatePrivate,
                   Adequacy::DpfOnly, Adequacy::NotAdequate}) {
        if (s == QLatin1StringView(adequacyId(a).data(), qsizetype(adequacyId(a).size())))
            return a;
    }
    return std::nullopt;
}

} // namespace

std::optional<Catalogue> Catalogue::fromJson(const QByteArray &recipientsJson,
                                             const QByteArray &countriesJson, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Catalogue> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe{};
    const QJsonDocument rdoc = QJsonDocument::fromJson(recipientsJson, &pe);
    if (pe.error != QJsonParseError::NoError || !rdoc.isObject())
        return fail(QStringLiteral("recipients.json: %1").arg(pe.errorString()));
    const QJsonDocument cdoc = QJsonDocument::fromJson(countriesJson, &pe);
    if (pe.error != QJsonParseError::NoError || !cdoc.isObject())
        return fail(QStringLiteral("countries.json: %1").arg(pe.errorString()));

    Catalogue cat;
    const QJsonObject root = rdoc.object();
    cat.m_version = root.value(u"version").toInt();
    cat.m_date = root.value(u"date").toString();
    const QJsonObject croot = cdoc.object();
    cat.m_listName = croot.value(u"list").toString();
    cat.m_listDate = croot.value(u"list_date").toString();

    for (const QJsonValue &cv : croot.value(u"countries").toArray()) {
        const QJsonObject o = cv.toObject();
        Country c;
        c.code = o.value(u"code").toString();
        const auto a = adequacyFromId(o.value(u"adequacy").toString());
        if (c.code.size() != 2 || !a)
            return fail(QStringLiteral("countries.json: bad entry %1").arg(c.code));
        c.adequacy = *a;
        c.name = localized(o.value(u"name"));
        c.locative = localized(o.value(u"in"));
        c.note = localized(o.value(u"note"));
        if (cat.m_byCountry.contains(c.code))
            return fail(QStringLiteral("countries.json: %1 twice").arg(c.code));
        cat.m_byCountry.insert(c.code, cat.m_countries.size());
        cat.m_countries << c;
    }

    for (const QJsonValue &rv : root.value(u"recipients").toArray()) {
        const QJsonObject o = rv.toObject();
        Recipient r;
        r.id = o.value(u"id").toString();
        r.name = o.value(u"name").toString();
        r.commonName = o.value(u"common_name").toString();
        r.country = o.value(u"country").toString();
        const QJsonValue dpf = o.value(u"dpf_certified");
        if (dpf.isBool())
            r.dpfCertified = dpf.toBool();
        r.role = o.value(u"role").toString();
        r.purposes = strings(o.value(u"purposes"));
        const QJsonObject pc = o.value(u"privacy_contact").toObject();
        r.privacyContact = {pc.value(u"email").toString(), pc.value(u"url").toString(),
                            pc.value(u"postal").toString()};
        for (const QString &d : strings(o.value(u"domains")))
            r.domains << d.toLower();
        for (const QString &c : strings(o.value(u"categories"))) {
            const QByteArray utf8 = c.toUtf8();
            const auto cat1 =
                categoryFromId(std::string_view(utf8.constData(), size_t(utf8.size())));
            if (!cat1)
                return fail(
                    QStringLiteral("recipients.json: %1: unknown category %2").arg(r.id, c));
            r.categories |= categoryBit(*cat1);
        }
        r.description = localized(o.value(u"description"));
        r.sources = strings(o.value(u"sources"));
        if (r.id.isEmpty() || r.name.isEmpty())
            return fail(QStringLiteral("recipients.json: an entry has no id or name"));
        if (cat.m_byId.contains(r.id))
            return fail(QStringLiteral("recipients.json: id %1 twice").arg(r.id));
        const qsizetype index = cat.m_recipients.size();
        cat.m_byId.insert(r.id, index);
        for (const QString &d : std::as_const(r.domains)) {
            if (cat.m_byDomain.contains(d))
                return fail(QStringLiteral("recipients.json: domain %1 twice").arg(d));
            cat.m_byDomain.insert(d, index);
        }
        cat.m_recipients << r;
    }
    return cat;
}

const Catalogue &Catalogue::builtIn()
{
    static const Catalogue cat = [] {
        QFile r(QStringLiteral(":/vitrine/catalogue/recipients.json"));
        QFile c(QStringLiteral(":/vitrine/catalogue/countries.json"));
        QString error;
        std::optional<Catalogue> loaded;
        if (r.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly))
            loaded = fromJson(r.readAll(), c.readAll(), &error);
        // The built-in files are checked by the tests; an empty catalogue here only means every
        // host shows as unknown, which is honest.
        if (!loaded)
            qWarning("built-in catalogue not loaded: %s", qPrintable(error));
        return loaded ? *loaded : Catalogue{};
    }();
    return cat;
}

const Recipient *Catalogue::match(std::string_view party) const
{
    if (party.substr(0, 4) == "org:") {
        return byId(QString::fromUtf8(party.substr(4).data(), qsizetype(party.size() - 4)));
    }
    // An address names no organisation by itself: never guess from it.
    bool address = true;
    for (const char c : party)
        address = address && ((c >= '0' && c <= '9') || c == '.');
    if (address || party.find(':') != std::string_view::npos)
        return nullptr;
    QString host = QString::fromUtf8(party.data(), qsizetype(party.size()));
    // Try the host itself, then each parent domain: the first hit is the longest domain.
    for (;;) {
        const auto it = m_byDomain.constFind(host);
        if (it != m_byDomain.cend())
            return &m_recipients[*it];
        const qsizetype dot = host.indexOf(u'.');
        if (dot < 0)
            return nullptr;
        host = host.mid(dot + 1);
    }
}

const Recipient *Catalogue::byId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_recipients[*it];
}

const Country *Catalogue::country(const QString &code) const
{
    const auto it = m_byCountry.constFind(code);
    return it == m_byCountry.cend() ? nullptr : &m_countries[*it];
}

Adequacy Catalogue::adequacyFor(const Recipient &recipient) const
{
    const Country *c = country(recipient.country);
    if (!c)
        return recipient.country.isEmpty() ? Adequacy::Unknown : Adequacy::NotAdequate;
    if (c->adequacy == Adequacy::DpfOnly)
        return recipient.dpfCertified.value_or(false) ? Adequacy::Adequate : Adequacy::DpfOnly;
    return c->adequacy;
}

} // namespace vitrine
