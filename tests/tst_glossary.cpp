// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed terms of translations/glossary.md hold everywhere the customer reads: no translation
// and no catalogue text uses a variant the glossary rules out, Swiss German has no ß, the act is
// never called "nDSG", and no sentence has more than 25 words.

#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <vector>

using namespace vitrine;

namespace {

/** One text a reader sees, with where it comes from, for the failure messages. */
struct Text
{
    QString where; ///< "[ReviewScreen] “Advisor”" or "recipients.json volkswagen"
    QString text;
};

/** A variant the glossary rules out, as a regular expression. */
struct Variant
{
    QString written; ///< as the glossary writes it: "Kiosk*"
    QRegularExpression expression;
};

struct Rule
{
    QString term;      ///< "advisor (the person)"
    QString preferred; ///< what to write instead, in this language
    std::vector<Variant> variants;
};

struct Glossary
{
    int rows = 0;
    QString error;
    QHash<QString, std::vector<Rule>> rules; ///< by language column: "fr", "de-CH", "it", "en"
    QHash<QString, QStringList> terms;       ///< the term column's texts, by language
};

const QStringList kLanguages = {QStringLiteral("fr"), QStringLiteral("de-CH"), QStringLiteral("it"),
                                QStringLiteral("en")};

/**
 * A ruled-out variant as the glossary writes it: a whole word or phrase, ignoring case; "*" at
 * the end lets the last word go on ("Kiosk*": "Kiosks"); "=" in front keeps the case ("=lei").
 */
QRegularExpression variantExpression(QString variant)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (variant.startsWith(u'='))
        variant.remove(0, 1);
    else
        options |= QRegularExpression::CaseInsensitiveOption;
    const bool longer = variant.endsWith(u'*');
    if (longer)
        variant.chop(1);
    QStringList words;
    for (const QString &w :
         variant.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        words << QRegularExpression::escape(w);
    // Letters and digits around the variant make it part of another word: not a match.
    const QString pattern = QStringLiteral("(?<![\\p{L}\\p{N}])") +
                            words.join(QStringLiteral("\\s+")) +
                            (longer ? QStringLiteral("[\\p{L}\\p{N}]*") : QString()) +
                            QStringLiteral("(?![\\p{L}\\p{N}])");
    return QRegularExpression(pattern, options);
}

QStringList cells(const QString &line)
{
    QString row = line.trimmed();
    if (row.startsWith(u'|'))
        row.remove(0, 1);
    if (row.endsWith(u'|'))
        row.chop(1);
    QStringList out;
    for (const QString &c : row.split(u'|'))
        out << c.trimmed();
    return out;
}

Glossary readGlossary(const QString &path)
{
    Glossary g;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        g.error = path + QStringLiteral(": ") + f.errorString();
        return g;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().startsWith(QStringLiteral("| term |"))) {
            header = i;
            break;
        }
    }
    if (header < 0) {
        g.error = QStringLiteral("no table with a \"| term |\" header in ") + path;
        return g;
    }
    const QStringList columns = cells(lines[header]);
    const qsizetype termColumn = columns.indexOf(QStringLiteral("term"));
    static const QRegularExpression backticked(QStringLiteral("`([^`]+)`"));
    for (qsizetype i = header + 2; i < lines.size() && lines[i].trimmed().startsWith(u'|'); ++i) {
        const QStringList row = cells(lines[i]);
        if (row.size() != columns.size()) {
            g.error = QStringLiteral("glossary line %1 has %2 cells, the header %3")
                          .arg(i + 1)
                          .arg(row.size())
                          .arg(columns.size());
            return g;
        }
        ++g.rows;
        for (const QString &lang : kLanguages) {
            const qsizetype term = columns.indexOf(lang);
            const qsizetype out = columns.indexOf(QStringLiteral("ruled out ") + lang);
            if (term < 0 || out < 0) {
                g.error = QStringLiteral("the glossary has no columns \"%1\" and \"ruled out %1\"")
                              .arg(lang);
                return g;
            }
            g.terms[lang] << row[term];
            Rule rule{row[termColumn], row[term], {}};
            for (auto it = backticked.globalMatch(row[out]); it.hasNext();) {
                const QString written = it.next().captured(1);
                rule.variants.push_back({written, variantExpression(written)});
                if (!rule.variants.back().expression.isValid()) {
                    g.error = QStringLiteral("bad variant `%1`").arg(written);
                    return g;
                }
            }
            if (rule.variants.empty() && row[out] != u"-") {
                g.error = QStringLiteral("glossary line %1: \"%2\" has no variant in backticks")
                              .arg(i + 1)
                              .arg(row[out]);
                return g;
            }
            g.rules[lang].push_back(std::move(rule));
        }
    }
    return g;
}

