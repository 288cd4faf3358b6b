// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the recipient catalogue and the adequacy list: the data shipped in
// resources/catalogue/ keeps the rules of docs/catalogue.md, and matching a party to an entry
// never guesses.

#include "catalogue.h"
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace vitrine;

namespace {

QJsonObject readJson(const QString &relative)
{
    QFile f(test::sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonArray rawRecipients()
{
    return readJson(QStringLiteral("resources/catalogue/recipients.json"))
        .value(u"recipients")
        .toArray();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

const QStringList kRoles = {
    QStringLiteral("carmaker"),
    QStringLiteral("map_traffic"),
    QStringLiteral("voice_assistant"),
    QStringLiteral("telecom"),
    QStringLiteral("insurer"),
    QStringLiteral("data_broker"),
    QStringLiteral("streaming"),
    QStringLiteral("charging"),
    QStringLiteral("cloud"),
    QStringLiteral("software_platform"),
    QStringLiteral("roadside_assistance"),
    QStringLiteral("fleet_telematics"),
};

// The purpose tokens of the VDFL contract.
const QStringList kPurposes = {
    QStringLiteral("navigation"),      QStringLiteral("traffic"),
    QStringLiteral("remote_services"), QStringLiteral("emergency_call"),
    QStringLiteral("breakdown"),       QStringLiteral("diagnostics"),
    QStringLiteral("maintenance"),     QStringLiteral("software_update"),
    QStringLiteral("insurance"),       QStringLiteral("usage_based_insurance"),
    QStringLiteral("marketing"),       QStringLiteral("product_improvement"),
    QStringLiteral("voice_assistant"), QStringLiteral("entertainment"),
    QStringLiteral("charging"),        QStringLiteral("legal_request"),
    QStringLiteral("other"),
};

const QStringList kCategories = {
    QStringLiteral("location"), QStringLiteral("driving"), QStringLiteral("driver"),
    QStringLiteral("cabin"),    QStringLiteral("phone"),   QStringLiteral("media"),
    QStringLiteral("identity"), QStringLiteral("vehicle"), QStringLiteral("energy"),
    QStringLiteral("software"),
};

// A small valid countries.json for the inline catalogues.
const QByteArray kCountries = R"({"version": 1, "list": "test list", "list_date": "2024-09-15",
 "countries": [{"code": "CH", "adequacy": "domestic", "name": {"en": "Switzerland"}},
               {"code": "DE", "adequacy": "adequate", "name": {"en": "Germany"}},
               {"code": "US", "adequacy": "dpf_only", "name": {"en": "United States"}}]})";

QString idOf(Adequacy a)
{
    const std::string_view id = adequacyId(a);
    return QString::fromLatin1(id.data(), qsizetype(id.size()));
}

QByteArray recipientsJson(const QByteArray &entries)
{
    return R"({"version": 1, "date": "2026-01-01", "recipients": [)" + entries + "]}";
}

} // namespace

class CatalogueTest : public QObject
{
    Q_OBJECT

private slots:
    void builtInCatalogueLoadsEveryEntry();
    void idsAreUniqueLowerCaseSlugs();
    void everyEntryHasLegalNameAndRealListedCountry();
    void everyDomainBelongsToOneEntry();
    void domainsAreValidLowerCaseDomainNames();
    void noDomainLiesUnderAnotherEntrysDomainUnlessDocumented();
    void rolesPurposesAndCategoriesComeFromTheAllowedLists();
    void descriptionsExistInFourLanguagesWithoutEszett();
    void dpfCertifiedIsSetOnlyForUsEntities();
    void everyEntryHasASourceUrl();
    void adequacyListHasNameAndDate();
    void everyListedCountryIsRealIsoCodeWithFourNames();
    void everyCountryHasItsNameWithAPrepositionInFourLanguages();
    void adequacyOfKeyCountries_data();
    void adequacyOfKeyCountries();
    void matchFindsEntryOrNothing_data();
    void matchFindsEntryOrNothing();
    void matchPrefersLongestDomain();
    void adequacyForUsEntryWithoutDpfIsDpfOnly();
    void adequacyForGermanEntryIsAdequate();
    void adequacyForUsEntryDependsOnDpfCertification();
    void fromJsonAcceptsSmallValidCatalogue();
    void fromJsonRejectsDuplicates_data();
    void fromJsonRejectsDuplicates();
};

void CatalogueTest::builtInCatalogueLoadsEveryEntry()
{
    const Catalogue &cat = Catalogue::builtIn();
    QVERIFY(cat.version() >= 1);
    QVERIFY2(QDate::fromString(cat.date(), Qt::ISODate).isValid(), qPrintable(cat.date()));
    QVERIFY2(cat.recipients().size() >= 40, qPrintable(QString::number(cat.recipients().size())));
    // Nothing of the file is dropped on load.
    QCOMPARE(cat.recipients().size(), rawRecipients().size());
    const QJsonArray countries = readJson(QStringLiteral("resources/catalogue/countries.json"))
                                     .value(u"countries")
                                     .toArray();
    QVERIFY(!countries.isEmpty());
    QCOMPARE(cat.countries().size(), countries.size());
}

void CatalogueTest::idsAreUniqueLowerCaseSlugs()
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> seen;
    for (const Recipient &r : Catalogue::builtIn().recipients()) {
        QVERIFY2(slug.match(r.id).hasMatch(), qPrintable(r.id));
        QVERIFY2(!seen.contains(r.id), qPrintable(r.id + QStringLiteral(" twice")));
        seen.insert(r.id);
        QCOMPARE(Catalogue::builtIn().byId(r.id), &r);
    }
}

