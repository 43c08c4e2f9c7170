// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserveraddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::TeamServerAddress", text);
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"),
                                   QStringLiteral("prefer"), QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// A value for libpq's key=value connection string, quoted so that spaces and quotes survive.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

std::optional<TeamServerAddress> TeamServerAddress::fromUrl(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("“%1” is not a URL: %2").arg(text, url.errorString()));
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return fail(tr("“%1” is not a PostgreSQL address; it starts with postgresql://.").arg(text));
    TeamServerAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    a.user = url.userName();
    a.password = url.password();
    a.database = url.path().mid(1);
    QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("host")) {
            a.host = value;
        } else if (name == QLatin1String("port")) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return fail(tr("The port “%1” is not a number from 1 to 65535.").arg(value));
        } else if (name == QLatin1String("dbname")) {
            a.database = value;
        } else if (name == QLatin1String("user")) {
            a.user = value;
        } else if (name == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return fail(tr("sslmode “%1” is not one of %2.")
                                    .arg(value, sslModes().join(QStringLiteral(", "))));
            a.sslMode = value;
        } else if (name == QLatin1String("sslrootcert")) {
            a.certificate = value;
        } else {
            return fail(tr("The address option “%1” is not known; use host, port, dbname, user, "
                           "sslmode or sslrootcert.")
                                .arg(name));
        }
    }
    if (a.host.isEmpty())
        return fail(tr("The address names no server: give a host (postgresql://user@host/database)"
                       " or a socket folder (?host=/run/postgresql)."));
    if (a.database.isEmpty())
        return fail(tr("The address names no database: postgresql://user@host/database."));
    if (a.user.isEmpty())
        return fail(tr("The address names no user: postgresql://user@host/database."));
    // TLS means nothing over a Unix socket; over TCP it is on and checked unless asked otherwise.
    if (a.isSocket() && !query.hasQueryItem(QStringLiteral("sslmode")))
        a.sslMode = QStringLiteral("disable");
    return a;
}

QString TeamServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    QUrlQuery query;
    if (isSocket()) {
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), host);
        if (port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        url.setHost(host);
        if (port != 5432)
            url.setPort(port);
    }
    url.setPath(QLatin1Char('/') + database);
    if (sslMode != (isSocket() ? QLatin1String("disable") : QLatin1String("verify-full")))
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!certificate.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), certificate);
    url.setQuery(query);
    // The socket form has an empty host, which QUrl writes as "postgresql://alice@/db".
    return url.toString(QUrl::FullyEncoded);
}

QString TeamServerAddress::displayName() const
{
    const QString where = isSocket() ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    return QStringLiteral("%1@%2/%3").arg(user, where, database);
}

QString TeamServerAddress::connectOptions() const
{
    QStringList options{QStringLiteral("sslmode=%1").arg(sslMode),
                        QStringLiteral("connect_timeout=15"),
                        QStringLiteral("application_name=twinatlas")};
    if (!certificate.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(quoted(certificate));
    return options.join(QLatin1Char(';'));
}

} // namespace twinatlas
