#pragma once

#include <QString>

namespace vitrine::test {

/** Path of a file under tests/data. */
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(VITRINE_TEST_DATA "/") + relative;
}

/** Path of the vitrine-cli built beside the tests. */
inline QString cliPath()
{
    return QStringLiteral(VITRINE_CLI);
}

/** Path of a file in the source tree. */
inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(VITRINE_SOURCE_DIR "/") + relative;
}

} // namespace vitrine::test
