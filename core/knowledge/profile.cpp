// SPDX-License-Identifier: GPL-3.0-or-later
// How a profile file is read and checked: every kind named in four languages, every key with a
// known kind and category; a broken file is refused as a whole rather than half used.

#include "profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace vitrine {

namespace {

const FormatProfile &loadBuiltIn(const QString &resource)
{
    QFile file(resource);
    QString error;
    std::optional<FormatProfile> profile;
    if (file.open(QIODevice::ReadOnly))
        profile = FormatProfile::fromJson(file.readAll(), &error);
    // The profiles are built into the program and checked by the tests: missing or broken is a
    // build error, and an empty profile (every key "other") is the safe way to go on.
    if (!profile) {
        qWarning("The profile %s cannot be read: %s", qPrintable(resource), qPrintable(error));
        profile = FormatProfile{};
    }
    static std::vector<std::unique_ptr<FormatProfile>> kept;
    kept.push_back(std::make_unique<FormatProfile>(std::move(*profile)));
    return *kept.back();
}

} // namespace

QString ProfileKind::name(const QString &lang) const
{
    if (lang == u"fr")
        return fr;
    if (lang == u"de")
        return de;
    if (lang == u"it")
        return it;
    return en;
}

const FormatProfile &FormatProfile::vwDataAct()
{
    static const FormatProfile &profile =
        loadBuiltIn(QStringLiteral(":/vitrine/profiles/vw-data-act.json"));
    return profile;
}

const FormatProfile &FormatProfile::bmwCarData()
{
    static const FormatProfile &profile =
        loadBuiltIn(QStringLiteral(":/vitrine/profiles/bmw-cardata.json"));
    return profile;
}

const FormatProfile *FormatProfile::forFormat(std::string_view format)
{
    if (format == "vw-data-act")
        return &vwDataAct();
    if (format == "bmw-cardata")
        return &bmwCarData();
    return nullptr;
}

std::string FormatProfile::normaliseLabel(std::string_view label)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < label.size(); ++i) {
        char c = label[i];
        // En and em dashes (U+2013, U+2014) are a hyphen here.
        if (c == '\xE2' && i + 2 < label.size() && label[i + 1] == '\x80' &&
            (label[i + 2] == '\x93' || label[i + 2] == '\x94')) {
            c = '-';
            i += 2;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::optional<FormatProfile> FormatProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe{};
    const QJsonObject root = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        *error = pe.errorString();
        return std::nullopt;
    }
    FormatProfile p;
    p.m_id = root.value(u"profile").toString();
    p.m_source = root.value(u"source").toString();
    std::unordered_map<std::string, std::uint16_t> kindAt;
    for (const QJsonValue &v : root.value(u"kinds").toArray()) {
        const QJsonObject k = v.toObject();
        ProfileKind kind;
        kind.id = k.value(u"id").toString().toStdString();
        const auto category = categoryFromId(k.value(u"category").toString().toStdString());
        const QJsonObject names = k.value(u"names").toObject();
        kind.fr = names.value(u"fr").toString();
        kind.de = names.value(u"de").toString();
        kind.it = names.value(u"it").toString();
        kind.en = names.value(u"en").toString();
        if (kind.id.empty() || !category || kind.fr.isEmpty() || kind.de.isEmpty() ||
            kind.it.isEmpty() || kind.en.isEmpty() || kindAt.contains(kind.id)) {
            *error = QStringLiteral("kind %1 is incomplete or repeated")
                         .arg(QString::fromStdString(kind.id));
            return std::nullopt;
        }
        kind.category = *category;
        kindAt.emplace(kind.id, static_cast<std::uint16_t>(p.m_kinds.size()));
        p.m_kinds.push_back(std::move(kind));
    }
    for (const QJsonValue &v : root.value(u"keys").toArray()) {
        const QJsonObject k = v.toObject();
        std::string key = k.value(u"key").toString().toStdString();
        if (key.empty())
            key = k.value(u"telematicKeyName").toString().toStdString();
        const auto kind = kindAt.find(k.value(u"kind").toString().toStdString());
        const auto category = categoryFromId(k.value(u"category").toString().toStdString());
        if (key.empty() || kind == kindAt.end() || !category) {
            *error = QStringLiteral("key %1 has no known kind or category")
                         .arg(QString::fromStdString(key));
            return std::nullopt;
        }
        ProfileEntry entry;
        entry.kind = kind->second;
        entry.category = *category;
        entry.byHand = k.value(u"mapped").toString() == u"hand";
        const QString time = k.value(u"time").toString();
        entry.time = time == u"captured"   ? TimeRole::Captured
                     : time == u"delivery" ? TimeRole::Delivery
                                           : TimeRole::None;
        if (!p.m_keys.emplace(key, entry).second) {
            *error = QStringLiteral("key %1 is repeated").arg(QString::fromStdString(key));
            return std::nullopt;
        }
        const QJsonObject labels = k.value(u"labels").toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            p.m_labels.emplace(normaliseLabel(it.value().toString().toStdString()), entry);
    }
    for (const QJsonValue &v : root.value(u"dataCategories").toArray()) {
        const QJsonObject d = v.toObject();
        const std::string name = d.value(u"dataCategory").toString().toStdString();
        const auto kind = kindAt.find(d.value(u"kind").toString().toStdString());
        const auto category = categoryFromId(d.value(u"category").toString().toStdString());
        if (name.empty() || kind == kindAt.end() || !category) {
            *error = QStringLiteral("data category %1 has no known kind or category")
                         .arg(QString::fromStdString(name));
            return std::nullopt;
        }
        ProfileEntry entry;
        entry.kind = kind->second;
        entry.category = *category;
        p.m_dataCategories.emplace(name, entry);
    }
    return p;
}

const ProfileEntry *FormatProfile::findByDataCategory(std::string_view dataCategory) const
{
    const auto it = m_dataCategories.find(dataCategory);
    return it == m_dataCategories.end() ? nullptr : &it->second;
}

int FormatProfile::kindIndex(std::string_view kindId) const
{
    for (std::size_t i = 0; i < m_kinds.size(); ++i) {
        if (m_kinds[i].id == kindId)
            return static_cast<int>(i);
    }
    return -1;
}

const ProfileEntry *FormatProfile::find(std::string_view key) const
{
    const auto it = m_keys.find(key);
    return it == m_keys.end() ? nullptr : &it->second;
}

const ProfileEntry *FormatProfile::findByLabel(std::string_view label) const
{
    const auto it = m_labels.find(normaliseLabel(label));
    return it == m_labels.end() ? nullptr : &it->second;
}

} // namespace vitrine
