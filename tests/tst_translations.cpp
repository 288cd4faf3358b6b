// SPDX-License-Identifier: GPL-3.0-or-later
// The four languages are complete and consistent: every string is translated, placeholders and
// plural forms survive translation, Swiss German is written without ß, and the compiled
// translations are the ones the programs load.

#include "catalogue.h"
#include "importmessages.h"
#include "languages.h"
#include "plainsummary.h"
#include "plaintext.h"
#include "readlog.h"
#include "summary.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace vitrine;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList forms; ///< one for a plain message, the plural forms for a numerus one
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!m.numerus) {
                m.forms << xml.readElementText();
                out << m;
            } else {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
                out << m;
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// The placeholders a text uses: %1..%99, %n, %Ln.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?n|\\d{1,2})"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslatedWithItsPlaceholders_data();
    void everyMessageIsTranslatedWithItsPlaceholders();
    void languagesLoadTheirCompiledTranslations_data();
    void languagesLoadTheirCompiledTranslations();
    void unknownLanguageIsRefusedAndKeepsTheCurrentOne();
    void eachRecipientsSentenceNamesItsCountry_data();
    void eachRecipientsSentenceNamesItsCountry();
};

void TestTranslations::everyMessageIsTranslatedWithItsPlaceholders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("swissGerman");
    for (const char *name : {"vitrine_fr.ts", "vitrine_de_CH.ts", "vitrine_it.ts", "vitrine_en.ts"})
        QTest::newRow(name) << test::sourcePath(QStringLiteral("translations/") +
                                                QLatin1StringView(name))
                            << (QLatin1StringView(name) == u"vitrine_de_CH.ts");
}

void TestTranslations::everyMessageIsTranslatedWithItsPlaceholders()
{
    QFETCH(QString, file);
    QFETCH(bool, swissGerman);
    QString error;
    const QList<Message> messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, "the translation file looks empty");
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(where, m.type)));
        // French, German, Italian and English all have two plural forms in Qt.
        QCOMPARE(m.forms.size(), m.numerus ? 2 : 1);
        const QSet<QString> wanted = placeholders(m.source);
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const QString &form = m.forms[i];
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
            if (swissGerman)
                QVERIFY2(!form.contains(u'ß'), qPrintable(QStringLiteral("ß in ") + form));
            QSet<QString> got = placeholders(form);
            // A singular form may spell the number out ("once") instead of using %n.
            if (m.numerus && i == 0)
                got.unite(wanted & QSet<QString>{QStringLiteral("%n"), QStringLiteral("%Ln")});
            QVERIFY2(got == wanted, qPrintable(QStringLiteral("placeholders differ: ") + where +
                                               QStringLiteral(" -> ") + form));
        }
    }
}

void TestTranslations::languagesLoadTheirCompiledTranslations_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("oneEvent");
    QTest::addColumn<QString>("manyEvents");
    QTest::newRow("fr") << "fr"
                        << "Localisation"
                        << "1 événement" << QStringLiteral("environ 15\u202f000 événements");
    QTest::newRow("de") << "de"
                        << "Standort"
                        << "1 Ereignis" << QStringLiteral("etwa 15’000 Ereignisse");
    QTest::newRow("it") << "it"
                        << "Posizione"
                        << "1 evento" << QStringLiteral("circa 15’000 eventi");
    QTest::newRow("en") << "en"
                        << "Location"
                        << "1 event" << QStringLiteral("about 15’000 events");
}

void TestTranslations::languagesLoadTheirCompiledTranslations()
{
    QFETCH(QString, code);
    QFETCH(QString, category);
    QFETCH(QString, oneEvent);
    QFETCH(QString, manyEvents);
    QVERIFY(Languages::install(code));
    QCOMPARE(plain::categoryName(Category::Location), category);
    QCOMPARE(plain::eventsPhrase(1), oneEvent);
    // Rounded for people, grouped the Swiss way, plural of the rounded number.
    QString many = plain::eventsPhrase(15230);
    // Qt versions differ on fr-CH's group separator (narrow or plain no-break space).
    many.replace(u'\u00a0', u'\u202f');
    QCOMPARE(many, manyEvents);
}

void TestTranslations::unknownLanguageIsRefusedAndKeepsTheCurrentOne()
{
    QVERIFY(Languages::install(QStringLiteral("de")));
    QVERIFY(!Languages::install(QStringLiteral("xx")));
    // The previous language stays rather than a half-switched state.
    QCOMPARE(plain::categoryName(Category::Location), QStringLiteral("Standort"));
}

void TestTranslations::eachRecipientsSentenceNamesItsCountry_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("said");
    QTest::addColumn<QStringList>("unsaid");
    QTest::newRow("fr") << "fr"
                        << QStringList{QStringLiteral("HERE se trouve aux Pays-Bas."),
                                       QStringLiteral("Verisk se trouve aux États-Unis."),
                                       QStringLiteral("Volkswagen se trouve en Allemagne.")}
                        << QStringList{QStringLiteral("le pays de")};
    QTest::newRow("de") << "de"
                        << QStringList{QStringLiteral("HERE ist in den Niederlanden."),
                                       QStringLiteral("Verisk ist in den Vereinigten Staaten."),
                                       QStringLiteral("Volkswagen ist in Deutschland.")}
                        << QStringList{QStringLiteral("Land von")};
    QTest::newRow("it") << "it"
                        << QStringList{QStringLiteral("HERE si trova nei Paesi Bassi."),
                                       QStringLiteral("Verisk si trova negli Stati Uniti."),
                                       QStringLiteral("Volkswagen si trova in Germania.")}
                        << QStringList{QStringLiteral("Paese di")};
    QTest::newRow("en") << "en"
                        << QStringList{QStringLiteral("HERE is in the Netherlands."),
                                       QStringLiteral("Verisk is in the United States."),
                                       QStringLiteral("Volkswagen is in Germany.")}
                        << QStringList{QStringLiteral("'s country")};
}

void TestTranslations::eachRecipientsSentenceNamesItsCountry()
{
    // "Switzerland considers that HERE's country protects data adequately" leaves the reader
    // to guess the country: each recipient's sentence names it, with its preposition.
    QFETCH(QString, code);
    QFETCH(QStringList, said);
    QFETCH(QStringList, unsaid);
    QVERIFY(Languages::install(code));
    Summary demo;
    QVERIFY(readLog(test::demoLogPath(), demo).ok());
    const QString text = plainSummary(demo, Catalogue::builtIn(), code);
    for (const QString &s : said)
        QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" is not in:\n") + text));
    for (const QString &s : unsaid)
        QVERIFY2(!text.contains(s), qPrintable(s));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
