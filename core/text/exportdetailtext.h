// SPDX-License-Identifier: GPL-3.0-or-later
// The plain sentences of what a carmaker's export tells beyond counts: the tyres it knows, the
// places and routes the car learned, the charging history, the connected services. The kiosk,
// the command line and the sheet all say them in these words.

#pragma once

#include "exportdetails.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace vitrine {

/** One line of the tyres the carmaker knows: a set, the wheels it is about, and its facts. */
struct TyreLine
{
    QString set;       ///< "Mounted tyres", "Tyres in storage"
    QString wheels;    ///< "All four", "Front", "Rear left", ...
    QString dimension; ///< "245/45 R18 100Y"
    QString season;    ///< "Summer tyres", or the export's own word
    QString tread;     ///< maker and tread name
    QString produced;  ///< "Produced: 2423"
    QString wear;      ///< "The carmaker rates the wear green."
    /** "Mounted tyres (all four)". */
    QString title() const;
    /** Dimension, season, tread and production date, joined. */
    QString facts() const;
    /** All of it in one sentence, for the command line and the sheet. */
    QString sentence() const;
};

/** The tyres of \a sets, one line per set, or per axle or wheel where they differ. */
std::vector<TyreLine> tyreLines(const std::vector<TyreSetFacts> &sets);

/**
 * "Your car has learned 14 places, such as where you park at night. …" — the most private
 * content of an archive, as counts only; empty when the export holds no learning navigation.
 */
QString learnedPlacesNote(const ExportDetails &details);

/** The charging history and the connected services, one plain sentence each. */
QStringList exportDetailLines(const ExportDetails &details);

} // namespace vitrine