/** The glossary's column of a translation file: vitrine_de_CH.ts is "de-CH". */
QString languageOfTs(const QString &fileName)
{
    QString code = QFileInfo(fileName).completeBaseName().section(u'_', 1);
    return code.replace(u'_', u'-');
}

/** Every translation of a .ts file (each plural form on its own), or its English sources. */
QList<Text> readTs(const QString &path, bool sources, QString *error)
{
    QList<Text> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (name == u"source") {
            source = xml.readElementText();
            if (sources)
                out << Text{QStringLiteral("[%1] “%2”").arg(context, source), source};
        } else if (name == u"translation" && !sources) {
            const QString where = QStringLiteral("[%1] “%2”").arg(context, source);
            if (!numerus) {
                out << Text{where, xml.readElementText()};
                continue;
            }
            while (xml.readNextStartElement())
                out << Text{where, xml.readElementText()};
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

QStringList tsFiles()
{
    QStringList files;
    QDirIterator it(test::sourcePath(QStringLiteral("translations")), {QStringLiteral("*.ts")},
                    QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/**
 * The catalogue's texts in one language ("fr", "de", "it", "en"): descriptions and countries, and
 * the plain names of the kinds of data in the format profiles (resources/profiles/).
 */
QList<Text> catalogueTexts(const QString &lang, QString *error)
{
    QList<Text> out;
    for (const char *name : {"recipients.json", "countries.json"}) {
        QFile f(test::sourcePath(QStringLiteral("resources/catalogue/") + QLatin1StringView(name)));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.fileName() + QStringLiteral(": ") + f.errorString();
            return out;
        }
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue &v : root.value(u"recipients").toArray()) {
            const QJsonObject o = v.toObject();
            out << Text{QStringLiteral("recipients.json %1").arg(o.value(u"id").toString()),
                        o.value(u"description").toObject().value(lang).toString()};
        }
        for (const QJsonValue &v : root.value(u"countries").toArray()) {
            const QJsonObject o = v.toObject();
            for (const char *field : {"name", "in", "note"}) {
                const QString text =
                    o.value(QLatin1StringView(field)).toObject().value(lang).toString();
                if (!text.isEmpty())
                    out << Text{QStringLiteral("countries.json %1 %2")
                                    .arg(o.value(u"code").toString(), QLatin1StringView(field)),
                                text};
            }
        }
    }
    for (const char *name : {"vw-data-act.json", "bmw-cardata.json"}) {
        QFile f(test::sourcePath(QStringLiteral("resources/profiles/") + QLatin1StringView(name)));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.fileName() + QStringLiteral(": ") + f.errorString();
            return out;
        }
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue &v : root.value(u"kinds").toArray()) {
            const QJsonObject o = v.toObject();
            out << Text{QStringLiteral("%1 kind %2")
                            .arg(QLatin1StringView(name), o.value(u"id").toString()),
                        o.value(u"names").toObject().value(lang).toString()};
        }
    }
    return out;
}

/**
 * A text's sentences: it breaks after . ! ? or … when a space and then neither a lower-case
 * letter nor a digit follow ("art. 25" and "e.g. the" go on), and at every line break.
 */
