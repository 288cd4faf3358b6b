#include "cli.h"

namespace vitrine::cli {

int import(const QStringList &)
{
    return Failed;
}

int history(const QStringList &)
{
    return Failed;
}

} // namespace vitrine::cli
