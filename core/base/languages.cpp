// SPDX-License-Identifier: GPL-3.0-or-later
// How a language is switched: one translator installed at a time, its Swiss locale made the
// default, and dates taken in Swiss time rather than in UTC.

#include "languages.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QTranslator>

#include <memory>

namespace vitrine {

namespace {
std::unique_ptr<QTranslator> &currentTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &currentCode()
{
    static QString code = QStringLiteral("fr");
    return code;
}
} // namespace

QStringList Languages::codes()
{
    return {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("en")};
}

bool Languages::isSupported(const QString &code)
{
    return codes().contains(code);
}

QString Languages::fromSystem()
{
    const QString sys = QLocale::system().name().left(2);
    return isSupported(sys) ? sys : QStringLiteral("fr");
}

bool Languages::install(const QString &code)
{
    if (!isSupported(code))
        return false;
    auto &translator = currentTranslator();
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
    // Numbers and dates follow the language even if its texts could not be loaded.
    QLocale::setDefault(locale(code));
    currentCode() = code;
    const QString file =
        code == u"de" ? QStringLiteral("vitrine_de_CH") : QStringLiteral("vitrine_") + code;
    auto next = std::make_unique<QTranslator>();
    if (!next->load(file, QStringLiteral(":/vitrine/i18n")))
        return false;
    QCoreApplication::installTranslator(next.get());
    translator = std::move(next);
    return true;
}

QString Languages::current()
{
    return currentCode();
}

QLocale Languages::locale(const QString &code)
{
    if (code == u"de")
        return QLocale(QLocale::German, QLocale::Switzerland);
    if (code == u"it")
        return QLocale(QLocale::Italian, QLocale::Switzerland);
    if (code == u"en")
        return QLocale(QLocale::English, QLocale::Switzerland);
    return QLocale(QLocale::French, QLocale::Switzerland);
}

QString Languages::date(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString Languages::swissDate(const QDateTime &instant)
{
    return instant.isValid() ? date(instant.toTimeZone(QTimeZone("Europe/Zurich")).date())
                             : QStringLiteral("–");
}

QString Languages::swissDateRange(qint64 fromSecondsUtc, qint64 toSecondsUtc)
{
    const QTimeZone zurich("Europe/Zurich");
    const QDate from =
        QDateTime::fromSecsSinceEpoch(fromSecondsUtc, Qt::UTC).toTimeZone(zurich).date();
    const QDate to = QDateTime::fromSecsSinceEpoch(toSecondsUtc, Qt::UTC).toTimeZone(zurich).date();
    if (from == to)
        return date(from);
    const QString start =
        from.year() == to.year() ? from.toString(QStringLiteral("dd.MM.")) : date(from);
    return start + u'\u2013' + date(to);
}

QString Languages::swissDateTime(const QDateTime &instant)
{
    return instant.isValid() ? instant.toTimeZone(QTimeZone("Europe/Zurich"))
                                   .toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                             : QStringLiteral("–");
}

QString Languages::nativeName(const QString &code)
{
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"it")
        return QStringLiteral("Italiano");
    if (code == u"en")
        return QStringLiteral("English");
    return code;
}

QString Languages::swissDate(qint64 secondsUtc)
{
    return swissDate(QDateTime::fromSecsSinceEpoch(secondsUtc, Qt::UTC));
}

} // namespace vitrine