QStringList sentences(const QString &text)
{
    static const QRegularExpression breaks(
        QStringLiteral("(?<=[.!?…])[\"”»)]?\\s+(?=[^\\p{Ll}\\p{N}])|\\n+"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (const QString &s : text.split(breaks, Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    }
    return out;
}

/** Words are what spaces separate and holds a letter or a digit: "%1" is one, "–" none. */
int wordCount(const QString &sentence)
{
    static const QRegularExpression space(QStringLiteral("\\s+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression wordLike(QStringLiteral("[\\p{L}\\p{N}]"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (const QString &token : sentence.split(space, Qt::SkipEmptyParts)) {
        if (token.contains(wordLike))
            ++n;
    }
    return n;
}

constexpr int kMaxWords = 25;

/**
 * Sentences allowed to be longer, each with its reason. Keep it short: plain language means
 * short sentences, and a long one is nearly always two.
 */
struct LongSentence
{
    const char *source; ///< the English source of the message
    const char *reason;
};
const std::vector<LongSentence> kAllowedLong = {
    // None today: every sentence of every language fits in 25 words. An entry would read
    // {"the English source", "why it cannot be split"}.
};

bool allowedLong(const QString &where)
{
    for (const LongSentence &l : kAllowedLong) {
        if (l.source && where.contains(QStringLiteral("“%1”").arg(QString::fromUtf8(l.source))))
            return true;
    }
    return false;
}

QString report(const QStringList &problems)
{
    constexpr qsizetype kShown = 40;
    QString text = QStringLiteral("%1 problem(s):\n").arg(problems.size());
    for (qsizetype i = 0; i < problems.size() && i < kShown; ++i)
        text += QStringLiteral("  ") + problems[i] + u'\n';
    if (problems.size() > kShown)
        text += QStringLiteral("  … and %1 more\n").arg(problems.size() - kShown);
    return text;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void glossaryNamesEveryFixedTermInEveryLanguage();
    void variantsMatchWholeWordsOnly_data();
    void variantsMatchWholeWordsOnly();
    void sentencesAndWordsAreCountedLikeAReader_data();
    void sentencesAndWordsAreCountedLikeAReader();
    void noTextUsesAVariantTheGlossaryRulesOut_data();
    void noTextUsesAVariantTheGlossaryRulesOut();
    void swissGermanIsWrittenWithoutSharpS();
    void theActIsNeverCalledNDSG();
    void noSentenceHasMoreThan25Words_data();
    void noSentenceHasMoreThan25Words();

private:
    Glossary m_glossary;
};

void TestGlossary::initTestCase()
{
    m_glossary = readGlossary(test::sourcePath(QStringLiteral("translations/glossary.md")));
    QVERIFY2(m_glossary.error.isEmpty(), qPrintable(m_glossary.error));
    QCOMPARE(tsFiles().size(), 4);
}

void TestGlossary::glossaryNamesEveryFixedTermInEveryLanguage()
{
    QVERIFY(m_glossary.rows >= 10);
    // The terms the brief fixed, in every language.
    const QHash<QString, QStringList> wanted = {
        {QStringLiteral("fr"),
         {QStringLiteral("conseiller"), QStringLiteral("borne"),
          QStringLiteral("bilan de confidentialité"), QStringLiteral("fiche"),
          QStringLiteral("code de vérification"), QStringLiteral("destinataire"),
          QStringLiteral("adéquat"), QStringLiteral("LPD")}},
        {QStringLiteral("de-CH"),
         {QStringLiteral("Berater"), QStringLiteral("Terminal"),
          QStringLiteral("Datenschutz-Überprüfung"), QStringLiteral("Blatt"),
          QStringLiteral("Prüfcode"), QStringLiteral("Empfänger"), QStringLiteral("angemessen"),
          QStringLiteral("DSG")}},
        {QStringLiteral("it"),
         {QStringLiteral("consulente"), QStringLiteral("postazione"),
          QStringLiteral("verifica della privacy"), QStringLiteral("foglio"),
          QStringLiteral("codice di verifica"), QStringLiteral("destinatario"),
          QStringLiteral("adeguato"), QStringLiteral("LPD")}},
        {QStringLiteral("en"),
         {QStringLiteral("advisor"), QStringLiteral("kiosk"), QStringLiteral("privacy review"),
          QStringLiteral("sheet"), QStringLiteral("verification code"), QStringLiteral("recipient"),
          QStringLiteral("adequate"), QStringLiteral("FADP")}},
    };
    for (const QString &lang : kLanguages) {
        const QString all = m_glossary.terms.value(lang).join(u'\n');
        for (const QString &term : wanted.value(lang))
            QVERIFY2(all.contains(term), qPrintable(lang + QStringLiteral(": ") + term));
        // A term the glossary prescribes is never one it rules out.
        for (const Rule &rule : m_glossary.rules.value(lang)) {
            for (const Variant &v : rule.variants) {
                const QString preferred = rule.preferred.section(u'(', 0, 0);
                QVERIFY2(!v.expression.match(preferred).hasMatch(),
                         qPrintable(QStringLiteral("%1, %2: `%3` rules out the term itself")
                                        .arg(lang, rule.term, v.written)));
            }
        }
    }
}

void TestGlossary::variantsMatchWholeWordsOnly_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("word") << "Beratung"
                          << "Beratung: Import prüfen" << true;
    QTest::newRow("inside a compound") << "Beratung"
                                       << "Beratungsperson" << false;
    QTest::newRow("any case") << "revue*"
                              << "Revue de confidentialité" << true;
    QTest::newRow("longer word") << "revue*"
                                 << "les revues" << true;
    QTest::newRow("ending needs a star") << "Beraterin"
                                         << "Beraterinnen" << false;
    QTest::newRow("hyphenated compound") << "Kiosk*"
                                         << "des Kiosk-Speichers" << true;
    QTest::newRow("inside another word") << "Kiosk*"
                                         << "Minikiosk" << false;
    QTest::newRow("not in Terminals") << "Terminal"
                                      << "Terminals" << false;
    QTest::newRow("exact case") << "=lei"
                                << "con Lei" << false;
    QTest::newRow("exact case, found") << "=lei"
                                       << "chi è lei" << true;
    QTest::newRow("phrase over a line break") << "la consiglia"
                                              << "che la\nconsiglia" << true;
    QTest::newRow("phrase after an apostrophe") << "chiosc*"
                                                << "dell’chiosco" << true;
    QTest::newRow("accented letters are letters") << "corps"
                                                  << "corpsé" << false;
    QTest::newRow("not in an option") << "du"
                                      << "--db PATH" << false;
}

void TestGlossary::variantsMatchWholeWordsOnly()
{
    QFETCH(QString, variant);
    QFETCH(QString, text);
    QFETCH(bool, found);
    const QRegularExpression re = variantExpression(variant);
    QVERIFY(re.isValid());
    QCOMPARE(re.match(text).hasMatch(), found);
}

void TestGlossary::sentencesAndWordsAreCountedLikeAReader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("words");
    QTest::newRow("two sentences") << "The file was read. Nothing was refused." << QList<int>{4, 3};
    QTest::newRow("placeholders are words")
        << "Page %1 of %2. %n line(s) read." << QList<int>{4, 3};
    QTest::newRow("abbreviations go on")
        << "Right to information (art. 25 FADP). As a rule, e.g. the answer is free."
        << QList<int>{6, 8};
    QTest::newRow("a question, then a capital") << "No answer? Write again." << QList<int>{2, 2};
    QTest::newRow("guillemets are not words")
        << "« Adéquate » signifie cela. Et puis" << QList<int>{3, 2};
    QTest::newRow("a quote closes the sentence") << "He said \"stop.\" Then" << QList<int>{3, 1};
    QTest::newRow("dashes are not words") << "Lines – none – here" << QList<int>{3};
    QTest::newRow("line breaks") << "Usage: vitrine-cli COMMAND\n  inspect FILE"
                                 << QList<int>{3, 2};
}

void TestGlossary::sentencesAndWordsAreCountedLikeAReader()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, words);
    QList<int> got;
    for (const QString &s : sentences(text))
        got << wordCount(s);
    QCOMPARE(got, words);
}

