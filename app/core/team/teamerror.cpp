// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamerror.h"

#include "teamserveraddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::TeamError", text);
}

// libpq's and the server's words: English unless the server's lc_messages says otherwise,
// in which case the message falls back to the general one with the server's text as detail.
bool says(const QString &text, const char *phrase)
{
    return text.contains(QLatin1String(phrase), Qt::CaseInsensitive);
}

} // namespace

QString TeamError::serverText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // libpq indents its continuation lines with a tab and starts with the severity.
    text = text.replace(QStringLiteral("\n\t"), QStringLiteral(" ")).simplified();
    for (const char *severity : {"ERROR: ", "FATAL: "})
        if (text.startsWith(QLatin1String(severity)))
            text = text.mid(int(qstrlen(severity)));
    return text;
}

QString TeamError::text() const
{
    return detail.isEmpty() ? message : message + QLatin1Char('\n') + detail;
}

bool TeamError::isConnectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    const QString text = serverText(error);
    return error.type() == QSqlError::ConnectionError
            || says(text, "server closed the connection") || says(text, "no connection to the server")
            || says(text, "terminating connection") || says(text, "connection to server was lost")
            || says(text, "could not receive data from server")
            || says(text, "could not send data to server") || says(text, "SSL SYSCALL error");
}

TeamError TeamError::fromConnect(const QSqlError &error, const TeamServerAddress &address)
{
    TeamError e;
    e.detail = serverText(error);
    const QString &t = e.detail;
    const QString server = address.displayName();
    if (says(t, "password authentication failed") || says(t, "no password supplied")
        || (says(t, "role \"") && says(t, "does not exist"))) {
        e.kind = Kind::Authentication;
        e.message = tr("The team server refused the user name or password for %1. Check both "
                       "and connect again; the local atlas is unchanged.")
                            .arg(address.user);
    } else if (says(t, "certificate") || says(t, "SSL error") || says(t, "does not match host name")
               || says(t, "server does not support SSL")) {
        e.kind = Kind::Certificate;
        if (!address.certificate.isEmpty() && !QFileInfo::exists(address.certificate))
            e.message = tr("The certificate %2 to check the team server %1 with does not exist. No "
                           "connection was made and nothing was sent; choose the server's "
                           "certificate (or its authority's) in the connection settings.")
                                .arg(server, address.certificate);
        else if (address.certificate.isEmpty())
            e.message = tr("The team server %1 could not prove who it is: its certificate could "
                           "not be verified. No connection was made and nothing was sent; choose "
                           "the server's certificate (or its authority's) in the connection "
                           "settings.")
                                .arg(server);
        else
            e.message = tr("The team server %1 could not prove who it is: its certificate does not "
                           "match the certificate %2. No connection was made and nothing was sent; "
                           "check that this is the team's server and its certificate.")
                                .arg(server, address.certificate);
    } else if (says(t, "database \"") && says(t, "does not exist")) {
        e.kind = Kind::NoTeamAtlas;
        e.message = tr("The server has no database %1. Check the database name.")
                            .arg(address.database);
    } else {
        e.kind = Kind::Unreachable;
        e.message = tr("The team server %1 cannot be reached. Check the address and the network; "
                       "the local atlas is unchanged and keeps working.")
                            .arg(server);
    }
    return e;
}

TeamError TeamError::fromQuery(const QSqlError &error, const TeamServerAddress &address,
                               const QString &consequence)
{
    TeamError e;
    e.detail = serverText(error);
    const QString code = error.nativeErrorCode();
    if (isConnectionLost(error)) {
        e.kind = Kind::Lost;
        e.message = tr("The connection to the team server %1 was lost. %2")
                            .arg(address.displayName(), consequence);
    } else if (code == QLatin1String("42501")) {
        e.kind = Kind::ReadOnly;
        e.message = tr("The team server lets %1 read the team atlas but not change it. %2 Ask the "
                       "team's administrator for the editor role to send your changes.")
                            .arg(address.user, consequence);
    } else if (code == QLatin1String("23505")) {
        e.kind = Kind::Failed;
        e.message = tr("Another desktop added the same partnership at the same moment. %1 Sync "
                       "again to take theirs in.")
                            .arg(consequence);
    } else {
        e.kind = Kind::Failed;
        e.message = tr("The team server refused the sync. %1").arg(consequence);
    }
    return e;
}

} // namespace twinatlas