void CatalogueTest::everyEntryHasLegalNameAndRealListedCountry()
{
    const Catalogue &cat = Catalogue::builtIn();
    for (const Recipient &r : cat.recipients()) {
        QVERIFY2(!r.name.trimmed().isEmpty(), qPrintable(r.id));
        QVERIFY2(r.country.size() == 2 && r.country == r.country.toUpper(),
                 qPrintable(r.id + u' ' + r.country));
        QVERIFY2(QLocale::codeToTerritory(r.country) != QLocale::AnyTerritory,
                 qPrintable(r.id + QStringLiteral(": not an ISO code: ") + r.country));
        QVERIFY2(cat.country(r.country) != nullptr,
                 qPrintable(r.id + QStringLiteral(": not in countries.json: ") + r.country));
    }
}

void CatalogueTest::everyDomainBelongsToOneEntry()
{
    QHash<QString, QString> owner;
    for (const QJsonValue &v : rawRecipients()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id").toString();
        for (const QString &d : strings(o.value(u"domains"))) {
            const QString key = d.toLower();
            QVERIFY2(!owner.contains(key),
                     qPrintable(d + QStringLiteral(" listed by ") + owner.value(key) +
                                QStringLiteral(" and ") + id));
            owner.insert(key, id);
        }
    }
    QVERIFY(!owner.isEmpty());
    // And the catalogue finds each domain's own entry.
    const Catalogue &cat = Catalogue::builtIn();
    for (auto it = owner.cbegin(); it != owner.cend(); ++it) {
        const QByteArray host = it.key().toUtf8();
        const Recipient *r = cat.match(std::string_view(host.constData(), size_t(host.size())));
        QVERIFY2(r != nullptr, host.constData());
        QCOMPARE(r->id, it.value());
    }
}

