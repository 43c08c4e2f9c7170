// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace twinatlas {

/**
 * Where a team atlas lives: a PostgreSQL server, its database, the user, and how the
 * connection is protected. Written as a libpq URL on the command line,
 * postgresql://alice@db.example.org:5432/twinatlas?sslrootcert=/etc/ssl/team.crt, with
 * ?host=/run/postgresql for a Unix socket. Over TCP the connection is encrypted and the
 * server's certificate verified (verify-full) unless sslmode says otherwise. The password is
 * never part of the address the program keeps; the window keeps it in the desktop's keyring.
 */
struct TeamServerAddress
{
    QString host; ///< a name, an address, or a socket folder (starting with '/')
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< only as given in a URL, for the command line
    /** libpq's sslmode: verify-full, or disable over a socket; anything libpq knows. */
    QString sslMode = QStringLiteral("verify-full");
    /** The certificate (or its authority's) to verify the server with; empty: libpq's default. */
    QString certificate;

    static std::optional<TeamServerAddress> fromUrl(const QString &url, QString *error);
    /** The URL without the password, as fromUrl() reads it back. */
    QString toUrl() const;
    /** "alice@db.example.org:5432/twinatlas", for messages. */
    QString displayName() const;

    bool isSocket() const { return host.startsWith(QLatin1Char('/')); }
    /** Whether the connection is encrypted and the server's name and certificate checked. */
    bool verifiesServer() const { return sslMode == QLatin1String("verify-full"); }
    /** The options for QSqlDatabase::setConnectOptions() of the QPSQL driver. */
    QString connectOptions() const;
    bool isValid() const { return !database.isEmpty() && !user.isEmpty(); }

    bool operator==(const TeamServerAddress &o) const
    {
        return host == o.host && port == o.port && database == o.database && user == o.user
                && sslMode == o.sslMode && certificate == o.certificate;
    }
};

} // namespace twinatlas