void TestGlossary::noTextUsesAVariantTheGlossaryRulesOut_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lang");
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << languageOfTs(path);
    for (const char *lang : {"fr", "de", "it", "en"}) {
        QTest::newRow(qPrintable(QStringLiteral("catalogue ") + QLatin1StringView(lang)))
            << QString() << QString::fromLatin1(lang);
    }
}

void TestGlossary::noTextUsesAVariantTheGlossaryRulesOut()
{
    QFETCH(QString, file);
    QFETCH(QString, lang);
    QString error;
    const QList<Text> texts =
        file.isEmpty() ? catalogueTexts(lang, &error) : readTs(file, false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(texts.size() > 50);
    const QString column = lang == u"de" ? QStringLiteral("de-CH") : lang;
    QVERIFY2(m_glossary.rules.contains(column), qPrintable(column));
    const QString name = file.isEmpty() ? QStringLiteral("catalogue") : QFileInfo(file).fileName();
    QStringList problems;
    for (const Text &t : texts) {
        for (const Rule &rule : m_glossary.rules.value(column)) {
            for (const Variant &v : rule.variants) {
                const QRegularExpressionMatch m = v.expression.match(t.text);
                if (m.hasMatch()) {
                    problems << QStringLiteral("%1, %2: “%3” is ruled out for “%4”; the "
                                               "glossary says: %5")
                                    .arg(name, t.where, m.captured(0), rule.term, rule.preferred);
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestGlossary::swissGermanIsWrittenWithoutSharpS()
{
    QString error;
    QList<Text> texts =
        readTs(test::sourcePath(QStringLiteral("translations/vitrine_de_CH.ts")), false, &error);
    texts << catalogueTexts(QStringLiteral("de"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Text &t : texts) {
        if (t.text.contains(u'ß'))
            problems << t.where + QStringLiteral(": ") + t.text;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestGlossary::theActIsNeverCalledNDSG()
{
    // Since 1 September 2023 the revised act is the DSG (LPD, FADP): "nDSG" was its name while
    // it was new. Neither a translation nor an English source nor the code says it.
    QStringList problems;
    for (const QString &path : tsFiles()) {
        for (const bool sources : {false, true}) {
            QString error;
            for (const Text &t : readTs(path, sources, &error)) {
                if (t.text.contains(QStringLiteral("nDSG")))
                    problems << QFileInfo(path).fileName() + QStringLiteral(", ") + t.where;
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
    for (const char *folder : {"core", "app", "qml", "resources"}) {
        QDirIterator it(test::sourcePath(QLatin1StringView(folder)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.qml"),
                         QStringLiteral("*.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines[i].contains(QStringLiteral("nDSG")))
                    problems << QStringLiteral("%1:%2").arg(f.fileName()).arg(i + 1);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestGlossary::noSentenceHasMoreThan25Words_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("sources");
    QTest::addColumn<QString>("lang");
    for (const QString &path : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << false << QString();
    QTest::newRow("English sources") << tsFiles().value(0) << true << QString();
    for (const char *lang : {"fr", "de", "it", "en"}) {
        QTest::newRow(qPrintable(QStringLiteral("catalogue ") + QLatin1StringView(lang)))
            << QString() << false << QString::fromLatin1(lang);
    }
}

void TestGlossary::noSentenceHasMoreThan25Words()
{
    QFETCH(QString, file);
    QFETCH(bool, sources);
    QFETCH(QString, lang);
    QString error;
    const QList<Text> texts =
        file.isEmpty() ? catalogueTexts(lang, &error) : readTs(file, sources, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(texts.size() > 50);
    QStringList problems;
    for (const Text &t : texts) {
        if (allowedLong(t.where))
            continue;
        for (const QString &s : sentences(t.text)) {
            const int n = wordCount(s);
            if (n > kMaxWords)
                problems << QStringLiteral("%1 (%2 words): %3").arg(t.where, QString::number(n), s);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