void CatalogueTest::domainsAreValidLowerCaseDomainNames()
{
    // Labels of letters, digits and inner hyphens, at least two labels, an alphabetic TLD.
    static const QRegularExpression domain(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
    for (const QJsonValue &v : rawRecipients()) {
        const QJsonObject o = v.toObject();
        for (const QString &d : strings(o.value(u"domains"))) {
            QVERIFY2(domain.match(d).hasMatch(),
                     qPrintable(o.value(u"id").toString() + QStringLiteral(": ") + d));
        }
    }
}

void CatalogueTest::noDomainLiesUnderAnotherEntrysDomainUnlessDocumented()
{
    // docs/catalogue.md: a domain under another entry's domain is allowed only when it truly
    // belongs to a different organisation, and the sources table then says so.
    QFile doc(test::sourcePath(QStringLiteral("docs/catalogue.md")));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QStringList docLines = QString::fromUtf8(doc.readAll()).split(u'\n');
    auto documented = [&](const QString &id, const QString &domain) {
        const QString row = QStringLiteral("| `%1` |").arg(id);
        for (const QString &line : docLines) {
            if (line.startsWith(row) && line.contains(domain))
                return true;
        }
        return false;
    };
    const QList<Recipient> &all = Catalogue::builtIn().recipients();
    for (const Recipient &a : all) {
        for (const QString &da : a.domains) {
            for (const Recipient &b : all) {
                if (&a == &b)
                    continue;
                for (const QString &db : b.domains) {
                    if (da.endsWith(u'.' + db)) {
                        QVERIFY2(documented(a.id, da),
                                 qPrintable(QStringLiteral("%1 (%2) lies under %3 (%4)")
                                                .arg(da, a.id, db, b.id)));
                    }
                }
            }
        }
    }
}

void CatalogueTest::rolesPurposesAndCategoriesComeFromTheAllowedLists()
{
    for (const QJsonValue &v : rawRecipients()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id").toString();
        const QString role = o.value(u"role").toString();
        QVERIFY2(kRoles.contains(role), qPrintable(id + QStringLiteral(": role ") + role));
        QVERIFY2(o.value(u"purposes").isArray(), qPrintable(id));
        for (const QString &p : strings(o.value(u"purposes")))
            QVERIFY2(kPurposes.contains(p), qPrintable(id + QStringLiteral(": purpose ") + p));
        QVERIFY2(o.value(u"categories").isArray(), qPrintable(id));
        for (const QString &c : strings(o.value(u"categories")))
            QVERIFY2(kCategories.contains(c), qPrintable(id + QStringLiteral(": category ") + c));
    }
    // The loaded entries keep the role as written.
    for (const Recipient &r : Catalogue::builtIn().recipients())
        QVERIFY2(kRoles.contains(r.role), qPrintable(r.id));
}

void CatalogueTest::descriptionsExistInFourLanguagesWithoutEszett()
{
    for (const Recipient &r : Catalogue::builtIn().recipients()) {
        const LocalizedText &d = r.description;
        QVERIFY2(!d.fr.trimmed().isEmpty(), qPrintable(r.id + QStringLiteral(": fr")));
        QVERIFY2(!d.de.trimmed().isEmpty(), qPrintable(r.id + QStringLiteral(": de")));
        QVERIFY2(!d.it.trimmed().isEmpty(), qPrintable(r.id + QStringLiteral(": it")));
        QVERIFY2(!d.en.trimmed().isEmpty(), qPrintable(r.id + QStringLiteral(": en")));
        // Swiss German spelling writes "ss".
        QVERIFY2(!d.de.contains(u'ß'), qPrintable(r.id + QStringLiteral(": ") + d.de));
    }
    for (const Country &c : Catalogue::builtIn().countries()) {
        QVERIFY2(!c.name.de.contains(u'ß'), qPrintable(c.code));
        QVERIFY2(!c.note.de.contains(u'ß'), qPrintable(c.code));
    }
}

void CatalogueTest::dpfCertifiedIsSetOnlyForUsEntities()
{
    for (const QJsonValue &v : rawRecipients()) {
        const QJsonObject o = v.toObject();
        const QJsonValue dpf = o.value(u"dpf_certified");
        QVERIFY2(dpf.isNull() || dpf.isUndefined() || dpf.isBool(),
                 qPrintable(o.value(u"id").toString()));
        if (!dpf.isNull() && !dpf.isUndefined()) {
            QVERIFY2(o.value(u"country").toString() == u"US",
                     qPrintable(o.value(u"id").toString() + QStringLiteral(" is not in the US")));
        }
    }
    for (const Recipient &r : Catalogue::builtIn().recipients()) {
        if (r.dpfCertified.has_value())
            QVERIFY2(r.country == u"US", qPrintable(r.id));
    }
}

void CatalogueTest::everyEntryHasASourceUrl()
{
    for (const Recipient &r : Catalogue::builtIn().recipients()) {
        QVERIFY2(!r.sources.isEmpty(), qPrintable(r.id));
        for (const QString &s : r.sources) {
            const QUrl url(s, QUrl::StrictMode);
            QVERIFY2(url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") &&
                         !url.host().isEmpty(),
                     qPrintable(r.id + QStringLiteral(": ") + s));
        }
    }
}

void CatalogueTest::adequacyListHasNameAndDate()
{
    const Catalogue &cat = Catalogue::builtIn();
    QVERIFY(!cat.adequacyListName().trimmed().isEmpty());
    QVERIFY2(QDate::fromString(cat.adequacyListDate(), Qt::ISODate).isValid(),
             qPrintable(cat.adequacyListDate()));
}

void CatalogueTest::everyCountryHasItsNameWithAPrepositionInFourLanguages()
{
    // "HERE is in the Netherlands": a sentence names the country with the preposition each
    // language gives it, which no rule can derive from the name ("aux Pays-Bas", "in der
    // Schweiz", "nei Paesi Bassi").
    const QHash<QString, QStringList> prepositions = {
        {QStringLiteral("fr"),
         {QStringLiteral("en"), QStringLiteral("au"), QStringLiteral("aux"), QStringLiteral("à"),
          QStringLiteral("sur")}},
        {QStringLiteral("de"), {QStringLiteral("in"), QStringLiteral("im"), QStringLiteral("auf")}},
        {QStringLiteral("it"),
         {QStringLiteral("in"), QStringLiteral("a"), QStringLiteral("nel"), QStringLiteral("nei"),
          QStringLiteral("negli"), QStringLiteral("nelle"), QStringLiteral("sull’")}},
        {QStringLiteral("en"), {QStringLiteral("in"), QStringLiteral("on")}},
    };
    for (const Country &c : Catalogue::builtIn().countries()) {
        const QStringList forms = {c.locative.fr, c.locative.de, c.locative.it, c.locative.en};
        const QStringList langs = {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("it"),
                                   QStringLiteral("en")};
        for (qsizetype i = 0; i < langs.size(); ++i) {
            const QString &form = forms[i];
            const QString where = c.code + u' ' + langs[i] + QStringLiteral(": ") + form;
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(!form.contains(u'ß'), qPrintable(where));
            bool starts = false;
            for (const QString &p : prepositions.value(langs[i])) {
                starts =
                    starts || form.startsWith(p + u' ') || (p.endsWith(u'’') && form.startsWith(p));
            }
            QVERIFY2(starts, qPrintable(where));
        }
    }
    QCOMPARE(Catalogue::builtIn().country(QStringLiteral("NL"))->locative.fr,
             QStringLiteral("aux Pays-Bas"));
    QCOMPARE(Catalogue::builtIn().country(QStringLiteral("CH"))->locative.de,
             QStringLiteral("in der Schweiz"));
}

void CatalogueTest::everyListedCountryIsRealIsoCodeWithFourNames()
{
    QSet<QString> seen;
    for (const Country &c : Catalogue::builtIn().countries()) {
        QVERIFY2(QLocale::codeToTerritory(c.code) != QLocale::AnyTerritory, qPrintable(c.code));
        QVERIFY2(!seen.contains(c.code), qPrintable(c.code));
        seen.insert(c.code);
        QVERIFY2(!c.name.fr.isEmpty() && !c.name.de.isEmpty() && !c.name.it.isEmpty() &&
                     !c.name.en.isEmpty(),
                 qPrintable(c.code));
        if (c.adequacy == Adequacy::AdequatePrivate || c.adequacy == Adequacy::DpfOnly) {
            // The condition must be told to the customer in every language.
            QVERIFY2(!c.note.fr.isEmpty() && !c.note.de.isEmpty() && !c.note.it.isEmpty() &&
                         !c.note.en.isEmpty(),
                     qPrintable(c.code));
        }
    }
}

void CatalogueTest::adequacyOfKeyCountries_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected"); // as in countries.json
    QTest::addRow("CH domestic") << QStringLiteral("CH") << QStringLiteral("domestic");
    QTest::addRow("DE adequate") << QStringLiteral("DE") << QStringLiteral("adequate");
    QTest::addRow("FR adequate") << QStringLiteral("FR") << QStringLiteral("adequate");
    QTest::addRow("IT adequate") << QStringLiteral("IT") << QStringLiteral("adequate");
    QTest::addRow("AT adequate") << QStringLiteral("AT") << QStringLiteral("adequate");
    QTest::addRow("LI adequate") << QStringLiteral("LI") << QStringLiteral("adequate");
    QTest::addRow("GB adequate") << QStringLiteral("GB") << QStringLiteral("adequate");
    QTest::addRow("CA adequate_private")
        << QStringLiteral("CA") << QStringLiteral("adequate_private");
    QTest::addRow("US dpf_only") << QStringLiteral("US") << QStringLiteral("dpf_only");
    QTest::addRow("CN not_adequate") << QStringLiteral("CN") << QStringLiteral("not_adequate");
}

