// SPDX-License-Identifier: GPL-3.0-or-later
// The commands of vitrine-cli, their exit codes and the helpers they share, for main() to call.

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace vitrine {
class Clock;
class Store;
} // namespace vitrine

namespace vitrine::cli {

/** Exit codes of vitrine-cli. */
enum Exit : int { Ok = 0, Usage = 1, Refused = 2, Failed = 3 };

QTextStream &out();
QTextStream &err();

/**
 * Sets the language of messages from --lang (or the system's) and returns the code used. An
 * unsupported code prints an error and returns an empty string.
 */
QString setLanguage(const QString &requested);

/**
 * The store's passphrase: VITRINE_PASSPHRASE, else asked on the terminal without echo. Empty
 * (with \a error set) when neither is available.
 */
QByteArray passphrase(QString *error);

/** The first line of a file holding a secret (a password); empty with \a error set. */
QByteArray secretFromFile(const QString &path, QString *error);

/**
 * Opens the kiosk's encrypted store at \a path with the passphrase from \a passphraseFile (its
 * first line) when given, else passphrase(). nullptr after printing why on standard error.
 */
std::unique_ptr<Store> openKioskStore(const QString &path, const QString &passphraseFile,
                                      const Clock &clock);

int inspect(const QStringList &args);
int classify(const QStringList &args);
int import(const QStringList &args);
int history(const QStringList &args);
int generate(const QStringList &args);
int sheet(const QStringList &args);
int print(const QStringList &args);
int letters(const QStringList &args);
int cert(const QStringList &args);
int sign(const QStringList &args);
int verify(const QStringList &args);

} // namespace vitrine::cli
