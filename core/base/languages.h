// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's four languages, and the Swiss way of writing numbers and dates in each of them.

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace vitrine {

/**
 * The kiosk's four languages: "fr", "de" (Swiss German), "it" and "en". Installs the matching
 * translator and gives the locale that formats numbers and dates the Swiss way.
 */
class Languages
{
public:
    /** The supported codes, in the order the kiosk offers them. */
    static QStringList codes();

    /** True for "fr", "de", "it" and "en". */
    static bool isSupported(const QString &code);

    /** The code for the system's language, "fr" when it is none of the four. */
    static QString fromSystem();

    /**
     * Replaces the installed translator with the one for \a code. Returns false (and leaves
     * English) when the code is unknown.
     */
    static bool install(const QString &code);

    /** The code last installed ("fr" before any). */
    static QString current();

    /** The locale that formats for \a code: fr_CH, de_CH, it_CH, en_CH. */
    static QLocale locale(const QString &code);

    /** Formats a date as dd.MM.yyyy, the Swiss way, in every language. */
    static QString date(const QDate &date);

    /**
     * The Swiss date (dd.MM.yyyy) of an instant: the day as the customer lived it, in Swiss
     * time, not in UTC. An invalid time gives "–".
     */
    static QString swissDate(const QDateTime &instant);
    /** The same for seconds since the epoch (UTC). */
    static QString swissDate(qint64 secondsUtc);
    /**
     * The Swiss days from one instant to another, written short: "12.04.–11.10.2026" in one
     * year, "12.12.2025–11.01.2026" across two, "12.04.2026" for one day.
     */
    static QString swissDateRange(qint64 fromSecondsUtc, qint64 toSecondsUtc);
    /** dd.MM.yyyy HH:mm in Swiss time: when a sheet was made, signed or kept, to the minute. */
    static QString swissDateTime(const QDateTime &instant);

    /**
     * A language named in itself ("Français", "Deutsch"), whatever the current language: how
     * a person finds theirs. An unknown code is given back as it is.
     */
    static QString nativeName(const QString &code);
};

} // namespace vitrine
