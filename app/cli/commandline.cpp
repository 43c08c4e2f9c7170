// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "db/atlaslocation.h"
#include "querycommand.h"

#include <QFileInfo>

namespace twinatlas {

bool CommandLine::isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("query");
}

int CommandLine::run(const QStringList &arguments)
{
    QStringList rest = arguments;
    const QString command = rest.takeAt(1);
    if (command == QLatin1String("query"))
        return QueryCommand().run(rest);
    return 2;
}

QString CommandLine::atlasPathFor(const QString &databaseOption)
{
    if (!databaseOption.isEmpty())
        return databaseOption;
    const QString user = AtlasLocation::userAtlas();
    return QFileInfo::exists(user) ? user : AtlasLocation::bundledAtlas();
}

} // namespace twinatlas
