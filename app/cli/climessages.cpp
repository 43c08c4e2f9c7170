// SPDX-License-Identifier: GPL-3.0-or-later
#include "climessages.h"

#include <QtGlobal>

namespace twinatlas {

namespace {

QtMessageHandler defaultHandler = nullptr;

void commandLineHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

void CliMessages::install()
{
    if (!qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        return;
    defaultHandler = qInstallMessageHandler(commandLineHandler);
}

} // namespace twinatlas