void CatalogueTest::adequacyOfKeyCountries()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const Country *c = Catalogue::builtIn().country(code);
    QVERIFY2(c != nullptr, qPrintable(code));
    QCOMPARE(idOf(c->adequacy), expected);
}

void CatalogueTest::matchFindsEntryOrNothing_data()
{
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("expectedId"); // empty: no entry
    QTest::addRow("registered domain") << QStringLiteral("bmw.com") << QStringLiteral("bmw");
    QTest::addRow("sub-domain") << QStringLiteral("cocoapi.bmwgroup.com") << QStringLiteral("bmw");
    QTest::addRow("deep sub-domain")
        << QStringLiteral("a.b.c.verisk.com") << QStringLiteral("verisk");
    QTest::addRow("org:ID") << QStringLiteral("org:verisk") << QStringLiteral("verisk");
    QTest::addRow("org:ID without domains") << QStringLiteral("org:move") << QStringLiteral("move");
    QTest::addRow("unknown org:ID") << QStringLiteral("org:no-such-entry") << QString();
    QTest::addRow("unknown host") << QStringLiteral("telemetry.example.net") << QString();
    QTest::addRow("look-alike prefix") << QStringLiteral("notbmw.com") << QString();
    QTest::addRow("known domain as a prefix") << QStringLiteral("bmw.com.example.net") << QString();
    QTest::addRow("top-level domain alone") << QStringLiteral("com") << QString();
    QTest::addRow("IPv4 address") << QStringLiteral("192.0.2.44") << QString();
    QTest::addRow("IPv6 address") << QStringLiteral("2001:db8::1") << QString();
    QTest::addRow("IPv6 loopback") << QStringLiteral("::1") << QString();
}

