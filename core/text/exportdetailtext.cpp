// SPDX-License-Identifier: GPL-3.0-or-later
// How the facts of an export are said: tyres grouped where all four are alike, learned places
// and charging places only counted, services named as the export names them.

#include "exportdetailtext.h"

#include "languages.h"
#include "plaintext.h"

#include <QCoreApplication>

namespace vitrine {

namespace {

QString wheelName(TyreFacts::Wheel wheel)
{
    switch (wheel) {
    case TyreFacts::Wheel::FrontLeft:
        return QCoreApplication::translate("vitrine::ExportDetails", "Front left", "a tyre");
    case TyreFacts::Wheel::FrontRight:
        return QCoreApplication::translate("vitrine::ExportDetails", "Front right", "a tyre");
    case TyreFacts::Wheel::RearLeft:
        return QCoreApplication::translate("vitrine::ExportDetails", "Rear left", "a tyre");
    case TyreFacts::Wheel::RearRight:
        return QCoreApplication::translate("vitrine::ExportDetails", "Rear right", "a tyre");
    }
    return {};
}

QString seasonName(const TyreFacts &t)
{
    if (t.seasonCode == "summer")
        return QCoreApplication::translate("vitrine::ExportDetails", "Summer tyres");
    if (t.seasonCode == "winter")
        return QCoreApplication::translate("vitrine::ExportDetails", "Winter tyres");
    if (t.seasonCode == "all-season")
        return QCoreApplication::translate("vitrine::ExportDetails", "All-season tyres");
    return QString::fromStdString(t.seasonText);
}

QString wearSentence(const std::string &colour)
{
    if (colour == "green")
        return QCoreApplication::translate("vitrine::ExportDetails",
                                           "The carmaker rates the wear green.");
    if (colour == "yellow")
        return QCoreApplication::translate("vitrine::ExportDetails",
                                           "The carmaker rates the wear yellow.");
    if (colour == "orange")
        return QCoreApplication::translate("vitrine::ExportDetails",
                                           "The carmaker rates the wear orange.");
    if (colour == "red")
        return QCoreApplication::translate("vitrine::ExportDetails",
                                           "The carmaker rates the wear red.");
    return {};
}

/** The facts that make two tyres look the same to the customer. */
bool sameTyre(const TyreFacts &a, const TyreFacts &b)
{
    return a.dimension == b.dimension && a.seasonCode == b.seasonCode &&
           a.seasonText == b.seasonText && a.manufacturer == b.manufacturer &&
           a.treadDesign == b.treadDesign && a.productionDate == b.productionDate &&
           a.wearColour == b.wearColour;
}

TyreLine lineOf(const QString &set, const QString &wheels, const TyreFacts &t)
{
    TyreLine line;
    line.set = set;
    line.wheels = wheels;
    line.dimension = QString::fromStdString(t.dimension);
    line.season = seasonName(t);
    QStringList tread;
    if (!t.manufacturer.empty())
        tread << QString::fromStdString(t.manufacturer);
    if (!t.treadDesign.empty())
        tread << QString::fromStdString(t.treadDesign);
    line.tread = tread.join(u' ');
    if (!t.productionDate.empty())
        line.produced = QCoreApplication::translate("vitrine::ExportDetails", "Production date: %1",
                                                    "as the export writes it, often week and year")
                            .arg(QString::fromStdString(t.productionDate));
    line.wear = wearSentence(t.wearColour);
    return line;
}

} // namespace

QString TyreLine::title() const
{
    return QCoreApplication::translate("vitrine::ExportDetails", "%1 (%2)", "tyre set (wheels)")
        .arg(set, wheels.toLower());
}

QString TyreLine::facts() const
{
    QStringList parts;
    for (const QString &f : {dimension, season, tread, produced})
        if (!f.isEmpty())
            parts << f;
    return parts.join(QStringLiteral(" · "));
}

QString TyreLine::sentence() const
{
    QString text = QCoreApplication::translate("vitrine::ExportDetails", "%1: %2.",
                                               "tyre set and wheels: facts")
                       .arg(title(), facts());
    if (!wear.isEmpty())
        text += u' ' + wear;
    return text;
}

std::vector<TyreLine> tyreLines(const std::vector<TyreSetFacts> &sets)
{
    std::vector<TyreLine> out;
    for (const TyreSetFacts &set : sets) {
        if (set.tyres.empty())
            continue;
        const QString name =
            set.mounted ? QCoreApplication::translate("vitrine::ExportDetails", "Mounted tyres")
                        : QCoreApplication::translate("vitrine::ExportDetails", "Tyres in storage");
        const std::vector<TyreFacts> &t = set.tyres;
        bool allAlike = true;
        for (const TyreFacts &tyre : t)
            allAlike &= sameTyre(tyre, t.front());
        if (allAlike) {
            QStringList wheels;
            for (const TyreFacts &tyre : t)
                wheels << wheelName(tyre.wheel);
            out.push_back(lineOf(name,
                                 t.size() == 4 ? QCoreApplication::translate(
                                                     "vitrine::ExportDetails", "All four", "tyres")
                                               : wheels.join(QStringLiteral(", ")),
                                 t.front()));
            continue;
        }
        // Staggered sets (wider at the rear) are alike per axle.
        const auto find = [&t](TyreFacts::Wheel w) -> const TyreFacts * {
            for (const TyreFacts &tyre : t)
                if (tyre.wheel == w)
                    return &tyre;
            return nullptr;
        };
        using W = TyreFacts::Wheel;
        const TyreFacts *fl = find(W::FrontLeft), *fr = find(W::FrontRight);
        const TyreFacts *rl = find(W::RearLeft), *rr = find(W::RearRight);
        if (fl && fr && rl && rr && sameTyre(*fl, *fr) && sameTyre(*rl, *rr)) {
            out.push_back(lineOf(
                name, QCoreApplication::translate("vitrine::ExportDetails", "Front", "tyres"),
                *fl));
            out.push_back(lineOf(
                name, QCoreApplication::translate("vitrine::ExportDetails", "Rear", "tyres"), *rl));
            continue;
        }
        for (const TyreFacts &tyre : t)
            out.push_back(lineOf(name, wheelName(tyre.wheel), tyre));
    }
    return out;
}

QString learnedPlacesNote(const ExportDetails &details)
{
    const LearnedNavigation &n = details.learned;
    if (!n.present)
        return {};
    const int places = plain::pluralCount(n.places);
    const int routes = plain::pluralCount(n.routes);
    if (n.places == 0 && n.routes == 0)
        return QCoreApplication::translate(
            "vitrine::ExportDetails",
            "Your car's learning navigation is in the export, but it has learned no places "
            "yet.");
    QString text;
    if (n.places == 0) {
        text = QCoreApplication::translate("vitrine::ExportDetails",
                                           "Your car has learned %Ln route(s).", nullptr, routes);
    } else {
        text = QCoreApplication::translate(
            "vitrine::ExportDetails",
            "Your car has learned %Ln place(s), such as where you park at night.", nullptr, places);
    }
    if (n.places > 0 && n.routes > 0) {
        text += u' ';
        text += QCoreApplication::translate("vitrine::ExportDetails",
                                            "It has also learned %Ln route(s) between them.",
                                            nullptr, routes);
    }
    text += u' ';
    text += QCoreApplication::translate(
        "vitrine::ExportDetails",
        "This is the most private part of the export. Vitrine only counts it and never "
        "shows where these places are.");
    return text;
}

QStringList exportDetailLines(const ExportDetails &details)
{
    QStringList out;
    const ChargingHistory &c = details.charging;
    if (c.present) {
        const int sessions = plain::pluralCount(c.sessions);
        if (c.sessions == 0) {
            out << QCoreApplication::translate("vitrine::ExportDetails",
                                               "The charging history in the export is empty.");
        } else {
            QString text;
            if (c.firstUtc && c.lastUtc) {
                text =
                    QCoreApplication::translate(
                        "vitrine::ExportDetails",
                        "The export holds %Ln charging session(s), from %1 to %2.", nullptr,
                        sessions)
                        .arg(Languages::swissDate(*c.firstUtc), Languages::swissDate(*c.lastUtc));
            } else {
                text = QCoreApplication::translate("vitrine::ExportDetails",
                                                   "The export holds %Ln charging session(s).",
                                                   nullptr, sessions);
            }
            if (c.withPlace > 0) {
                const int withPlace = plain::pluralCount(c.withPlace);
                text += u' ';
                text += QCoreApplication::translate(
                    "vitrine::ExportDetails",
                    "For %Ln of them it knows where the car charged; Vitrine does not show the "
                    "addresses.",
                    nullptr, withPlace);
            }
            if (!c.providers.empty()) {
                QStringList names;
                for (const std::string &p : c.providers)
                    names << QString::fromStdString(p);
                text += u' ';
                text += QCoreApplication::translate("vitrine::ExportDetails",
                                                    "Charging providers named: %1.")
                            .arg(names.join(QStringLiteral(", ")));
            }
            out << text;
        }
    }
    if (details.contractsPresent) {
        QStringList active;
        for (const ServiceContract &s : details.contracts) {
            if (s.active && !s.name.empty())
                active << QString::fromStdString(s.name);
        }
        if (active.isEmpty()) {
            out << QCoreApplication::translate(
                "vitrine::ExportDetails", "The export names no connected service that is active.");
        } else {
            out << QCoreApplication::translate(
                       "vitrine::ExportDetails",
                       "Connected services active: %1. These services send data from the car.")
                       .arg(active.join(QStringLiteral(", ")));
        }
    }
    return out;
}

} // namespace vitrine
