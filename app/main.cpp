// SPDX-License-Identifier: GPL-3.0-or-later
// twinatlas: the subcommands run without a display (a mistyped one is refused there too);
// otherwise the atlas window opens.
#include "commandline.h"

#include <QCoreApplication>

#ifdef TWINATLAS_HAVE_UI
#include "ui/application.h"
#endif

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("Twinatlas"));
    QCoreApplication::setApplicationName(QStringLiteral("twinatlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWINATLAS_VERSION));
    if (twinatlas::CommandLine::isSubcommand(arguments))
        return twinatlas::CommandLine::exec(argc, argv, arguments);
#ifdef TWINATLAS_HAVE_UI
    return twinatlas::runAtlasWindow(argc, argv, &twinatlas::CommandLine::commandList);
#else
    return 0;
#endif
}