void CatalogueTest::matchFindsEntryOrNothing()
{
    QFETCH(QString, party);
    QFETCH(QString, expectedId);
    const Catalogue &cat = Catalogue::builtIn();
    if (party == u"notbmw.com" && cat.byId(QStringLiteral("notbmw")))
        QSKIP("notbmw is a catalogue entry");
    const QByteArray utf8 = party.toUtf8();
    const Recipient *r = cat.match(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (expectedId.isEmpty()) {
        QVERIFY2(r == nullptr,
                 qPrintable(party + QStringLiteral(" matched ") + (r ? r->id : QString())));
    } else {
        QVERIFY2(r != nullptr, qPrintable(party));
        QCOMPARE(r->id, expectedId);
    }
}

void CatalogueTest::matchPrefersLongestDomain()
{
    QString error;
    const auto cat =
        Catalogue::fromJson(recipientsJson(R"({"id": "parent", "name": "Parent AG", "country": "DE",
                           "domains": ["example.com"]},
                          {"id": "child", "name": "Child Inc.", "country": "US",
                           "domains": ["risk.example.com"]})"),
                            kCountries, &error);
    QVERIFY2(cat.has_value(), qPrintable(error));
    const Recipient *r = cat->match("api.risk.example.com");
    QVERIFY(r != nullptr);
    QCOMPARE(r->id, QStringLiteral("child"));
    r = cat->match("risk.example.com");
    QVERIFY(r != nullptr);
    QCOMPARE(r->id, QStringLiteral("child"));
    r = cat->match("www.example.com");
    QVERIFY(r != nullptr);
    QCOMPARE(r->id, QStringLiteral("parent"));
    QCOMPARE(cat->match("notrisk.example.com")->id, QStringLiteral("parent"));
}

void CatalogueTest::adequacyForUsEntryWithoutDpfIsDpfOnly()
{
    const Catalogue &cat = Catalogue::builtIn();
    const Recipient *r = cat.byId(QStringLiteral("verisk"));
    QVERIFY(r != nullptr);
    QCOMPARE(r->country, QStringLiteral("US"));
    QVERIFY(!r->dpfCertified.has_value());
    QCOMPARE(idOf(cat.adequacyFor(*r)), idOf(Adequacy::DpfOnly));
}

