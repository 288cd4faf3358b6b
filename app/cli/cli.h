#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

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

int inspect(const QStringList &args);
int classify(const QStringList &args);
int import(const QStringList &args);
int history(const QStringList &args);
int generate(const QStringList &args);

} // namespace vitrine::cli
