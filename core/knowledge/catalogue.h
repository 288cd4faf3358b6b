// SPDX-License-Identifier: GPL-3.0-or-later
// Who receives a car's data and how well their country protects it in Switzerland's view: the
// recipient catalogue and the adequacy list that every review is judged against.

#pragma once

#include "category.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace vitrine {

/** Switzerland's view of a country's data protection (DPO Annex 1). */
enum class Adequacy : std::uint8_t {
    Unknown,         ///< no country known (an unknown recipient)
    Domestic,        ///< Switzerland itself
    Adequate,        ///< listed in Annex 1
    AdequatePrivate, ///< listed for private bodies only (Canada)
    DpfOnly,         ///< USA: adequate only for Swiss-US DPF certified companies
    NotAdequate,     ///< not listed
};

/** "domestic", "adequate", ... as in countries.json. */
std::string_view adequacyId(Adequacy a);

/**
 * Whether Switzerland deems the protection adequate: Swiss law, a country of Annex 1, or a US
 * company certified under the Swiss-US DPF (which Catalogue::adequacyFor() calls Adequate).
 * The kiosk, the sheet and the command line all decide with this one rule.
 */
bool isAdequate(Adequacy a);

/**
 * Whether the protection is known not to be adequate: a country outside Annex 1, or a US
 * company with no DPF certification known. An unknown recipient is neither adequate nor this.
 */
bool isNotAdequate(Adequacy a);

/** A text in the four languages of the kiosk. */
struct LocalizedText
{
    QString fr, de, it, en;
    /** The text for a language code ("fr", "de", "de_CH", "it", "en"), English as a fallback. */
    QString in(const QString &lang) const;
};

/** A country as the adequacy list sees it. */
struct Country
{
    QString code; ///< ISO 3166-1 alpha-2
    Adequacy adequacy = Adequacy::NotAdequate;
    LocalizedText name;
    /** The name with its preposition, as a sentence needs it: "aux Pays-Bas", "in der Schweiz". */
    LocalizedText locative;
    LocalizedText note;
};

/** The published data-protection contact of a recipient; empty fields are unknown. */
struct PrivacyContact
{
    QString email;
    QString url;
    QString postal;
    bool isEmpty() const { return email.isEmpty() && url.isEmpty() && postal.isEmpty(); }
};

/** One organisation of the recipient catalogue. */
struct Recipient
{
    QString id; ///< slug; logs name it as "org:ID"
    QString name;
    QString commonName;
    QString country;
    std::optional<bool> dpfCertified; ///< US entities only; unset when not established
    QString role;
    QStringList purposes;
    PrivacyContact privacyContact;
    QStringList domains;
    CategorySet categories = 0;
    LocalizedText description;
    QStringList sources;
};

/**
 * The recipient catalogue and the adequacy list (resources/catalogue/). A host matches an entry
 * when it equals one of the entry's domains or ends with "." + domain; the longest domain wins.
 * A host that matches nothing is unknown: never guessed.
 */
class Catalogue
{
public:
    /** Loads the catalogue built into the program. */
    static const Catalogue &builtIn();

    /** Loads from JSON texts; on failure returns nullopt and sets \a error. */
    static std::optional<Catalogue> fromJson(const QByteArray &recipients,
                                             const QByteArray &countries, QString *error);

    int version() const { return m_version; }
    QString date() const { return m_date; }
    QString adequacyListName() const { return m_listName; }
    QString adequacyListDate() const { return m_listDate; }

    const QList<Recipient> &recipients() const { return m_recipients; }
    const QList<Country> &countries() const { return m_countries; }

    /** The entry for a normalised party ("host.example.com", "org:ID"); nullptr if unknown. */
    const Recipient *match(std::string_view party) const;
    const Recipient *byId(const QString &id) const;
    const Country *country(const QString &code) const;

    /**
     * Whether data sent to \a recipient's country is adequately protected in Switzerland's
     * view; for US entities this depends on the recipient's DPF certification.
     */
    Adequacy adequacyFor(const Recipient &recipient) const;

private:
    int m_version = 0;
    QString m_date;
    QString m_listName;
    QString m_listDate;
    QList<Recipient> m_recipients;
    QList<Country> m_countries;
    QHash<QString, qsizetype> m_byDomain;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byCountry;
};

} // namespace vitrine