void CatalogueTest::adequacyForGermanEntryIsAdequate()
{
    const Catalogue &cat = Catalogue::builtIn();
    const Recipient *r = cat.byId(QStringLiteral("bmw"));
    QVERIFY(r != nullptr);
    QCOMPARE(r->country, QStringLiteral("DE"));
    QCOMPARE(idOf(cat.adequacyFor(*r)), idOf(Adequacy::Adequate));
}

void CatalogueTest::adequacyForUsEntryDependsOnDpfCertification()
{
    QString error;
    const auto cat =
        Catalogue::fromJson(recipientsJson(R"({"id": "certified", "name": "C Inc.", "country": "US",
                           "dpf_certified": true},
                          {"id": "uncertified", "name": "U Inc.", "country": "US",
                           "dpf_certified": false},
                          {"id": "unestablished", "name": "N Inc.", "country": "US",
                           "dpf_certified": null},
                          {"id": "swiss", "name": "S AG", "country": "CH"},
                          {"id": "nowhere", "name": "X Ltd", "country": "ZZ"})"),
                            kCountries, &error);
    QVERIFY2(cat.has_value(), qPrintable(error));
    auto of = [&](const char *id) {
        return idOf(cat->adequacyFor(*cat->byId(QString::fromLatin1(id))));
    };
    QCOMPARE(of("certified"), idOf(Adequacy::Adequate));
    QCOMPARE(of("uncertified"), idOf(Adequacy::DpfOnly));
    QCOMPARE(of("unestablished"), idOf(Adequacy::DpfOnly));
    QCOMPARE(of("swiss"), idOf(Adequacy::Domestic));
    // A country missing from the list is never shown as adequate.
    QCOMPARE(of("nowhere"), idOf(Adequacy::NotAdequate));
}

void CatalogueTest::fromJsonAcceptsSmallValidCatalogue()
{
    QString error;
    const auto cat = Catalogue::fromJson(
        recipientsJson(R"({"id": "a", "name": "A AG", "country": "DE", "domains": ["a.example"],
                           "categories": ["location"]},
                          {"id": "b", "name": "B AG", "country": "CH", "domains": ["b.example"]})"),
        kCountries, &error);
    QVERIFY2(cat.has_value(), qPrintable(error));
    QCOMPARE(cat->recipients().size(), 2);
    QCOMPARE(cat->match("x.b.example")->id, QStringLiteral("b"));
}

void CatalogueTest::fromJsonRejectsDuplicates_data()
{
    QTest::addColumn<QByteArray>("entries");
    QTest::addColumn<QString>("named"); // what the error must name
    QTest::addRow("id twice")
        << QByteArray(
               R"({"id": "a", "name": "A AG", "country": "DE", "domains": ["a.example"]},
           {"id": "a", "name": "A2 AG", "country": "DE", "domains": ["a2.example"]})")
        << QStringLiteral("a");
    QTest::addRow("domain in two entries")
        << QByteArray(
               R"({"id": "a", "name": "A AG", "country": "DE", "domains": ["shared.example"]},
           {"id": "b", "name": "B AG", "country": "DE", "domains": ["shared.example"]})")
        << QStringLiteral("shared.example");
    QTest::addRow("domain twice in one entry")
        << QByteArray(
               R"({"id": "a", "name": "A AG", "country": "DE",
            "domains": ["twice.example", "twice.example"]})")
        << QStringLiteral("twice.example");
    QTest::addRow("domain twice differing in case")
        << QByteArray(
               R"({"id": "a", "name": "A AG", "country": "DE", "domains": ["case.example"]},
           {"id": "b", "name": "B AG", "country": "DE", "domains": ["CASE.Example"]})")
        << QStringLiteral("case.example");
}

void CatalogueTest::fromJsonRejectsDuplicates()
{
    QFETCH(QByteArray, entries);
    QFETCH(QString, named);
    QString error;
    const auto cat = Catalogue::fromJson(recipientsJson(entries), kCountries, &error);
    QVERIFY(!cat.has_value());
    QVERIFY2(error.contains(named), qPrintable(error));
}

QTEST_GUILESS_MAIN(CatalogueTest)
#include "tst_catalogue.moc"
